import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

/** The event korbill publishes for a POPBiLL `Issue` webhook body (the `seq`-th event). */
export function bareEventOf(body: Buffer, seq: number): BareEvent {
  const webhook = JSON.parse(body.toString("utf8")) as { mgtKey: string; confirmNum?: string };
  return {
    cursor: Buffer.from(`ev:${seq}`).toString("base64url"),
    type: "ISSUED",
    submitId: null,
    mgtKey: webhook.mgtKey,
    code: 1,
    success: true,
    confirmNum: webhook.confirmNum ?? null,
    ntsResultCode: null,
  };
}

/** A server whose `POST /publish` takes webhook bodies; `publish` gets each body. */
export function publishServer(publish: (body: Buffer) => void) {
  return createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/publish") {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      publish(Buffer.concat(chunks));
      res.writeHead(200, { "content-type": "text/plain" }).end("OK");
    });
  });
}

/** Starts `server` on an ephemeral loopback port; resolves with its URL. */
export async function listenLocal(server: Server): Promise<{ url: string }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
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
