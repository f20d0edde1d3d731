import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type KorbillGateway, createServer } from "../src/server.js";
import { topicFor } from "@korbill/core-events";
import { BULK_MUTATION, EVENTS_SUBSCRIPTION, demoBulk, waitUntil } from "./cashbill-helpers.js";

/**
 * Issue 20 point 3: every error the gateway sends over WebSocket names its request
 * (`extensions.requestId`, the id of the operation's access line): an operation refused
 * before it runs, and SUBSCRIBER_TOO_SLOW, which a shared subscription's member gets after
 * its results went out as direct frames.
 */

interface Line extends Record<string, unknown> {
  msg: string;
}
interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}

describe("WebSocket errors carry the request id", () => {
  let gateway: KorbillGateway;
  let dataDir: string;
  let wsUrl: string;
  let httpUrl: string;
  const logs: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "korbill-ws-reqid-"));
    const config = loadConfig({
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_PORT: "0",
      KORBILL_SANDBOX_TIMING: "demo",
      KORBILL_MAX_SUBSCRIPTIONS_PER_SOCKET: "2",
    });
    gateway = await createServer(config, {
      logger: createLogger("debug", (line) => logs.push(line)),
      // Any byte still unsent when the next result comes is too slow: a bulk's results,
      // written in one turn of the event loop, end a direct member at its second result.
      sharedSubscriptions: { maxUnsentBytes: 0 },
    });
    const url = await gateway.listen(0, "127.0.0.1");
    httpUrl = `${url}/graphql`;
    wsUrl = httpUrl.replace(/^http/, "ws");
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await gateway?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const client = (key: string) => {
    const c = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${key}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    return c;
  };
  const lines = () => logs.map((l) => JSON.parse(l) as Line);

  /** Runs one operation; resolves to the errors it ended with (`next` or `error` message). */
  function errorsOf(c: Client, payload: { query: string; operationName?: string }) {
    return new Promise<WireError[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no error within 10 s")), 10_000);
      const dispose = c.subscribe(payload, {
        next: (value) => {
          if (!value.errors?.length) return;
          clearTimeout(timer);
          dispose();
          resolve(value.errors as unknown as WireError[]);
        },
        error: (error) => {
          clearTimeout(timer);
          if (Array.isArray(error)) resolve(error as WireError[]);
          else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          clearTimeout(timer);
          reject(new Error("completed without an error"));
        },
      });
    });
  }

  /** The access line of the operation with that request id (waits for it). */
  async function accessLineOf(requestId: unknown): Promise<Line> {
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const find = () =>
      lines().find((l) => l.msg === "graphql operation" && l.requestId === requestId);
    await waitUntil(
      () => find() !== undefined,
      5_000,
      () => `no access line ${String(requestId)}`,
    );
    return find()!;
  }

  it("an operation refused before it runs (error message)", async () => {
    const errors = await errorsOf(client(DEMO_KEYS.member), {
      query: "query Known { viewer { tenant } }",
      operationName: "Unknown",
    });
    // The code HTTP answers too (transport-parity.e2e.test.ts).
    expect(errors[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(await accessLineOf(errors[0]?.extensions?.requestId)).toMatchObject({
      transport: "ws",
      code: "OPERATION_RESOLUTION_FAILURE",
    });
  });

  it("a document failing validation (error message)", async () => {
    const errors = await errorsOf(client(DEMO_KEYS.member), {
      query: "query Invalid { nope }",
      operationName: "Invalid",
    });
    expect(errors[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(await accessLineOf(errors[0]?.extensions?.requestId)).toMatchObject({
      transport: "ws",
      code: "GRAPHQL_VALIDATION_FAILED",
    });
  });

  it("a subscription over the socket's cap (error message)", async () => {
    const c = client(DEMO_KEYS.member);
    const open = [1, 2].map((n) =>
      c.subscribe(
        { query: `subscription Live${n} { pointsEvents { cursor } }` },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      ),
    );
    await waitForLiveSubscriptions(2);
    const errors = await errorsOf(c, {
      query: "subscription Third { pointsEvents { cursor } }",
      operationName: "Third",
    });
    expect(errors[0]?.extensions?.code).toBe("TOO_MANY_SUBSCRIPTIONS");
    expect(await accessLineOf(errors[0]?.extensions?.requestId)).toMatchObject({
      transport: "ws",
      code: "TOO_MANY_SUBSCRIPTIONS",
    });
    for (const dispose of open) dispose();
    await waitForLiveSubscriptions(0, "at most");
  });

  it("SUBSCRIBER_TOO_SLOW of a direct member of a shared subscription", async () => {
    const c = client(DEMO_KEYS.member2);
    const ending = errorsOf(c, {
      query: EVENTS_SUBSCRIPTION.replace("subscription(", "subscription TooSlow("),
      operationName: "TooSlow",
    });
    // Results come seconds after the bulk is accepted; the subscription is live by then.
    await waitForLiveSubscriptions(1);
    const res = await fetch(httpUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${DEMO_KEYS.member2}`,
      },
      body: JSON.stringify({
        query: BULK_MUTATION,
        variables: { submitId: `slow-${Date.now()}`, cashbills: demoBulk(`slow-${Date.now()}`, 5) },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    const errors = await ending;
    expect(errors[0]?.extensions?.code).toBe("SUBSCRIBER_TOO_SLOW");
    expect(await accessLineOf(errors[0]?.extensions?.requestId)).toMatchObject({
      transport: "ws",
      operationName: "TooSlow",
      operationType: "subscription",
      code: "SUBSCRIBER_TOO_SLOW",
    });
  });

  it("an error in a shared result written as a direct frame names each member's request", async () => {
    // Two members of one shared execution (same key, document and variables), both direct.
    const query = "subscription Shared { cashbillEvents { cursor type } }";
    const members = [client(DEMO_KEYS.member), client(DEMO_KEYS.member)];
    const endings = members.map((c) => errorsOf(c, { query, operationName: "Shared" }));
    await waitForLiveSubscriptions(2);
    // An event of a type the schema does not know: its result is an error, in a `next` frame.
    const corpNum = gateway.sandbox!.members[0]!.corpNum;
    await gateway.services.events.append({
      topic: topicFor("cashbill", corpNum),
      tenant: corpNum,
      type: "NOT_A_TYPE",
      payload: { corpNum },
    });
    const errors = await Promise.all(endings);
    const ids = new Set<unknown>();
    for (const [first] of errors) {
      expect(first?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      ids.add(first?.extensions?.requestId);
      expect(await accessLineOf(first?.extensions?.requestId)).toMatchObject({
        transport: "ws",
        operationName: "Shared",
        code: "INTERNAL_SERVER_ERROR",
      });
    }
    expect(ids.size).toBe(2);
  });

  async function waitForLiveSubscriptions(n: number, bound = "at least"): Promise<void> {
    const gauge = gateway.metrics.registry.getSingleMetric("korbill_live_subscriptions")!;
    const start = Date.now();
    const live = async () => (await gauge.get()).values[0]?.value ?? 0;
    while (bound === "at least" ? (await live()) < n : (await live()) > n) {
      if (Date.now() - start > 15_000) throw new Error("the subscription did not start");
      await new Promise((r) => setTimeout(r, 20));
    }
  }
});
