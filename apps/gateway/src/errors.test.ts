import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { InputError, RateLimitedError } from "@korbill/core-domain";
import {
  UpstreamConnectionError,
  UpstreamInvalidRequestError,
  fromResponse,
} from "@korbill/core-upstream";
import { createErrorFormatter } from "./errors.js";
import { createLogger } from "./logger.js";

const logs: string[] = [];
const format = createErrorFormatter(createLogger("debug", (l) => logs.push(l)));
const wrap = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ["x"] });
const run = (e: Error) => format({ message: e.message, path: ["x"] }, wrap(e));

describe("the one error formatter", () => {
  it("keeps a domain error's code, message and field problems", () => {
    const f = run(InputError.fromProblems([{ path: "submitId", message: "too long" }]));
    expect(f.extensions).toEqual({
      code: "BAD_USER_INPUT",
      problems: [{ path: "submitId", message: "too long" }],
    });
    expect(f.message).toMatch(/submitId: too long/);
  });
  it("maps a lost database connection to DATABASE_UNAVAILABLE without its internals", () => {
    const lost = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
    });
    const f = run(lost);
    expect(f.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(f.message).not.toMatch(/administrator/);
    expect(run(new Error("Connection terminated unexpectedly")).extensions?.code).toBe(
      "DATABASE_UNAVAILABLE",
    );
  });
  it("maps an upstream refusal to UPSTREAM_ERROR with the upstream code and message", () => {
    const e = fromResponse({
      upstream: "popbill",
      status: 400,
      body: '{"code":-11100001,"message":"Failed login HomeTax"}',
    });
    const f = run(e);
    expect(f).toMatchObject({
      message: "Failed login HomeTax",
      extensions: { code: "UPSTREAM_ERROR", upstream: "popbill", upstreamCode: -11100001 },
    });
  });
  it("maps an unreachable upstream to UPSTREAM_UNAVAILABLE without its internals", () => {
    const f = run(
      new UpstreamConnectionError({
        upstream: "popbill",
        message: "connect ECONNREFUSED 10.0.0.1:443",
      }),
    );
    expect(f.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(f.message).not.toContain("10.0.0.1");
  });
  it("maps an upstream 429 to UPSTREAM_RATE_LIMITED with the upstream's retry time", () => {
    const e = fromResponse({ upstream: "iamport", status: 429, body: "{}", retryAfterMs: 60_000 });
    expect(run(e).extensions).toEqual({
      code: "UPSTREAM_RATE_LIMITED",
      upstream: "iamport",
      retryAfterMs: 60_000,
    });
  });
  it("keeps RATE_LIMITED with its retryAfterMs", () => {
    const f = run(new RateLimitedError("slow down", 1_500));
    expect(f.extensions).toEqual({ code: "RATE_LIMITED", retryAfterMs: 1_500 });
  });
  it("hides unexpected errors behind INTERNAL_SERVER_ERROR and logs them", () => {
    const f = run(new Error("secret internals at /srv/app.js:12"));
    expect(f).toMatchObject({
      message: "internal error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(f)).not.toContain("secret internals");
    expect(logs.join("\n")).toContain("secret internals");
  });
  it("never forwards a stack trace", () => {
    const f = run(
      new UpstreamInvalidRequestError({ upstream: "iamport", message: "bad", status: 400 }),
    );
    expect(JSON.stringify(f)).not.toMatch(/stack/i);
  });
});
