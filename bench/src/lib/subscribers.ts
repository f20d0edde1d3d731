import { type WorkerHandle, startWorker } from "./workers.js";

/** Where and how the subscribers connect. */
export interface SubscriberOptions {
  wsUrl: string;
  /** Subscribers in all, one WebSocket each, spread over `workers` child processes. */
  total: number;
  workers: number;
  key: string;
  query: string;
  variables: Record<string, unknown>;
  /** Messages with mgtKey `<prefix>-<n>`, n < maxMessages, are timed. */
  prefix: string;
  maxMessages: number;
  /** Connections opened at once per worker. */
  concurrency?: number;
  /** graphql-ws's client (the default), or bare sockets (see `workers/subscribers.ts`). */
  client?: "graphql-ws" | "raw";
}

/** What the subscribers received. */
export interface Collected {
  complete: boolean;
  received: number;
  /** For message n: the receive times (wall-clock ms) of every subscriber that got it. */
  receiveTimes(n: number): number[];
  /** The last receive time of any timed message. */
  lastReceivedAt: number;
  errors: number;
  firstError?: string;
}

interface WorkerCollect {
  complete: boolean;
  received: number;
  times: Float64Array;
  errors: number;
  firstError?: string;
}

/** A pool of graphql-ws subscribers in child processes. */
export interface SubscriberPool {
  pids: number[];
  /** Waits until every subscriber received the event with mgtKey `probe`. */
  waitProbe(probe: string, timeoutMs: number): Promise<{ ok: boolean; received: number }>;
  /** Waits until every subscriber received `expected` timed messages (or the timeout). */
  collect(expected: number, timeoutMs: number): Promise<Collected>;
  close(): Promise<void>;
}

/** Starts the worker processes and connects every subscriber. */
export async function startSubscribers(o: SubscriberOptions): Promise<SubscriberPool> {
  const sizes = Array.from(
    { length: o.workers },
    (_, i) => Math.floor(o.total / o.workers) + (i < o.total % o.workers ? 1 : 0),
  ).filter((n) => n > 0);
  const workers: WorkerHandle[] = sizes.map(() => startWorker("subscribers"));
  try {
    const results = await Promise.all(
      workers.map((w, i) =>
        w.call<{ connected: number; errors: number; firstError?: string }>("connect", {
          wsUrl: o.wsUrl,
          count: sizes[i],
          key: o.key,
          query: o.query,
          variables: o.variables,
          prefix: o.prefix,
          maxMessages: o.maxMessages,
          concurrency: o.concurrency ?? 100,
          client: o.client ?? "graphql-ws",
        }),
      ),
    );
    const bad = results.find((r) => r.errors > 0);
    if (bad) throw new Error(`subscribers failed to connect: ${bad.firstError}`);
  } catch (error) {
    await Promise.all(workers.map((w) => w.stop()));
    throw error;
  }
  return {
    pids: workers.map((w) => w.pid),
    async waitProbe(probe, timeoutMs) {
      const rs = await Promise.all(
        workers.map((w) =>
          w.call<{ ok: boolean; received: number }>("waitProbe", { probe, timeoutMs }),
        ),
      );
      return { ok: rs.every((r) => r.ok), received: rs.reduce((a, r) => a + r.received, 0) };
    },
    async collect(expected, timeoutMs) {
      const rs = await Promise.all(
        workers.map((w) => w.call<WorkerCollect>("collect", { expected, timeoutMs })),
      );
      let last = Number.NEGATIVE_INFINITY;
      for (const r of rs) for (const t of r.times) if (t > last) last = t;
      return {
        complete: rs.every((r) => r.complete),
        received: rs.reduce((a, r) => a + r.received, 0),
        errors: rs.reduce((a, r) => a + r.errors, 0),
        firstError: rs.find((r) => r.firstError)?.firstError,
        lastReceivedAt: last,
        receiveTimes(n) {
          const out: number[] = [];
          rs.forEach((r, i) => {
            const count = sizes[i]!;
            for (let s = 0; s < count; s++) {
              const t = r.times[n * count + s]!;
              if (!Number.isNaN(t)) out.push(t);
            }
          });
          return out;
        },
      };
    },
    async close() {
      await Promise.all(workers.map((w) => w.call("close").catch(() => undefined)));
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
