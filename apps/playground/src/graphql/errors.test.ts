import { describe, expect, it } from "vitest";
import { GraphQLRequestError, fromGraphQLErrors, toShownErrors } from "./errors.js";
import { createHttpClient } from "./http.js";

describe("errors as the page shows them", () => {
  it("keeps the message and extensions.code, with the upstream code and bad fields", () => {
    expect(
      fromGraphQLErrors([
        {
          message: "2 problems",
          extensions: {
            code: "BAD_USER_INPUT",
            problems: [{ path: "cashbills.3.identityNum", message: "not a phone number" }],
          },
        },
        {
          message: "Failed login HomeTax",
          extensions: { code: "UPSTREAM_ERROR", upstream: "popbill", upstreamCode: -11100001 },
        },
      ]),
    ).toEqual([
      {
        code: "BAD_USER_INPUT",
        message: "2 problems",
        details: ["cashbills.3.identityNum: not a phone number"],
      },
      {
        code: "UPSTREAM_ERROR",
        message: "Failed login HomeTax",
        details: ["popbill code -11100001"],
      },
    ]);
  });

  it("never shows a stack", () => {
    const error = new Error("boom");
    const [shown] = toShownErrors(error);
    expect(shown).toEqual({ code: "CLIENT_ERROR", message: "boom", details: [] });
    expect(JSON.stringify(toShownErrors(error))).not.toContain("errors.test");
  });

  it("names closed sockets and unreachable gateways", () => {
    expect(toShownErrors({ code: 4403, reason: "Forbidden" })[0]).toMatchObject({
      code: "WEBSOCKET_CLOSED",
      message: "the live connection closed (4403: Forbidden)",
    });
    expect(toShownErrors(new TypeError("Failed to fetch"))[0]?.code).toBe("NETWORK_ERROR");
  });
});

describe("the HTTP client", () => {
  const respond = (status: number, body: string) => async () => new Response(body, { status });

  it("returns data and sends the key", async () => {
    let auth = "";
    const client = createHttpClient("http://gw/graphql", "kb_key", async (_url, init) => {
      auth = new Headers(init?.headers).get("authorization") ?? "";
      return new Response(JSON.stringify({ data: { ping: "pong" } }));
    });
    await expect(client.request("{ ping }")).resolves.toEqual({ ping: "pong" });
    expect(auth).toBe("Bearer kb_key");
  });

  it("throws the response's errors with their codes", async () => {
    const client = createHttpClient(
      "http://gw/graphql",
      "bad",
      respond(
        401,
        JSON.stringify({
          errors: [{ message: "unknown key", extensions: { code: "UNAUTHENTICATED" } }],
        }),
      ),
    );
    const error = await client.request("{ viewer { tenant } }").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("says so when the gateway answers something that is not JSON", async () => {
    const client = createHttpClient(
      "http://gw/graphql",
      "k",
      respond(502, "<html>Bad gateway</html>"),
    );
    const error = (await client
      .request("{ ping }")
      .catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors[0]).toMatchObject({
      code: "HTTP_502",
      message: "the gateway sent no JSON",
    });
  });
});
