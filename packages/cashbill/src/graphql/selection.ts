import { selectedFields } from "@korbill/core-domain/graphql";
import type { GraphQLResolveInfo } from "graphql";

/**
 * Whether the operation asks for any of `names` directly under the field being resolved,
 * through fragments too. Errs toward true: a field under `@skip`/`@include` counts as asked
 * for. Used to skip loading data that no requested field reads.
 */
export function selectsAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const fragment = (name: string) => info.fragments[name];
  return info.fieldNodes.some((node) => {
    if (!node.selectionSet) return false;
    for (const field of selectedFields(node.selectionSet, fragment))
      if (names.has(field.name.value)) return true;
    return false;
  });
}
