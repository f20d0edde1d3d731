import {
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  Kind,
  type OperationDefinitionNode,
  createSourceEventStream,
  execute,
  getOperationAST,
  isNonNullType,
  visit,
} from "graphql";

/** Result of `subscribe` as graphql-ws takes it. */
export type SubscribeResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

/**
 * The resolver of every subscription field once `resolveEventsDirectly` has run: the event
 * is the field's value. Only a root field resolved by exactly this function is projected.
 */
export const resolveToEvent: GraphQLFieldResolver<unknown, unknown> = (event) => event;

/** Projections by document and operation name (null: the operation cannot be projected). */
const projections = new WeakMap<DocumentNode, Map<string, DocumentNode | null>>();

/**
 * graphql-js's `subscribe`, with a cheaper execution per event when it is safe.
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
 */
export async function subscribeEvents(args: ExecutionArgs): Promise<SubscribeResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const projected = projectionOf(args);
  const run = projected
    ? (event: unknown) =>
        execute({ ...args, document: projected, variableValues: undefined, rootValue: event })
    : (event: unknown) => execute({ ...args, rootValue: event });
  return mapEvents((stream as AsyncIterable<unknown>)[Symbol.asyncIterator](), run);
}

/** The projected document for an operation, or null when it must run as written. */
export function projectionOf(args: ExecutionArgs): DocumentNode | null {
  let byName = projections.get(args.document);
  if (!byName) projections.set(args.document, (byName = new Map()));
  const name = args.operationName ?? "";
  let projected = byName.get(name);
  if (projected === undefined) {
    projected = project(args);
    byName.set(name, projected);
  }
  return projected;
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
