import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/**
 * Issue 20 point 3: every error the gateway answers on `/graphql` names its request in
 * `extensions.requestId`, the id of the `x-request-id` header and of the access line, also
 * when it is refused before GraphQL runs (the body cannot be read, the operation is over a
 * limit, a subscription sent over HTTP).
 */
describe("HTTP errors on /graphql carry the request id", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ KORBILL_MAX_BODY_BYTES: "2048" });
  });
  afterAll(async () => {
    await t?.close();
  });

  const cases: [string, () => RequestInit & { path?: string }][] = [
    ["a body that is not JSON", () => ({ body: "{not json", headers: json() })],
    [
      "a body over the limit",
      () => ({ body: JSON.stringify({ query: `{ ${"a ".repeat(4000)}}` }), headers: json() }),
    ],
    [
      "a document that does not parse",
      () => ({ body: JSON.stringify({ query: "{ nope" }), headers: json() }),
    ],
    [
      "a subscription over HTTP",
      () => ({
        body: JSON.stringify({ query: "subscription { clock(count: 1) { at } }" }),
        headers: json(),
      }),
    ],
    [
      "an unknown key",
      () => ({
        body: JSON.stringify({ query: "{ viewer { tenant } }" }),
        headers: json("kb_not_a_key"),
      }),
    ],
  ];

  cases.push(
    [
      "an operation over the alias limit",
      () => ({
        body: JSON.stringify({
          query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: points { balance }`).join(" ")} }`,
        }),
        headers: json(),
      }),
    ],
    [
      "a request without a JSON content type",
      () => ({
        body: "{ points { balance } }",
        headers: { "content-type": "text/plain", authorization: `Bearer ${DEMO_KEYS.member}` },
      }),
    ],
    [
      "a GET without a query",
      () => ({ method: "GET", headers: { authorization: `Bearer ${DEMO_KEYS.member}` } }),
    ],
  );

  for (const [name, init] of cases) {
    it(name, async () => {
      const res = await fetch(t.graphqlUrl, { method: "POST", ...init() });
      const requestId = res.headers.get("x-request-id");
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const e of body.errors ?? [])
        expect({
          status: res.status,
          code: e.extensions?.code,
          requestId: e.extensions?.requestId,
        }).toEqual({ status: res.status, code: e.extensions?.code, requestId });
    });
  }
});

function json(key: string = DEMO_KEYS.member): Record<string, string> {
  return { "content-type": "application/json", authorization: `Bearer ${key}` };
}
