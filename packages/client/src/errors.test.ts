import { describe, expect, it } from "vitest";
import { KorbillError } from "./errors.js";
import { toKorbillError } from "./subscriptions.js";

describe("KorbillError.fromGraphQLErrors", () => {
  it("keeps each error's message, code, path and extensions", () => {
    const error = KorbillError.fromGraphQLErrors(
      [
        {
          message: "POPBiLL refused",
          path: ["issueCashbill"],
          extensions: { code: "UPSTREAM_ERROR", upstream: "popbill", upstreamCode: -14000003 },
        },
      ],
      { status: 200 },
    );
    expect(error).toBeInstanceOf(KorbillError);
    expect(error.message).toBe("POPBiLL refused");
    expect(error.code).toBe("UPSTREAM_ERROR");
    expect(error.status).toBe(200);
    expect(error.errors[0]).toMatchObject({
      code: "UPSTREAM_ERROR",
      path: ["issueCashbill"],
      extensions: { upstreamCode: -14000003 },
    });
  });

  it("collects the problems of BAD_USER_INPUT", () => {
    const error = KorbillError.fromGraphQLErrors([
      {
        message: "invalid input",
        extensions: {
          code: "BAD_USER_INPUT",
          problems: [
            { path: "submitId", message: "must be 1-36 characters" },
            { path: "cashbills.0.tax", message: "must not be negative" },
          ],
        },
      },
    ]);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.problems).toEqual([
      { path: "submitId", message: "must be 1-36 characters" },
      { path: "cashbills.0.tax", message: "must not be negative" },
    ]);
  });

  it("says how many more errors there are and takes the first one's code", () => {
    const error = KorbillError.fromGraphQLErrors([
      { message: "first", extensions: { code: "NOT_FOUND" } },
      { message: "second", extensions: { code: "FORBIDDEN" } },
    ]);
    expect(error.message).toBe("first (and 1 more)");
    expect(error.code).toBe("NOT_FOUND");
    expect(error.errors.map((e) => e.code)).toEqual(["NOT_FOUND", "FORBIDDEN"]);
    expect(error.problems).toEqual([]);
  });

  it("calls an error without a code INTERNAL_SERVER_ERROR and nothing at all BAD_RESPONSE", () => {
    expect(KorbillError.fromGraphQLErrors([{ message: "boom" }]).code).toBe(
      "INTERNAL_SERVER_ERROR",
    );
    expect(KorbillError.fromGraphQLErrors([]).code).toBe("BAD_RESPONSE");
    expect(KorbillError.fromGraphQLErrors("nonsense").code).toBe("BAD_RESPONSE");
  });
});

describe("toKorbillError", () => {
  it("maps a refused key (close 4403) to UNAUTHENTICATED", () => {
    const error = toKorbillError({ code: 4403, reason: "Forbidden" });
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.closeCode).toBe(4403);
  });

  it("maps other fatal closes to CONNECTION_CLOSED with the close code", () => {
    const error = toKorbillError({ code: 4500, reason: "Internal server error" });
    expect(error.code).toBe("CONNECTION_CLOSED");
    expect(error.message).toContain("4500: Internal server error");
  });

  it("maps a GraphQL error list and a socket error event", () => {
    expect(toKorbillError([{ message: "no", extensions: { code: "FORBIDDEN" } }]).code).toBe(
      "FORBIDDEN",
    );
    const network = toKorbillError({ type: "error", message: "connect ECONNREFUSED" });
    expect(network.code).toBe("NETWORK_ERROR");
    expect(network.message).toBe("connect ECONNREFUSED");
  });
});
