import {
  type ASTVisitor,
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

/** Fields of a selection set with fragments inlined (each fragment at most once per path). */
function* fieldsOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) yield sel;
    else if (sel.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(sel.selectionSet, fragments, seen);
    else if (!seen.has(sel.name.value)) {
      const frag = fragments.get(sel.name.value);
      if (frag) yield* fieldsOf(frag.selectionSet, fragments, new Set([...seen, sel.name.value]));
    }
  }
}

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const field of fieldsOf(set, fragments)) {
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
 * (1 per field; a list field's children cost times its page size). Reported as
 * validation errors, never thrown, so the WebSocket path stays open.
 */
export function complexityRule(
  limits: { maxDepth: number; maxCost: number },
  variables: Record<string, unknown> = {},
): ValidationRule {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(ctx);
    const costOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      let total = 0;
      for (const field of fieldsOf(set, fragments)) {
        if (field.name.value.startsWith("__")) continue;
        const children = costOf(field.selectionSet);
        const multiplier =
          field.selectionSet && isListField(field) ? listSize(field, variables) : 1;
        total += 1 + children * multiplier;
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
        const cost = costOf(node.selectionSet);
        if (cost > limits.maxCost) {
          ctx.reportError(
            limitError(`query cost ${cost} exceeds the limit of ${limits.maxCost}`, "COST"),
          );
        }
      },
    };
  };
}

// Without type information at this point (fragments are inlined syntactically), a field with
// a page-size argument or a plural name is treated as a list. Over-counting only makes limits safer.
function isListField(field: FieldNode): boolean {
  return (
    (field.arguments ?? []).some((a) => PAGE_ARGS.includes(a.name.value)) ||
    /s$/.test(field.name.value)
  );
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
