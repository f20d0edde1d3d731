import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";
import { aliasFlood, deepNesting, fragmentFanOut, tokenFlood } from "./security/hostile.js";

/**
 * Issue 19 point 3: HTTP and graphql-ws run one pipeline (parse, validate, context, execute,
 * error formatting), so a document refused or failing on one transport fails the same way on
 * the other: the same `extensions.code` (and `reason`), the same message, the request id.
 */

interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** What a client can act on, per error: what the two transports must agree on. */
function shapeOf(errors: WireError[] | undefined) {
  return (errors ?? []).map((e) => {
    const { requestId, ...extensions } = e.extensions ?? {};
    return { message: e.message, extensions, requestId: typeof requestId };
  });
}

/** The errors of one operation over graphql-ws: a `next` result's, or the `error` message's. */
function overWs(client: Client, request: Request): Promise<WireError[] | undefined> {
  return new Promise((resolve, reject) => {
    let errors: WireError[] | undefined;
    client.subscribe(request, {
      next: (value) => {
        errors ??= value.errors as WireError[] | undefined;
      },
      error: (error) =>
        Array.isArray(error) ? resolve(error as WireError[]) : reject(error as Error),
      complete: () => resolve(errors),
    });
  });
}

const CASES: { name: string; request: () => Request; code: string; reason?: string }[] = [
  {
    name: "a syntax error",
    request: () => ({ query: "{ viewer {" }),
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "a token flood",
    request: () => ({ query: tokenFlood(6_000) }),
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "an unknown field",
    request: () => ({ query: "{ nope }" }),
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "an alias flood",
    request: () => ({ query: aliasFlood(1_000) }),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "ALIASES",
  },
  {
    name: "a fragment fan-out",
    request: () => ({ query: fragmentFanOut(20) }),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "COST",
  },
  {
    name: "deep nesting",
    request: () => ({ query: deepNesting(200) }),
    code: "GRAPHQL_VALIDATION_FAILED",
    reason: "DEPTH",
  },
  {
    name: "a variable of the wrong type",
    request: () => ({
      query: 'query P($page: Int!) { billingKeyPayments(customerUid: "c1", page: $page) { page } }',
      variables: { page: "two" },
    }),
    code: "BAD_USER_INPUT",
  },
  {
    name: "a missing required variable",
    request: () => ({
      query: 'query P($page: Int!) { billingKeyPayments(customerUid: "c1", page: $page) { page } }',
    }),
    code: "BAD_USER_INPUT",
  },
  {
    name: "an unknown operation name",
    request: () => ({ query: "query A { __typename }", operationName: "B" }),
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  {
    name: "two operations and no operation name",
    request: () => ({ query: "query A { __typename } query B { __typename }" }),
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  {
    name: "a domain error thrown by a resolver",
    request: () => ({ query: '{ billingKey(customerUid: "not a uid!") { cardName } }' }),
    code: "BAD_USER_INPUT",
  },
];

describe("HTTP and graphql-ws refuse and fail the same way", () => {
  let t: TestGateway;
  let ws: Client;
  beforeAll(async () => {
    t = await startTestGateway();
    ws = t.ws(DEMO_KEYS.member);
  });
  afterAll(() => t?.close());

  for (const c of CASES) {
    it(`answers ${c.name} with ${c.code} on both`, { timeout: 60_000 }, async () => {
      const request = c.request();
      const res = await fetch(t.graphqlUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${DEMO_KEYS.member}`,
        },
        body: JSON.stringify(request),
      });
      const http = shapeOf(((await res.json()) as { errors?: WireError[] }).errors);
      const overSocket = shapeOf(await overWs(ws, request));
      expect(http[0]?.extensions).toMatchObject(
        c.reason ? { code: c.code, reason: c.reason } : { code: c.code },
      );
      expect(overSocket).toEqual(http);
      expect(http.every((e) => e.requestId === "string")).toBe(true);
    });
  }
});
