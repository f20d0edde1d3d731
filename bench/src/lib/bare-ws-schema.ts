import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from "graphql";

/** The payload the bare server publishes: korbill's cash-receipt event fields. */
export interface BareEvent {
  cursor: string;
  type: string;
  submitId: string | null;
  mgtKey: string;
  code: number | null;
  success: boolean | null;
  confirmNum: string | null;
  ntsResultCode: string | null;
}

type Listener = (event: BareEvent) => void;

/** An in-memory topic: every subscription gets its own queue. */
export class BareTopic {
  readonly #listeners = new Set<Listener>();

  publish(event: BareEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** An async iterator of the events published from now on that pass `accept`. */
  subscribe(accept: (event: BareEvent) => boolean): AsyncIterableIterator<BareEvent> {
    const queue: BareEvent[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const listener: Listener = (event) => {
      if (!accept(event)) return;
      queue.push(event);
      wake?.();
    };
    this.#listeners.add(listener);
    const finish = async (): Promise<IteratorResult<BareEvent>> => {
      done = true;
      this.#listeners.delete(listener);
      wake?.();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterableIterator<BareEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      async next() {
        while (queue.length === 0 && !done) await new Promise<void>((r) => (wake = r));
        wake = undefined;
        if (done) return { done: true, value: undefined };
        return { done: false, value: queue.shift()! };
      },
      return: finish,
    };
    return iterator;
  }
}

/** A schema with the same subscription field, arguments and event type as korbill's. */
export function bareEventSchema(topic: BareTopic): GraphQLSchema {
  const eventType = new GraphQLEnumType({
    name: "CashbillEventType",
    values: { BULKRESULT: {}, ISSUED: {}, NTS_FILED: {}, NTS_FAILED: {} },
  });
  const event = new GraphQLObjectType({
    name: "CashbillEvent",
    fields: {
      cursor: { type: new GraphQLNonNull(GraphQLString) },
      type: { type: new GraphQLNonNull(eventType) },
      submitId: { type: GraphQLString },
      mgtKey: { type: GraphQLString },
      code: { type: GraphQLInt },
      success: { type: GraphQLBoolean },
      confirmNum: { type: GraphQLString },
      ntsResultCode: { type: GraphQLString },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: { ping: { type: GraphQLString, resolve: () => "pong" } },
    }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        cashbillEvents: {
          type: new GraphQLNonNull(event),
          args: {
            after: { type: GraphQLString },
            types: { type: new GraphQLList(new GraphQLNonNull(eventType)) },
          },
          subscribe: (_root, args: { types?: string[] | null }) =>
            topic.subscribe((e) => !args.types?.length || args.types.includes(e.type)),
          resolve: (payload: BareEvent) => payload,
        },
      },
    }),
  });
}
