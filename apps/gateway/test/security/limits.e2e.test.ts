import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { type TestGateway, startTestGateway } from "../harness.js";
import {
  aliasFlood,
  deepNesting,
  directiveFlood,
  fragmentFanOut,
  manyOperations,
  repeatedField,
  tokenFlood,
} from "./hostile.js";

// Issue 17, points 1 and 2: every hostile document is refused, over HTTP and over graphql-ws,
// without a key, with a clear code, and without blocking the event loop (a concurrent
// `{ __typename }` is answered meanwhile). Time bounds are generous on purpose: the refusals take
// milliseconds, the old code took seconds to minutes; the bench measures the real figure.
const STALL_LIMIT_MS = 1_500;

interface Answer {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}

/**
 * Runs `send` while timers measure the longest stall of this process's event loop (the gateway
 * runs in it) and a cheap `{ __typename }` goes over HTTP meanwhile. A stall counts the CPU
 * time the process spent in it, at most its wall time: on a loaded machine the scheduler can
 * leave the process waiting for seconds, which is no work of the gateway's.
 */
async function watched<T>(t: TestGateway, send: () => Promise<T>) {
  let last = { wall: performance.now(), cpu: process.cpuUsage() };
  let maxStallMs = 0;
  const stall = () => {
    const now = { wall: performance.now(), cpu: process.cpuUsage() };
    const cpu = process.cpuUsage(last.cpu);
    maxStallMs = Math.max(
      maxStallMs,
      Math.min(now.wall - last.wall, (cpu.user + cpu.system) / 1000),
    );
    last = now;
  };
  const tick = setInterval(stall, 5);
  try {
    const pending = send();
    const ping = t.gql<{ __typename: string }>("{ __typename }", {}, null);
    const [answer, pong] = await Promise.all([pending, ping]);
    expect(pong.body.data).toEqual({ __typename: "Query" });
    stall();
    return { answer, maxStallMs };
  } finally {
    clearInterval(tick);
  }
}

/** The single result (or the errors) of one operation over graphql-ws. */
function overWs(client: Client, query: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let result: Answer = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as Answer;
        },
        error: (error) =>
          Array.isArray(error) ? resolve({ errors: error as Answer["errors"] }) : reject(error),
        complete: () => resolve(result),
      },
    );
  });
}

function firstError(answer: Answer) {
  const e = answer.errors?.[0];
  return { code: e?.extensions?.code, reason: e?.extensions?.reason };
}

const CLASSES: { name: string; query: () => string; code: string; reason?: string }[] = [
  {
    name: "fragment fan-out",
    query: () => fragmentFanOut(20),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "COST",
  },
  {
    name: "alias flood (__typename)",
    query: () => aliasFlood(1_000),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "ALIASES",
  },
  {
    name: "directive flood",
    query: () => directiveFlood(500),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "DIRECTIVES",
  },
  {
    name: "deep nesting",
    query: () => deepNesting(200),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "DEPTH",
  },
  {
    name: "many operations",
    query: () => manyOperations(500),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "OPERATIONS",
  },
  {
    name: "repeated field",
    query: () => repeatedField(550),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "FIELD_REPEATS",
  },
  { name: "token flood", query: () => tokenFlood(6_000), code: "GRAPHQL_PARSE_FAILED" },
  {
    name: "document over the byte limit",
    query: () => `{ __typename } #${"x".repeat(200_000)}`,
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "DOCUMENT_BYTES",
  },
];

describe("operation limits hold on both transports, before any key is checked", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  for (const c of CLASSES) {
    it(`refuses a ${c.name} over HTTP at once`, { timeout: 120_000 }, async () => {
      const { answer, maxStallMs } = await watched(t, () => t.gql(c.query(), {}, null));
      expect(answer.status).toBe(400);
      expect(firstError(answer.body)).toEqual({ code: c.code, reason: c.reason });
      if (c.code === "GRAPHQL_PARSE_FAILED") {
        expect(answer.body.errors?.[0]?.message).toMatch(/more th\w+ 5000 tokens/);
      }
      expect(maxStallMs).toBeLessThan(STALL_LIMIT_MS);
    });

    it(
      `refuses a ${c.name} over WebSocket at once and keeps the socket`,
      { timeout: 120_000 },
      async () => {
        const client = t.ws(null);
        const { answer, maxStallMs } = await watched(t, () => overWs(client, c.query()));
        expect(firstError(answer)).toEqual({ code: c.code, reason: c.reason });
        expect(maxStallMs).toBeLessThan(STALL_LIMIT_MS);
        expect(await overWs(client, "{ __typename }")).toEqual({ data: { __typename: "Query" } });
      },
    );
  }

  it("applies the limits to GET requests too", async () => {
    // Apollo reads the first `query` parameter; a second one must not hide it.
    const url = `${t.graphqlUrl}?query=${encodeURIComponent(fragmentFanOut(20))}&query=x`;
    const res = await fetch(url, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(400);
    expect(firstError((await res.json()) as Answer)).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
      reason: "COST",
    });
  });

  it("runs no persisted query by hash alone (its text never passed the limits)", async () => {
    const res = await fetch(t.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      }),
    });
    const body = (await res.json()) as Answer;
    expect(body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_SUPPORTED");
  });

  it("accepts the standard introspection query and ordinary operations", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const http = await t.gql(getIntrospectionQuery(), {}, null);
    expect(http.body.errors).toBeUndefined();
    const ws = await overWs(t.ws(null), getIntrospectionQuery());
    expect(ws.errors).toBeUndefined();
    const ok = await t.gql("{ viewer { tenant corpNums } }", {}, DEMO_KEYS.member);
    expect(ok.body.errors).toBeUndefined();
  });

  it("answers a body over the limit with 413 over HTTP", async () => {
    const res = await fetch(t.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(2_000_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it("closes a socket whose message is over the body limit (1009) and stays up", async () => {
    const printed = vi.spyOn(console, "error");
    const socket = new WebSocket(t.wsUrl, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
    await new Promise<void>((resolve) => socket.once("message", () => resolve()));
    const query = `{ __typename } #${"x".repeat(2_000_000)}`;
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
    expect(await closed).toBe(1009);
    // Logged as one JSON line, not printed with a stack by graphql-ws.
    await waitFor(async () =>
      t.logs.some((l) => l.includes('"code":"WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"')),
    );
    expect(printed.mock.calls.flat().join(" ")).not.toMatch(/Internal error emitted/);
    printed.mockRestore();
    expect((await t.gql("{ __typename }", {}, null)).body.data).toEqual({ __typename: "Query" });
    expect(await overWs(t.ws(null), "{ __typename }")).toEqual({ data: { __typename: "Query" } });
  });
});

describe("subscription caps per socket and per API key", () => {
  let t: TestGateway;
  const CLOCK = "subscription { clock(intervalMs: 100) { seq } }";
  beforeAll(async () => {
    t = await startTestGateway({
      KORBILL_MAX_SUBSCRIPTIONS_PER_SOCKET: "3",
      KORBILL_MAX_SUBSCRIPTIONS_PER_KEY: "5",
    });
  });
  afterAll(() => t.close());

  /** Opens an endless subscription: resolves at its first tick (accepted) or its refusal. */
  function open(client: Client) {
    return new Promise<{ refused?: Answer["errors"]; dispose: () => void }>((resolve, reject) => {
      const dispose = client.subscribe(
        { query: CLOCK },
        {
          next: () => resolve({ dispose }),
          error: (error) =>
            Array.isArray(error)
              ? resolve({ refused: error as Answer["errors"], dispose })
              : reject(error),
          complete: () => undefined,
        },
      );
    });
  }

  it("refuses the subscription over the per-socket cap with TOO_MANY_SUBSCRIPTIONS, socket kept", async () => {
    const client = t.ws(DEMO_KEYS.member);
    const opened = [await open(client), await open(client), await open(client)];
    expect(opened.map((o) => o.refused)).toEqual([undefined, undefined, undefined]);
    const fourth = await open(client);
    expect(fourth.refused?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_SUBSCRIPTIONS",
      scope: "SOCKET",
      limit: 3,
    });
    // The socket still serves operations, and a closed subscription frees its place.
    expect(await overWs(client, "{ __typename }")).toEqual({ data: { __typename: "Query" } });
    opened[0]!.dispose();
    await waitFor(async () => (await open(client)).refused === undefined);
    await client.dispose();
  });

  it("refuses the subscription over the per-key cap across sockets; other keys are unaffected", async () => {
    const a = t.ws(DEMO_KEYS.member2);
    const b = t.ws(DEMO_KEYS.member2);
    const held = [await open(a), await open(a), await open(a), await open(b), await open(b)];
    expect(held.map((o) => o.refused)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const sixth = await open(b);
    expect(sixth.refused?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_SUBSCRIPTIONS",
      scope: "API_KEY",
      limit: 5,
    });
    const other = await open(t.ws(DEMO_KEYS.partner));
    expect(other.refused).toBeUndefined();
    // Closing a socket gives its key's places back.
    await a.dispose();
    await waitFor(async () => (await open(b)).refused === undefined);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}
