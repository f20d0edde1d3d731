import {
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { type DirectSink, SharedSubscriptions, shareKeyOf } from "./shared-subscriptions.js";

/** A schema whose `ticks` subscription is fed by hand and counts its executions. */
function fixture() {
  const feeds = new Set<{ push(n: number): void; fail(e: Error): void }>();
  const stats = { started: 0, stopped: 0, resolved: 0 };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { x: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        ticks: {
          type: GraphQLInt,
          args: { after: { type: GraphQLString }, label: { type: GraphQLString } },
          subscribe: () => {
            stats.started++;
            // Like the event log's iterator: return() ends a pending next() at once.
            const queue: number[] = [];
            let waiter: {
              resolve(r: IteratorResult<number>): void;
              reject(e: Error): void;
            } | null = null;
            let stopped = false;
            const feed = {
              push(n: number) {
                if (waiter) {
                  waiter.resolve({ value: n, done: false });
                  waiter = null;
                } else queue.push(n);
              },
              fail(e: Error) {
                waiter?.reject(e);
                waiter = null;
              },
            };
            feeds.add(feed);
            const iterator: AsyncIterableIterator<number> = {
              next: () => {
                const n = queue.shift();
                if (n !== undefined) return Promise.resolve({ value: n, done: false });
                if (stopped) return Promise.resolve({ value: undefined, done: true });
                return new Promise((resolve, reject) => (waiter = { resolve, reject }));
              },
              return: () => {
                if (!stopped) {
                  stopped = true;
                  stats.stopped++;
                  feeds.delete(feed);
                  waiter?.resolve({ value: undefined, done: true });
                  waiter = null;
                }
                return Promise.resolve({ value: undefined, done: true });
              },
              [Symbol.asyncIterator]: () => iterator,
            };
            return iterator;
          },
          resolve: (n: number) => {
            stats.resolved++;
            return n;
          },
        },
      },
    }),
  });
  const args = (query: string, variables: Record<string, unknown> = {}): ExecutionArgs => ({
    schema,
    document: documents.get(query) ?? documents.set(query, parse(query)).get(query)!,
    variableValues: variables,
  });
  const documents = new Map<string, ReturnType<typeof parse>>();
  const push = (n: number) => {
    for (const f of feeds) f.push(n);
  };
  const fail = (e: Error) => {
    for (const f of feeds) f.fail(e);
  };
  return { args, push, fail, stats, feeds };
}

const LIVE = "subscription($label: String) { ticks(label: $label) }";
const REPLAY = "subscription($after: String) { ticks(after: $after) }";

type Stream = AsyncIterableIterator<ExecutionResult>;

async function take(stream: Stream, n: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const r = await stream.next();
    if (r.done) break;
    out.push(r.value.data?.ticks ?? r.value.errors?.[0]?.extensions.code);
  }
  return out;
}

const tick = () => new Promise((r) => setImmediate(r));

describe("shareKeyOf", () => {
  const f = fixture();
  it("shares live-only subscriptions of one key and variables, not replaying ones", () => {
    const a = shareKeyOf(f.args(LIVE, { label: "x" }), "key_1");
    expect(a).not.toBeNull();
    expect(shareKeyOf(f.args(LIVE, { label: "x" }), "key_1")).toBe(a);
    expect(shareKeyOf(f.args(LIVE, { label: "y" }), "key_1")).not.toBe(a);
    expect(shareKeyOf(f.args(LIVE, { label: "x" }), "key_2")).not.toBe(a);
    expect(shareKeyOf(f.args(LIVE, { label: "x" }), null)).toBeNull();
    expect(shareKeyOf(f.args(REPLAY, { after: "ZXY6MQ" }), "key_1")).toBeNull();
    expect(shareKeyOf(f.args(REPLAY, { after: null }), "key_1")).not.toBeNull();
    expect(shareKeyOf(f.args('subscription { ticks(after: "ZXY6MQ") }'), "key_1")).toBeNull();
    expect(shareKeyOf(f.args("{ x }"), "key_1")).toBeNull();
  });
});

describe("SharedSubscriptions", () => {
  it("runs identical subscribers once and gives each every result", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions();
    const subscribe = (key: string, query = LIVE) =>
      shared.subscribe(f.args(query), shareKeyOf(f.args(query), key)) as Promise<Stream>;
    const [a, b, c] = await Promise.all([subscribe("k1"), subscribe("k1"), subscribe("k1")]);
    const other = await subscribe("k2");
    expect(f.stats.started).toBe(2);
    expect(shared.size).toBe(2);
    const reads = Promise.all([take(a!, 3), take(b!, 3), take(c!, 3), take(other, 3)]);
    await tick();
    for (const n of [1, 2, 3]) f.push(n);
    expect(await reads).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    // Three results, executed once per group: 3 for k1's three subscribers, 3 for k2.
    expect(f.stats.resolved).toBe(6);
  });

  it("runs a replaying subscription on its own", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions();
    const args = () => f.args(REPLAY, { after: "ZXY6MQ" });
    await shared.subscribe(args(), shareKeyOf(args(), "k1"));
    await shared.subscribe(args(), shareKeyOf(args(), "k1"));
    expect(f.stats.started).toBe(2);
    expect(shared.size).toBe(0);
  });

  it("stops the execution when the last member leaves, and starts anew for a later one", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions();
    const subscribe = () => shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"));
    const a = (await subscribe()) as Stream;
    const b = (await subscribe()) as Stream;
    const first = take(a, 1);
    await tick();
    f.push(1);
    expect(await first).toEqual([1]);
    await a.return!();
    expect(f.stats.stopped).toBe(0);
    // b received 1 as well (queued while it was not reading), then 2.
    const second = take(b, 2);
    f.push(2);
    expect(await second).toEqual([1, 2]);
    await b.return!();
    await tick();
    expect(f.stats.stopped).toBe(1);
    expect(shared.size).toBe(0);
    const c = (await subscribe()) as Stream;
    expect(f.stats.started).toBe(2);
    const third = take(c, 1);
    await tick();
    f.push(3);
    expect(await third).toEqual([3]);
    await c.return!();
  });

  it("releases a member that returns or throws before its first read", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions();
    const subscribe = () => shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"));
    const a = (await subscribe()) as Stream;
    const b = (await subscribe()) as Stream;
    f.push(1);
    await a.return!();
    expect(await a.next()).toEqual({ value: undefined, done: true });
    await expect(b.throw!(new Error("client gone"))).rejects.toThrow("client gone");
    await tick();
    expect(f.stats.stopped).toBe(1);
    expect(shared.size).toBe(0);
  });

  it("ends a member that falls too far behind, with an error, and keeps the others", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions({ maxQueued: 3 });
    const subscribe = () => shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"));
    const slow = (await subscribe()) as Stream;
    const fast = (await subscribe()) as Stream;
    const fastReads = take(fast, 5);
    // Start the shared pump: the slow member reads once, then stops reading.
    const firstSlow = take(slow, 1);
    await tick();
    for (const n of [1, 2, 3, 4, 5]) {
      f.push(n);
      await tick();
    }
    expect(await fastReads).toEqual([1, 2, 3, 4, 5]);
    expect(await firstSlow).toEqual([1]);
    // 2, 3, 4 were queued; 5 overflowed: the queue is dropped for an error and the end.
    expect(await take(slow, 10)).toEqual(["SUBSCRIBER_TOO_SLOW"]);
    expect((await slow.next()).done).toBe(true);
    f.push(6);
    expect(await take(fast, 1)).toEqual([6]);
    await fast.return!();
  });

  it("fails every member when the shared source fails", async () => {
    const f = fixture();
    const shared = new SharedSubscriptions();
    const subscribe = () => shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"));
    const a = (await subscribe()) as Stream;
    const b = (await subscribe()) as Stream;
    const reads = [a.next(), b.next()];
    await tick();
    f.fail(new Error("log unreachable"));
    for (const r of reads) await expect(r).rejects.toThrow("log unreachable");
    expect(shared.size).toBe(0);
  });

  describe("direct members", () => {
    /** A connection that records the tails it was handed and reports `unsent` bytes. */
    const sinkOf = () => {
      const tails: string[] = [];
      const sink: DirectSink & { unsent: number } = {
        unsent: 0,
        next: (tail) => void tails.push(tail.toString()),
      };
      return { sink, tails };
    };

    it("serialize and format each result once for all of them; queued members get the same results", async () => {
      const f = fixture();
      let formatted = 0;
      const shared = new SharedSubscriptions({
        format: (result) => {
          formatted++;
          return { ...result, extensions: { n: formatted } };
        },
      });
      const subscribe = (sink?: DirectSink) =>
        shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"), sink) as Promise<Stream>;
      const sinks = [sinkOf(), sinkOf(), sinkOf()];
      const direct = await Promise.all(sinks.map((s) => subscribe(s.sink)));
      const queued = await subscribe();
      const reads = take(queued, 2);
      await tick();
      f.push(1);
      f.push(2);
      expect(await reads).toEqual([1, 2]);
      expect(formatted).toBe(2);
      for (const { tails } of sinks)
        expect(tails).toEqual([
          '{"data":{"ticks":1},"extensions":{"n":1}}}',
          '{"data":{"ticks":2},"extensions":{"n":2}}}',
        ]);
      // A direct member's iterator yields nothing; return() ends it and its writes.
      let settled = false;
      void direct[0]!.next().then(() => (settled = true));
      await tick();
      expect(settled).toBe(false);
      await direct[0]!.return!();
      expect(settled).toBe(true);
      f.push(3);
      await tick();
      expect(sinks[0]!.tails).toHaveLength(2);
      expect(sinks[1]!.tails).toHaveLength(3);
      for (const member of [...direct, queued]) await member.return!();
    });

    it("end one whose connection holds too much unsent, with an error, and keep the others", async () => {
      const f = fixture();
      const shared = new SharedSubscriptions({ maxUnsentBytes: 100 });
      const subscribe = (sink: DirectSink) =>
        shared.subscribe(f.args(LIVE), shareKeyOf(f.args(LIVE), "k1"), sink) as Promise<Stream>;
      const slow = sinkOf();
      const fast = sinkOf();
      const slowStream = await subscribe(slow.sink);
      const fastStream = await subscribe(fast.sink);
      const ending = take(slowStream, 10);
      await tick();
      f.push(1);
      await tick();
      slow.sink.unsent = 100; // at the limit: still written
      f.push(2);
      await tick();
      slow.sink.unsent = 101;
      f.push(3);
      await tick();
      expect(await ending).toEqual(["SUBSCRIBER_TOO_SLOW"]);
      expect(slow.tails).toHaveLength(2);
      expect(fast.tails).toHaveLength(3);
      f.push(4);
      await tick();
      expect(slow.tails).toHaveLength(2);
      expect(fast.tails).toHaveLength(4);
      await fastStream.return!();
    });
  });
});
