import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";

/**
 * Fields of a selection set with its fragments inlined, each named fragment at most once per
 * path. `fragment` looks a named fragment up: the document's during validation, or
 * `info.fragments` in a resolver.
 */
export function* selectedFields(
  set: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | undefined,
  seen: ReadonlySet<string> = new Set(),
): Generator<FieldNode> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) yield sel;
    else if (sel.kind === Kind.INLINE_FRAGMENT)
      yield* selectedFields(sel.selectionSet, fragment, seen);
    else if (!seen.has(sel.name.value)) {
      const frag = fragment(sel.name.value);
      if (frag)
        yield* selectedFields(frag.selectionSet, fragment, new Set([...seen, sel.name.value]));
    }
  }
}
