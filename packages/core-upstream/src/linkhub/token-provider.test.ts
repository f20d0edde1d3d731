import { describe, expect, it } from "vitest";
import { UpstreamAuthenticationError, UpstreamError } from "../errors/upstream-error.js";
import { jsonReply } from "../testing/fake-fetch.js";
import { TokenCache } from "../transport/token-cache.js";
import {
  CASHBILL_TOKEN as CASHBILL,
  T0,
  linkhubSetup,
  tokenReply,
} from "../testing/linkhub-fakes.js";
import { type LinkhubToken } from "./token-reply.js";

describe("createLinkhubTokenProvider requests", () => {
  it("sends the signed V1 token request", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1")] });
    await tokens.getToken(CASHBILL);
    expect(calls[0]?.url).toBe("https://auth.linkhub.co.kr/POPBILL_TEST/Token");
    expect(calls[0]?.body).toBe('{"access_id":"1234567890","scope":["member","140"]}');
    expect(calls[0]?.headers).toMatchObject({
      authorization: "LINKHUB TESTER /6i302S1pOrxT24puBfhORQPV3gnCjr94L19ixvUR7k=",
      "x-lh-date": "2026-11-23T01:02:03.000Z",
    });
  });

  it("sends x-lh-forwarded: * and the V2 signature when IP restriction is off", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1")], ipRestrict: false });
    await tokens.getToken(CASHBILL);
    expect(calls[0]?.headers).toMatchObject({
      "x-lh-forwarded": "*",
      authorization: "LINKHUB TESTER rY5xh3YN7+Y63ukstmjIOHlp6MqR626zjEoLkQl6B90=",
    });
  });

  it("returns the session token with its expiry and ServiceID", async () => {
    const { tokens } = linkhubSetup({ steps: [tokenReply("tok-1")] });
    expect(await tokens.getToken(CASHBILL)).toEqual({
      sessionToken: "tok-1",
      serviceId: "POPBILL_TEST",
      expiresAt: T0 + 30 * 60_000,
      scopes: ["member", "140"],
    });
  });

  it("maps an error body to the error hierarchy", async () => {
    const { tokens } = linkhubSetup({
      steps: [jsonReply(400, { code: -10000032, message: "Token Generation failed" })],
    });
    await expect(tokens.getToken(CASHBILL)).rejects.toBeInstanceOf(UpstreamAuthenticationError);
  });

  it("retries a token POST after a 503, since minting is idempotent", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [jsonReply(503, {}), tokenReply("tok-1")] });
    await expect(tokens.getToken(CASHBILL)).resolves.toMatchObject({ sessionToken: "tok-1" });
    expect(calls).toHaveLength(2);
  });

  it("refuses a token minted for another ServiceID", async () => {
    const { tokens } = linkhubSetup({ steps: [tokenReply("tok-prod", "POPBILL")] });
    await expect(tokens.getToken(CASHBILL)).rejects.toThrow(
      /minted a token for POPBILL, not POPBILL_TEST/,
    );
  });

  it("rejects a reply without an expiration", async () => {
    const { tokens } = linkhubSetup({ steps: [jsonReply(200, { session_token: "x" })] });
    await expect(tokens.getToken(CASHBILL)).rejects.toBeInstanceOf(UpstreamError);
  });
});

describe("createLinkhubTokenProvider caching", () => {
  it("sends exactly one token POST for 1,000 concurrent callers", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1")] });
    const results = await Promise.all(
      Array.from({ length: 1_000 }, () => tokens.getToken(CASHBILL)),
    );
    expect(calls).toHaveLength(1);
    expect(new Set(results.map((t) => t.sessionToken))).toEqual(new Set(["tok-1"]));
  });

  it("treats the same scopes in another order as the same key", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1")] });
    await tokens.getToken(CASHBILL);
    await tokens.getToken({ corpNum: "1234567890", scopes: ["140", "member"] });
    expect(calls).toHaveLength(1);
  });

  it("keeps separate tokens per CorpNum", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1"), tokenReply("tok-2")] });
    await tokens.getToken(CASHBILL);
    await tokens.getToken({ ...CASHBILL, corpNum: "9876543210" });
    expect(calls).toHaveLength(2);
  });

  it("does not cache a failed request, so the next caller retries", async () => {
    const { tokens, calls } = linkhubSetup({
      steps: [jsonReply(400, { code: -10000032, message: "x" }), tokenReply("tok-2")],
    });
    await expect(tokens.getToken(CASHBILL)).rejects.toThrow();
    await expect(tokens.getToken(CASHBILL)).resolves.toMatchObject({ sessionToken: "tok-2" });
    expect(calls).toHaveLength(2);
  });

  it("refreshes the refresh margin before expiration", async () => {
    const { tokens, calls, clock } = linkhubSetup({
      steps: [tokenReply("tok-1"), tokenReply("tok-2", "POPBILL_TEST", 60 * 60_000)],
    });
    await tokens.getToken(CASHBILL);
    clock.set(T0 + 29 * 60_000 - 1);
    expect((await tokens.getToken(CASHBILL)).sessionToken).toBe("tok-1");
    clock.set(T0 + 29 * 60_000);
    expect((await tokens.getToken(CASHBILL)).sessionToken).toBe("tok-2");
    expect(calls).toHaveLength(2);
  });

  it("never serves a test-stage token to production when both share one cache", async () => {
    const cache = new TokenCache<LinkhubToken>();
    const testStage = linkhubSetup({ steps: [tokenReply("tok-test")], cache });
    const production = linkhubSetup({
      steps: [tokenReply("tok-prod", "POPBILL")],
      stage: "production",
      cache,
    });
    await testStage.tokens.getToken(CASHBILL);
    expect((await production.tokens.getToken(CASHBILL)).sessionToken).toBe("tok-prod");
    expect(production.calls[0]?.url).toBe("https://auth.linkhub.co.kr/POPBILL/Token");
  });

  it("mints again after invalidate()", async () => {
    const { tokens, calls } = linkhubSetup({ steps: [tokenReply("tok-1"), tokenReply("tok-2")] });
    await tokens.getToken(CASHBILL);
    tokens.invalidate(CASHBILL);
    expect((await tokens.getToken(CASHBILL)).sessionToken).toBe("tok-2");
    expect(calls).toHaveLength(2);
  });
});
