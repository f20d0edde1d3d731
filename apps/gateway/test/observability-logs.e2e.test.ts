import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isErrorCode } from "@korbill/error-codes";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/**
 * Issue 20 points 1 and 3: one access line per GraphQL operation, over HTTP and WebSocket, with
 * operation name and type, key id, tenant, corpNum, duration, result code and request id;
 * never variables or card data. The request id is also in the errors' `extensions`.
 */

const CARD = { number: "4111-1111-1111-1111", expiry: "2031-12", birth: "900101", pinPrefix: "12" };
const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

interface Line extends Record<string, unknown> {
  msg: string;
  level: string;
}

describe("access logs", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t?.close();
  });

  const lines = (): Line[] => t.logs.map((l) => JSON.parse(l) as Line);
  const accessLines = (requestId: string) =>
    lines().filter((l) => l.msg === "graphql operation" && l.requestId === requestId);

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(t.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    const requestId = res.headers.get("x-request-id");
    const json = (await res.json()) as {
      data?: unknown;
      errors?: { extensions?: Record<string, unknown> }[];
    };
    // The line is written when the reply has been sent: wait for it, never for a fixed time.
    const start = Date.now();
    while (requestId && accessLines(requestId).length === 0 && Date.now() - start < 15_000)
      await new Promise((r) => setTimeout(r, 10));
    return { status: res.status, requestId, json };
  }

  it("writes one line per HTTP operation with who, what, how long and how it ended", async () => {
    const r = await post(
      { query: "query Balance { points { balance } }", operationName: "Balance" },
      {
        authorization: `Bearer ${DEMO_KEYS.member}`,
        traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
      },
    );
    expect(r.json.errors).toBeUndefined();
    expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const access = accessLines(r.requestId!);
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      level: "info",
      transport: "http",
      operationName: "Balance",
      operationType: "query",
      corpNum: "1234567890",
      code: "OK",
      traceId: TRACE_ID,
    });
    expect(access[0]!.keyId).toEqual(expect.any(String));
    expect(access[0]!.tenant).toEqual(expect.any(String));
    expect(access[0]!.durationMs).toEqual(expect.any(Number));
    // The upstream calls made for it are debug lines of the same request.
    const upstream = lines().filter(
      (l) => l.msg === "upstream call" && l.requestId === r.requestId,
    );
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream[0]).toMatchObject({
      level: "debug",
      service: expect.any(String),
      method: expect.any(String),
      path: expect.stringMatching(/^\//),
      status: 200,
    });
  });

  it("never logs variables or card data, even of a card mutation", async () => {
    const r = await post(
      {
        query:
          'mutation IssueKey($card: CardInput!) { issueBillingKey(customerUid: "cust_obs_1", card: $card) { customerUid } }',
        variables: { card: CARD },
        operationName: "IssueKey",
      },
      { authorization: `Bearer ${DEMO_KEYS.member}` },
    );
    expect(r.json.errors).toBeUndefined();
    expect(accessLines(r.requestId!)).toEqual([
      expect.objectContaining({ operationName: "IssueKey", operationType: "mutation", code: "OK" }),
    ]);
    const all = t.logs.join("\n");
    for (const secret of ["4111", "2031-12", "900101", DEMO_KEYS.member])
      expect(all).not.toContain(secret);
    expect(all).not.toMatch(/"variables"/);
  });

  it("names the refusal code and puts the same request id in the error's extensions", async () => {
    const r = await post(
      { query: "query Who { viewer { tenant } }" },
      { authorization: "Bearer kb_not_a_key" },
    );
    expect(r.status).toBe(401);
    expect(r.json.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      requestId: r.requestId,
    });
    expect(accessLines(r.requestId!)).toEqual([
      expect.objectContaining({ code: "UNAUTHENTICATED", operationName: "Who", keyId: null }),
    ]);
  });

  it("writes one line per WebSocket operation, with its own request id", async () => {
    const client = t.ws(DEMO_KEYS.member);
    const result = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: "query WsBalance { points { balance } }", operationName: "WsBalance" },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(result).toMatchObject({ data: { points: { balance: expect.any(Number) } } });
    const start = Date.now();
    const find = () =>
      lines().filter((l) => l.msg === "graphql operation" && l.operationName === "WsBalance");
    while (find().length === 0 && Date.now() - start < 15_000)
      await new Promise((r) => setTimeout(r, 10));
    expect(find()).toEqual([
      expect.objectContaining({
        transport: "ws",
        operationType: "query",
        corpNum: "1234567890",
        code: "OK",
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      }),
    ]);
  });

  it("reports only OK or a code of the ErrorCode enum, for a bad document too", async () => {
    const r = await post(
      { query: "query Broken { nope" },
      { authorization: `Bearer ${DEMO_KEYS.member}` },
    );
    expect(accessLines(r.requestId!)).toEqual([
      expect.objectContaining({ code: "GRAPHQL_PARSE_FAILED", operationName: "Broken" }),
    ]);
    const codes = lines()
      .filter((l) => l.msg === "graphql operation")
      .map((l) => l.code as string);
    expect(codes.filter((c) => c !== "OK" && !isErrorCode(c))).toEqual([]);
  });
});
