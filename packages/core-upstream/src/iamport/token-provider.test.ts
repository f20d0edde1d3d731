import { describe, expect, it } from "vitest";
import { UpstreamAuthenticationError, UpstreamError } from "../errors/upstream-error.js";
import { jsonReply } from "../testing/fake-fetch.js";
import { TokenCache } from "../transport/token-cache.js";
import { IMP, NOW_S, iamportSetup, tokenEnvelope } from "../testing/iamport-fakes.js";
import { type IamportToken } from "./token-provider.js";

const WRONG_SECRET = jsonReply(401, {
  code: -1,
  message: "인증에 실패하였습니다. API키와 secret을 확인하세요.",
  response: null,
});

describe("createIamportTokenProvider", () => {
  it("posts imp_key and imp_secret as JSON to /users/getToken (§8.1)", async () => {
    const { tokens, calls } = iamportSetup({ steps: [tokenEnvelope()] });
    await tokens.getToken();
    expect(calls[0]?.url).toBe("https://api.iamport.kr/users/getToken");
    expect(calls[0]?.init.method).toBe("POST");
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({
      imp_key: IMP.impKey,
      imp_secret: IMP.impSecret,
    });
    expect(calls[0]?.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("returns the access token with a local expiry", async () => {
    const { tokens } = iamportSetup({ steps: [tokenEnvelope()] });
    expect(await tokens.getToken()).toEqual({
      accessToken: IMP.accessToken,
      expiresAt: (NOW_S + 1800) * 1_000,
    });
  });

  it("measures expiry from the server's own now, whatever the local clock says", async () => {
    const localMs = NOW_S * 1_000 + 7 * 60_000; // local clock 7 minutes ahead of i'mport
    const { tokens } = iamportSetup({ steps: [tokenEnvelope()], localMs });
    expect((await tokens.getToken()).expiresAt).toBe(localMs + 1_800_000);
  });

  it("reuses the token until 30 s before expiry", async () => {
    const { tokens, calls, clock } = iamportSetup({
      steps: [tokenEnvelope(), tokenEnvelope(IMP.accessToken, NOW_S + 1770, NOW_S + 2100)],
    });
    await tokens.getToken();
    clock.set((NOW_S + 1769) * 1_000);
    await tokens.getToken();
    expect(calls).toHaveLength(1);
    clock.set((NOW_S + 1770) * 1_000);
    expect((await tokens.getToken()).expiresAt).toBe((NOW_S + 2100) * 1_000);
    expect(calls).toHaveLength(2);
  });

  it("sends exactly one getToken for 1,000 concurrent callers", async () => {
    const { tokens, calls } = iamportSetup({ steps: [tokenEnvelope()] });
    await Promise.all(Array.from({ length: 1_000 }, () => tokens.getToken()));
    expect(calls).toHaveLength(1);
  });

  it("maps a wrong secret to UpstreamAuthenticationError with i'mport's message (§8.1)", async () => {
    const { tokens } = iamportSetup({ steps: [WRONG_SECRET] });
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamAuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: -1,
      message: "인증에 실패하였습니다. API키와 secret을 확인하세요.",
    });
  });

  it("does not cache a failure", async () => {
    const { tokens, calls } = iamportSetup({ steps: [WRONG_SECRET, tokenEnvelope()] });
    await expect(tokens.getToken()).rejects.toThrow();
    await expect(tokens.getToken()).resolves.toMatchObject({ accessToken: IMP.accessToken });
    expect(calls).toHaveLength(2);
  });

  it("rejects an incomplete token reply", async () => {
    const { tokens } = iamportSetup({
      steps: [jsonReply(200, { code: 0, message: null, response: { access_token: "x" } })],
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(UpstreamError);
  });

  it("never shares a token between stages that share one cache", async () => {
    const cache = new TokenCache<IamportToken>();
    const local = iamportSetup({ steps: [tokenEnvelope("local-token")], stage: "local", cache });
    const test = iamportSetup({ steps: [tokenEnvelope("test-token")], stage: "test", cache });
    await local.tokens.getToken();
    expect((await test.tokens.getToken()).accessToken).toBe("test-token");
    expect(local.calls[0]?.url).toBe("http://127.0.0.1:3/users/getToken");
  });
});
