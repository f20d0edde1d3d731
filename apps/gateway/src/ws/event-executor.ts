import {
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLLeafType,
  type GraphQLSchema,
  GraphQLString,
  Kind,
  type OperationDefinitionNode,
  createSourceEventStream,
  execute,
  getNullableType,
  getOperationAST,
  isLeafType,
  isNonNullType,
  isObjectType,
  visit,
} from "graphql";

/** Result of `subscribe` as graphql-ws takes it. */
export type SubscribeResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

/**
 * The resolver of every subscription field once `resolveEventsDirectly` has run: the event
 * is the field's value. Only a root field resolved by exactly this function is projected.
 */
export const resolveToEvent: GraphQLFieldResolver<unknown, unknown> = (event) => event;

/** How the events of one subscription operation are executed. */
interface Plan {
  /** The operation without its root arguments and variables, or null: run it as written. */
  projected: DocumentNode | null;
  /** Builds an event's result without graphql-js, or null: always execute. */
  direct: DirectResult | null;
}

/** An event's result, or undefined when graphql-js must execute it (to report an error). */
type DirectResult = (event: unknown) => ExecutionResult | undefined;

/** Plans by schema, document and operation name. */
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Plan>>>();

/**
 * graphql-js's `subscribe`, with a cheaper execution per event when it gives the same result.
 *
 * graphql-js maps every event with `execute` over the subscription's own document and
 * variables, which coerces all the variables and the root field's arguments again for each
 * event: 40-60 % of an event's execution in the gateway's CPU profiles. Those arguments
 * only matter when the source stream is created (here, as in graphql-js, by
 * `createSourceEventStream` with the full arguments); the root field then resolves each
 * event to itself ({@link resolveToEvent}). So events are mapped over a projection of the
 * operation: the same selections, minus the root field's arguments and the variable
 * definitions. That is used only when it gives the same result: the root field resolves with
 * {@link resolveToEvent}, none of its arguments is required, and no variable is used
 * anywhere else in the operation (a nested argument or a directive). Otherwise every event
 * is executed exactly as graphql-js would.
 *
 * When the projection selects only leaf fields (scalars, enums, `__typename`) that graphql-js
 * would read straight off the event (no resolver of their own, no arguments, directives or
 * fragments), an event's result is built directly: each value through its type's `serialize`,
 * in selection order, as graphql-js's execution does. Any event that would produce an error
 * there (null in a non-null field, a value `serialize` refuses, a function-valued property)
 * is executed by graphql-js instead, so errors are graphql-js's own.
 */
export async function subscribeEvents(args: ExecutionArgs): Promise<SubscribeResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const { projected, direct } = planOf(args);
  const executeEvent = projected
    ? (event: unknown) =>
        execute({ ...args, document: projected, variableValues: undefined, rootValue: event })
    : (event: unknown) => execute({ ...args, rootValue: event });
  const run = direct ? (event: unknown) => direct(event) ?? executeEvent(event) : executeEvent;
  return mapEvents((stream as AsyncIterable<unknown>)[Symbol.asyncIterator](), run);
}

/** How an operation's events are executed (cached per schema, document and operation). */
export function planOf(args: ExecutionArgs): Plan {
  let byDocument = plans.get(args.schema);
  if (!byDocument) plans.set(args.schema, (byDocument = new WeakMap()));
  let byName = byDocument.get(args.document);
  if (!byName) byDocument.set(args.document, (byName = new Map()));
  const name = args.operationName ?? "";
  let plan = byName.get(name);
  if (!plan) {
    const projected = project(args);
    plan = { projected, direct: projected ? directResult(args.schema, projected) : null };
    byName.set(name, plan);
  }
  return plan;
}

/** One selected leaf of the event's type. */
interface Leaf {
  key: string;
  /** The event's property (the field's name), or null for `__typename`. */
  property: string | null;
  type: GraphQLLeafType;
  nonNull: boolean;
}

/** The direct builder for a projected operation, or null when it selects more than leaves. */
function directResult(schema: GraphQLSchema, projected: DocumentNode): DirectResult | null {
  if (projected.definitions.length !== 1) return null; // fragments: leave them to graphql-js
  const operation = projected.definitions[0] as OperationDefinitionNode;
  const root = operation.selectionSet.selections[0] as FieldNode;
  const rootField = schema.getSubscriptionType()!.getFields()[root.name.value]!;
  const objectType = getNullableType(rootField.type);
  if (!isObjectType(objectType) || objectType.isTypeOf || !root.selectionSet) return null;
  const fields = objectType.getFields();
  const leaves: Leaf[] = [];
  const keys = new Set<string>();
  for (const selection of root.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    if (selection.arguments?.length || selection.selectionSet) return null;
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    if (keys.has(key)) continue; // merged into the first, as graphql-js's field collection does
    keys.add(key);
    if (name === "__typename") {
      leaves.push({ key, property: null, type: GraphQLString, nonNull: true });
      continue;
    }
    const field = fields[name];
    if (!field || field.resolve !== undefined) return null;
    const type = getNullableType(field.type);
    if (!isLeafType(type)) return null;
    leaves.push({ key, property: name, type, nonNull: isNonNullType(field.type) });
  }
  const rootKey = root.alias?.value ?? root.name.value;
  const typeName = objectType.name;
  return (event) => {
    // A missing event is graphql-js's to report (or to null, for a nullable root field).
    if (event === null || typeof event !== "object") return undefined;
    const source = event as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const leaf of leaves) {
      if (leaf.property === null) {
        out[leaf.key] = typeName;
        continue;
      }
      const value = source[leaf.property];
      if (value === null || value === undefined) {
        if (leaf.nonNull) return undefined;
        out[leaf.key] = null;
        continue;
      }
      if (typeof value === "function") return undefined;
      let serialized: unknown;
      try {
        serialized = leaf.type.serialize(value);
      } catch {
        return undefined;
      }
      if (serialized === undefined) return undefined;
      out[leaf.key] = serialized;
    }
    return { data: { [rootKey]: out } };
  };
}

function project(args: ExecutionArgs): DocumentNode | null {
  const operation = getOperationAST(args.document, args.operationName);
  const subscription = args.schema.getSubscriptionType();
  if (operation?.operation !== "subscription" || !subscription) return null;
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1 || roots[0]!.kind !== Kind.FIELD) return null;
  const root = roots[0]!;
  if (root.directives?.length || operation.directives?.length) return null;
  const field = subscription.getFields()[root.name.value];
  if (!field || field.resolve !== resolveToEvent) return null;
  if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return null;
  const bare: FieldNode = { ...root, arguments: [] };
  const projectedOperation: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: [],
    selectionSet: { ...operation.selectionSet, selections: [bare] },
  };
  const fragments = args.document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [projectedOperation, ...fragments],
  };
  return usesVariables(document) ? null : document;
}

function usesVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Variable() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Maps a source stream with `run`, as graphql-js's own (internal) `mapAsyncIterator` does:
 * a failing mapping closes the source and rethrows; `return` and `throw` reach the source.
 */
function mapEvents(
  source: AsyncIterator<unknown>,
  run: (event: unknown) => ExecutionResult | Promise<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  async function map(step: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> {
    if (step.done) return step;
    try {
      return { value: await run(step.value), done: false };
    } catch (error) {
      try {
        await source.return?.();
      } catch {
        // the mapping's error is the one to report
      }
      throw error;
    }
  }
  return {
    async next() {
      return map(await source.next());
    },
    async return() {
      return source.return ? map(await source.return()) : { value: undefined, done: true };
    },
    async throw(error: unknown) {
      if (source.throw) return map(await source.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
