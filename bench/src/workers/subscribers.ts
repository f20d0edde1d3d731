/**
 * A child process holding many graphql-ws subscribers (one WebSocket each), so that the
 * server under test does not share its event loop with its clients. It records when each
 * subscriber received each numbered message (`mgtKey` `<prefix>-<n>`).
 */
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { mapConcurrent, nowMs, sleep } from "../lib/stats.js";
import { serveCommands } from "../lib/workers.js";

interface ConnectArgs {
  wsUrl: string;
  count: number;
  key: string;
  query: string;
  variables: Record<string, unknown>;
  /** Messages `<prefix>-0 … <prefix>-(maxMessages-1)` are timed. */
  prefix: string;
  maxMessages: number;
  concurrency: number;
}

let clients: Client[] = [];
let times = new Float64Array(0);
let perSubscriber = new Uint32Array(0);
const probes = new Map<string, number>();
let errors = 0;
let firstError: string | undefined;
let args: ConnectArgs | undefined;

function noteError(error: unknown): void {
  errors++;
  firstError ??= error instanceof Error ? error.message : JSON.stringify(error);
}

function onEvent(sub: number, mgtKey: string | undefined): void {
  const at = nowMs();
  if (!mgtKey || !args) return;
  if (mgtKey.startsWith("PROBE")) {
    probes.set(mgtKey, (probes.get(mgtKey) ?? 0) + 1);
    return;
  }
  if (!mgtKey.startsWith(`${args.prefix}-`)) return;
  const n = Number(mgtKey.slice(args.prefix.length + 1));
  if (!Number.isInteger(n) || n < 0 || n >= args.maxMessages) return;
  times[n * args.count + sub] = at;
  perSubscriber[sub]!++;
}

function connectOne(a: ConnectArgs, sub: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: a.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${a.key}` },
      retryAttempts: 0,
      lazy: true,
      on: { connected: () => resolve(client), closed: (e) => reject(e) },
    });
    client.subscribe<{ cashbillEvents?: { mgtKey?: string } }>(
      { query: a.query, variables: a.variables },
      {
        next: (v) =>
          v.errors?.length ? noteError(v.errors) : onEvent(sub, v.data?.cashbillEvents?.mgtKey),
        error: noteError,
        complete: () => undefined,
      },
    );
  });
}

async function waitFor(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

serveCommands({
  async connect(a: ConnectArgs) {
    args = a;
    times = new Float64Array(a.count * a.maxMessages).fill(Number.NaN);
    perSubscriber = new Uint32Array(a.count);
    const started = nowMs();
    const ids = Array.from({ length: a.count }, (_, i) => i);
    clients = await mapConcurrent(ids, a.concurrency, (i) => connectOne(a, i));
    return { connected: clients.length, ms: nowMs() - started, errors, firstError };
  },
  async waitProbe(a: { probe: string; timeoutMs: number }) {
    const ok = await waitFor(() => (probes.get(a.probe) ?? 0) >= clients.length, a.timeoutMs);
    return { ok, received: probes.get(a.probe) ?? 0, errors, firstError };
  },
  async collect(a: { expected: number; timeoutMs: number }) {
    const done = () => perSubscriber.every((n) => n >= a.expected);
    const complete = await waitFor(done, a.timeoutMs);
    let received = 0;
    for (const n of perSubscriber) received += n;
    return { complete, received, times, errors, firstError };
  },
  async close() {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
    return { closed: true };
  },
});
