import {
  type ASTVisitor,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from "graphql";
import { selectedFields } from "@korbill/core-auth/graphql";

/** Arguments that bound how many items a list field returns. */
const PAGE_ARGS = ["perPage", "first", "limit", "last", "count"];
/** Assumed size of a list field with no bounding argument. */
const DEFAULT_LIST_SIZE = 20;

function limitError(message: string, reason: "DEPTH" | "COST"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", reason } });
}

function fragmentsOf(ctx: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of ctx.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  }
  return map;
}

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const field of selectedFields(set, (name) => fragments.get(name))) {
    if (field.name.value.startsWith("__")) continue;
    max = Math.max(max, 1 + depthOf(field.selectionSet, fragments));
  }
  return max;
}

function listSize(field: FieldNode, variables: Record<string, unknown>): number {
  for (const arg of field.arguments ?? []) {
    if (!PAGE_ARGS.includes(arg.name.value)) continue;
    const n = numberValue(arg.value, variables);
    if (n !== undefined) return Math.max(1, n);
  }
  return DEFAULT_LIST_SIZE;
}

function numberValue(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

/**
 * Rejects operations nested deeper than `maxDepth` or costing more than `maxCost`
 * (1 per field; a list field's children cost times its page size argument, or 20 without one). Reported as
 * validation errors, never thrown, so the WebSocket path stays open.
 */
export function complexityRule(
  limits: { maxDepth: number; maxCost: number },
  variables: Record<string, unknown> = {},
): ValidationRule {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(ctx);
    const schema = ctx.getSchema();
    const costOf = (
      set: SelectionSetNode | undefined,
      parent: GraphQLNamedType | undefined | null,
    ): number => {
      if (!set) return 0;
      let total = 0;
      for (const { field, parentType } of typedFieldsOf(set, parent, fragments, schema)) {
        if (field.name.value.startsWith("__")) continue;
        const def =
          isObjectType(parentType) || isInterfaceType(parentType)
            ? parentType.getFields()[field.name.value]
            : undefined;
        const children = costOf(field.selectionSet, def ? getNamedType(def.type) : undefined);
        const list = def ? isListType(getNullableType(def.type)) : false;
        total += 1 + children * (field.selectionSet && list ? listSize(field, variables) : 1);
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments);
        if (depth > limits.maxDepth) {
          ctx.reportError(
            limitError(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`, "DEPTH"),
          );
        }
        const root =
          node.operation === "query"
            ? schema.getQueryType()
            : node.operation === "mutation"
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const cost = costOf(node.selectionSet, root);
        if (cost > limits.maxCost) {
          ctx.reportError(
            limitError(`query cost ${cost} exceeds the limit of ${limits.maxCost}`, "COST"),
          );
        }
      },
    };
  };
}

/** Fields of a selection set with the type each is selected on (fragments inlined). */
function* typedFieldsOf(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined | null,
  fragments: Map<string, FragmentDefinitionNode>,
  schema: GraphQLSchema,
  seen: Set<string> = new Set(),
): Generator<{ field: FieldNode; parentType: GraphQLNamedType | undefined | null }> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) yield { field: sel, parentType: parent };
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
      yield* typedFieldsOf(sel.selectionSet, t, fragments, schema, seen);
    } else if (!seen.has(sel.name.value)) {
      const frag = fragments.get(sel.name.value);
      if (frag) {
        const t = schema.getType(frag.typeCondition.name.value);
        yield* typedFieldsOf(
          frag.selectionSet,
          t,
          fragments,
          schema,
          new Set([...seen, sel.name.value]),
        );
      }
    }
  }
}

/** The validation rules applied identically to HTTP and WebSocket operations. */
export function gatewayValidationRules(
  opts: { maxDepth: number; maxCost: number; introspection: boolean },
  variables?: Record<string, unknown>,
): ValidationRule[] {
  const rules = [complexityRule(opts, variables)];
  if (!opts.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
