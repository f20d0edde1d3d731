/**
 * A child process holding many graphql-ws subscribers (one WebSocket each), so that the
 * server under test does not share its event loop with its clients. It records when each
 * subscriber received each numbered message (`mgtKey` `<prefix>-<n>`). Subscribers are
 * graphql-ws's own client, or (`client: "raw"`) the least a subscriber can do: a TCP socket
 * that upgrades by hand, sends `connection_init` and `subscribe` as masked frames and reads
 * unmasked text frames with a loop over each chunk (no `ws`, no graphql-ws; every message
 * still goes through `JSON.parse`).
 */
import { createHash, randomBytes } from "node:crypto";
import { type Socket, connect } from "node:net";
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
  client: "graphql-ws" | "raw";
}

let clients: { dispose(): unknown }[] = [];
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

type NextMessage = {
  type: string;
  payload?: { data?: { cashbillEvents?: { mgtKey?: string } }; errors?: unknown[] };
};

/** A client frame: final, text, masked (RFC 6455 §5.3). */
function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text, "utf8");
  if (payload.length > 65_535) throw new Error("frame too long for this client");
  const mask = randomBytes(4);
  for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i & 3]!;
  const header =
    payload.length < 126
      ? Buffer.from([0x81, 0x80 | payload.length])
      : Buffer.from([0x81, 0xfe, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([header, mask, payload]);
}

/** A graphql-transport-ws subscriber over a bare TCP socket; resolves once acknowledged. */
function connectRaw(a: ConnectArgs, sub: number): Promise<{ dispose(): void }> {
  const url = new URL(a.wsUrl);
  const key = randomBytes(16).toString("base64");
  const accept = createHash("sha1")
    .update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest("base64");
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(url.port), url.hostname);
    let upgraded = false;
    let pending: Buffer | null = null;
    const fail = (error: Error) => {
      noteError(error);
      socket.destroy();
      reject(error);
    };
    const onMessage = (text: string) => {
      const message = JSON.parse(text) as NextMessage;
      if (message.type === "connection_ack") {
        const payload = { query: a.query, variables: a.variables };
        socket.write(maskedTextFrame(JSON.stringify({ id: "1", type: "subscribe", payload })));
        resolve({ dispose: () => socket.destroy() });
      } else if (message.type !== "next") noteError(new Error(text));
      else if (message.payload?.errors?.length) noteError(message.payload.errors);
      else onEvent(sub, message.payload?.data?.cashbillEvents?.mgtKey);
    };
    socket.once("connect", () =>
      socket.write(
        `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      ),
    );
    socket.on("error", fail);
    socket.on("data", (chunk: Buffer) => {
      let data = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = null;
      if (!upgraded) {
        const end = data.indexOf("\r\n\r\n");
        if (end < 0) {
          pending = data;
          return;
        }
        const head = data.toString("latin1", 0, end);
        if (!head.startsWith("HTTP/1.1 101") || !head.includes(`Sec-WebSocket-Accept: ${accept}`))
          return fail(new Error(`upgrade refused: ${head.split("\r\n")[0]}`));
        upgraded = true;
        socket.write(
          maskedTextFrame(
            '{"type":"connection_init","payload":{"authorization":' +
              `${JSON.stringify(`Bearer ${a.key}`)}}}`,
          ),
        );
        data = data.subarray(end + 4);
      }
      let at = 0;
      while (data.length - at >= 2) {
        if (data[at] !== 0x81)
          return fail(new Error(`unexpected frame 0x${data[at]!.toString(16)}`));
        let length = data[at + 1]! & 0x7f;
        let start = at + 2;
        if (length === 126) {
          if (data.length - at < 4) break;
          length = data.readUInt16BE(at + 2);
          start = at + 4;
        } else if (length === 127) {
          if (data.length - at < 10) break;
          length = Number(data.readBigUInt64BE(at + 2));
          start = at + 10;
        }
        if (data.length < start + length) break;
        onMessage(data.toString("utf8", start, start + length));
        at = start + length;
      }
      if (at < data.length) pending = data.subarray(at);
    });
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
    const open = a.client === "raw" ? connectRaw : connectOne;
    clients = await mapConcurrent(ids, a.concurrency, (i) => open(a, i));
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
