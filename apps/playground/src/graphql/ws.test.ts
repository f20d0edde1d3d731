import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { createLiveClient, subscribeResumable } from "./ws.js";

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Event { cursor: String! n: Int! }
  type Subscription { events(after: String): Event! }
`);

/** A graphql-ws server whose `events` stream counts on from `after`, recording every `after`. */
async function startEventServer() {
  const afters: (string | null)[] = [];
  const keys: unknown[] = [];
  const http: Server = createServer();
  const wss = new WebSocketServer({ server: http, path: "/graphql" });
  useServer(
    {
      schema,
      onConnect: (ctx) => void keys.push(ctx.connectionParams?.authorization),
      roots: {
        subscription: {
          events: async function* ({ after }: { after?: string | null }) {
            afters.push(after ?? null);
            for (let n = after ? Number(after) + 1 : 1; ; n++) {
              await new Promise((r) => setTimeout(r, 15));
              yield { events: { cursor: String(n), n } };
            }
          },
        },
      },
    },
    wss,
  );
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    afters,
    keys,
    dropConnections: () => wss.clients.forEach((socket) => socket.terminate()),
    close: () =>
      new Promise<void>((resolve) => {
        wss.clients.forEach((socket) => socket.terminate());
        wss.close(() => http.close(() => resolve()));
      }),
  };
}

describe("subscribeResumable", () => {
  let server: Awaited<ReturnType<typeof startEventServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("resubscribes after a dropped connection from the last cursor, losing and repeating nothing", async () => {
    server = await startEventServer();
    const live = createLiveClient(server.url, "kb_test_key", {
      webSocketImpl: WebSocket,
      retryWait: () => new Promise((r) => setTimeout(r, 50)),
    });
    const seen: number[] = [];
    let dropped = false;
    await new Promise<void>((resolve, reject) => {
      const stop = subscribeResumable<{ cursor: string; n: number }>(
        live,
        {
          query: "subscription($after: String) { events(after: $after) { cursor n } }",
          field: "events",
        },
        {
          next: (event) => {
            seen.push(event.n);
            if (event.n === 3 && !dropped) {
              dropped = true;
              server!.dropConnections();
            }
            if (seen.length === 8) {
              stop();
              resolve();
            }
          },
          error: (errors) => reject(new Error(JSON.stringify(errors))),
        },
      );
    });
    await live.dispose();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(server.afters).toEqual([null, "3"]);
    expect(server.keys).toEqual(["Bearer kb_test_key", "Bearer kb_test_key"]);
  });

  it("starts after a given cursor", async () => {
    server = await startEventServer();
    const live = createLiveClient(server.url, "kb_test_key", { webSocketImpl: WebSocket });
    const first = await new Promise<number>((resolve) => {
      const stop = subscribeResumable<{ cursor: string; n: number }>(
        live,
        {
          query: "subscription($after: String) { events(after: $after) { cursor n } }",
          field: "events",
          after: "41",
        },
        { next: (event) => (stop(), resolve(event.n)), error: () => undefined },
      );
    });
    await live.dispose();
    expect(first).toBe(42);
  });

  it("reports GraphQL errors with their code", async () => {
    server = await startEventServer();
    const live = createLiveClient(server.url, "kb_test_key", { webSocketImpl: WebSocket });
    const errors = await new Promise<unknown>((resolve) => {
      subscribeResumable(
        live,
        { query: "subscription { nope { cursor } }", field: "nope" },
        { next: () => undefined, error: resolve },
      );
    });
    await live.dispose();
    expect(errors).toEqual([
      expect.objectContaining({ code: "ERROR", message: expect.stringContaining("nope") }),
    ]);
  });
});
