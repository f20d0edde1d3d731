import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, collect, startTestGateway } from "./harness.js";

describe("gateway foundation, end to end over real sockets", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it("answers the health check", async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(await res.json()).toMatchObject({ status: "ok", stage: "local" });
  });

  it("runs viewer and points over HTTP: token signed by core-upstream, verified and answered by the sandbox", async () => {
    t.gateway.sandbox!.sandbox!.requests.clear();
    const { status, body } = await t.gql(
      "{ viewer { tenant kind corpNums stage } points { balance } }",
      {},
      DEMO_KEYS.member,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      viewer: {
        tenant: "demo member 데모상사",
        kind: "MEMBER",
        corpNums: ["1234567890"],
        stage: "local",
      },
      points: { balance: 100_000 },
    });
    const seen = t.gateway.sandbox!.sandbox!.requests;
    expect(seen.count({ host: "auth", path: /^\/POPBILL_TEST\/Token$/ })).toBe(1);
    expect(seen.count({ host: "auth", path: /^\/POPBILL_TEST\/Point$/ })).toBe(1);
  });

  it("reads the second member's balance with its own key", async () => {
    const { body } = await t.gql("{ points { balance } }", {}, DEMO_KEYS.member2);
    expect(body.data).toEqual({ points: { balance: 50_000 } });
  });

  it("rejects an invalid key over HTTP with 401 UNAUTHENTICATED and calls nothing upstream", async () => {
    t.gateway.sandbox!.sandbox!.requests.clear();
    const { status, body } = await t.gql(
      "{ viewer { tenant } points { balance } }",
      {},
      "kb_local_not_a_key",
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(t.gateway.sandbox!.sandbox!.requests.count({})).toBe(0);
  });

  it("asks for a key when none is sent", async () => {
    const { body } = await t.gql("{ viewer { tenant } }", {}, null);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets a member key not act for a foreign corpNum", async () => {
    const { body } = await t.gql(
      '{ points(corpNum: "6798700433") { balance } }',
      {},
      DEMO_KEYS.member,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("streams a subscription over graphql-ws with a valid key", async () => {
    const ticks = await collect<{ clock: { seq: number; now: string } }>(
      t.ws(DEMO_KEYS.member),
      "subscription { clock(intervalMs: 100, count: 3) { seq now } }",
      3,
    );
    expect(ticks.map((x) => x.clock.seq)).toEqual([1, 2, 3]);
    expect(ticks[0]!.clock.now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
  });

  it("refuses a WebSocket connection with an invalid key (close 4403)", async () => {
    const error = await collect(
      t.ws("kb_local_not_a_key"),
      "subscription { clock(intervalMs: 100, count: 1) { seq } }",
      1,
    ).catch((e: unknown) => e);
    expect((error as { code?: number }).code).toBe(4403);
  });

  it("refuses a subscription without a key with UNAUTHENTICATED", async () => {
    const error = await collect(
      t.ws(null),
      "subscription { clock(intervalMs: 100, count: 1) { seq } }",
      1,
    ).catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain("UNAUTHENTICATED");
  });

  it("applies the same depth limit over HTTP and WebSocket", async () => {
    const t2 = await startTestGateway({ KORBILL_MAX_DEPTH: "1" });
    try {
      const http = await t2.gql("{ viewer { tenant } }", {}, DEMO_KEYS.member);
      expect(http.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(http.body.errors?.[0]?.message).toMatch(/depth 2 exceeds the limit of 1/);
      const client = t2.ws(DEMO_KEYS.member);
      const ws = await collect(
        client,
        "subscription { clock(intervalMs: 100, count: 1) { seq } }",
        1,
      ).catch((e: unknown) => e);
      expect(JSON.stringify(ws)).toMatch(/depth 2 exceeds the limit of 1/);
      // The socket survives a refused operation: a valid one still runs on the same client.
      const ok = await collect<{ ping: string }>(client, "query { ping }", 1);
      expect(ok).toEqual([{ ping: "pong" }]);
    } finally {
      await t2.close();
    }
  });

  it("applies the cost limit alike on both paths", async () => {
    const t2 = await startTestGateway({ KORBILL_MAX_COST: "2" });
    try {
      const http = await t2.gql("{ viewer { tenant kind corpNums } }", {}, DEMO_KEYS.member);
      expect(http.body.errors?.[0]?.message).toMatch(/cost \d+ exceeds the limit of 2/);
      const ws = await collect(
        t2.ws(DEMO_KEYS.member),
        "subscription { clock(intervalMs: 100, count: 1) { seq now } }",
        1,
      ).catch((e: unknown) => e);
      expect(JSON.stringify(ws)).toMatch(/cost \d+ exceeds the limit of 2/);
    } finally {
      await t2.close();
    }
  });

  it("turns introspection off on both paths when configured (as in production)", async () => {
    const t2 = await startTestGateway({ KORBILL_INTROSPECTION: "false" });
    try {
      const http = await t2.gql("{ __schema { queryType { name } } }", {}, DEMO_KEYS.member);
      expect(http.body.errors?.[0]?.message).toMatch(/introspection/i);
      const ws = await collect(
        t2.ws(DEMO_KEYS.member),
        "query { __schema { queryType { name } } }",
        1,
      ).catch((e: unknown) => e);
      expect(JSON.stringify(ws)).toMatch(/introspection/i);
    } finally {
      await t2.close();
    }
  });
});
