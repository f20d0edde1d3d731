import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from "graphql";

/** Arguments that bound how many items a list field returns. */
const PAGE_ARGS = ["perPage", "first", "limit", "last", "count"];
/** Assumed size of a list field with no bounding argument. */
const DEFAULT_LIST_SIZE = 20;

/** Depth and cost of a selection set. */
export interface Measure {
  depth: number;
  cost: number;
}

/**
 * Measures operations of one document: depth (nesting of fields, `__typename` excluded) and cost
 * (1 per field; a list field's children times its page size argument, or 20 without one;
 * introspection fields count 1 each, without list factors). Each fragment is measured once and
 * remembered, so a fragment spread twice per level for 20 levels costs 20 walks, not 2^20: the
 * time is linear in the document. (graphql-armor's cost-limit is memoized too but has no
 * list-type or page-size model, hence this walk.) `visited` counts selections walked, for tests.
 */
export class DocumentMeasure {
  /** Selections walked so far (fields, inline fragments, spreads). */
  visited = 0;
  /** Whether a page size was read from a variable (then the cost depends on the variables). */
  readVariables = false;
  /**
   * Most fields sharing one response name in one selection set (inline fragments flattened into
   * it), over everything measured so far. graphql-js's OverlappingFieldsCanBeMerged compares such
   * fields pairwise: 550 copies of `viewer { tenant }` (10 KB) cost it 0.3-0.5 s.
   */
  maxRepeats = 0;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, Measure | "measuring">();

  constructor(
    private readonly schema: GraphQLSchema,
    fragments: Iterable<FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown> = {},
  ) {
    for (const f of fragments)
      if (!this.fragments.has(f.name.value)) this.fragments.set(f.name.value, f);
  }

  /** Depth and cost of one operation. */
  operation(op: OperationDefinitionNode): Measure {
    const root =
      op.operation === "query"
        ? this.schema.getQueryType()
        : op.operation === "mutation"
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    return this.selectionSet(op.selectionSet, root ?? undefined);
  }

  private selectionSet(
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    names = new Map<string, number>(),
  ): Measure {
    let depth = 0;
    let cost = 0;
    for (const sel of set.selections) {
      this.visited++;
      let m: Measure;
      if (sel.kind === Kind.FIELD) {
        const key = (sel.alias ?? sel.name).value;
        const n = (names.get(key) ?? 0) + 1;
        names.set(key, n);
        if (n > this.maxRepeats) this.maxRepeats = n;
        m = this.field(sel, parent);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? this.schema.getType(sel.typeCondition.name.value) : parent;
        m = this.selectionSet(sel.selectionSet, t ?? undefined, names);
      } else m = this.fragment(sel.name.value);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
    }
    return { depth, cost };
  }

  /** A named fragment's measure, computed on its first spread; a cycle counts as empty. */
  private fragment(name: string): Measure {
    const known = this.memo.get(name);
    if (known === "measuring") return { depth: 0, cost: 0 };
    if (known) return known;
    const def = this.fragments.get(name);
    if (!def) return { depth: 0, cost: 0 };
    this.memo.set(name, "measuring");
    const type = this.schema.getType(def.typeCondition.name.value) ?? undefined;
    const m = this.selectionSet(def.selectionSet, type);
    this.memo.set(name, m);
    return m;
  }

  private field(field: FieldNode, parent: GraphQLNamedType | undefined): Measure {
    const name = field.name.value;
    const def =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const children = field.selectionSet
      ? this.selectionSet(field.selectionSet, def ? getNamedType(def.type) : undefined)
      : { depth: 0, cost: 0 };
    // Introspection resolves from memory: its lists do not multiply.
    const introspection = name.startsWith("__") || parent?.name.startsWith("__") === true;
    const list = !introspection && def !== undefined && isListType(getNullableType(def.type));
    const factor = field.selectionSet && list ? this.listSize(field) : 1;
    return {
      depth: name === "__typename" ? 0 : 1 + children.depth,
      cost: 1 + children.cost * factor,
    };
  }

  private listSize(field: FieldNode): number {
    for (const arg of field.arguments ?? []) {
      if (!PAGE_ARGS.includes(arg.name.value)) continue;
      const n = this.numberValue(arg.value);
      if (n !== undefined) return Math.max(1, n);
    }
    return DEFAULT_LIST_SIZE;
  }

  private numberValue(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      this.readVariables = true;
      const v = this.variables[value.name.value];
      return typeof v === "number" ? v : undefined;
    }
    return undefined;
  }
}
