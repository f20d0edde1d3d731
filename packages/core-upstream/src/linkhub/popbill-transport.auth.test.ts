import { describe, expect, it } from "vitest";
import { UpstreamAuthenticationError } from "../errors/upstream-error.js";
import { jsonReply } from "../testing/fake-fetch.js";
import {
  CASHBILL_TOKEN as CASHBILL,
  popbillSetup as setup,
  tokenReply,
} from "../testing/linkhub-fakes.js";

describe("createPopbillTransport token retry", () => {
  it("drops a rejected token and retries once with a new one", async () => {
    const { popbill, calls } = setup(
      jsonReply(401, { code: -10000033, message: "Token Interpretation failed" }),
      tokenReply("TOKEN-2"),
      jsonReply(200, { ok: 1 }),
    );
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/MK-1" }),
    ).resolves.toEqual({ ok: 1 });
    expect(calls.map((c) => c.headers.authorization)).toEqual([
      expect.stringMatching(/^LINKHUB /),
      "Bearer FAKE-SESSION-TOKEN",
      expect.stringMatching(/^LINKHUB /),
      "Bearer TOKEN-2",
    ]);
  });

  it("gives up after the one retry", async () => {
    const rejected = jsonReply(400, { code: -10000033, message: "Token Interpretation failed" });
    const { popbill, calls } = setup(rejected, tokenReply("TOKEN-2"), rejected);
    await expect(
      popbill.request({ ...CASHBILL, method: "GET", path: "/Cashbill/MK-1" }),
    ).rejects.toBeInstanceOf(UpstreamAuthenticationError);
    expect(calls).toHaveLength(4);
  });
});

describe("createPopbillTransport authHostRequest", () => {
  it("calls /{serviceID}/Point on the auth host with the bearer token", async () => {
    const { popbill, calls } = setup(jsonReply(200, { remainPoint: 1000 }));
    await expect(popbill.authHostRequest({ ...CASHBILL, path: "/Point" })).resolves.toEqual({
      remainPoint: 1000,
    });
    expect(calls[1]?.url).toBe("https://auth.linkhub.co.kr/POPBILL_TEST/Point");
    expect(calls[1]?.headers.authorization).toBe("Bearer FAKE-SESSION-TOKEN");
  });

  it("keeps the partner charge URL's query string", async () => {
    const { popbill, calls } = setup(jsonReply(200, { url: "https://example" }));
    await popbill.authHostRequest({ ...CASHBILL, path: "/URL?TG=CHRG" });
    expect(calls[1]?.url).toBe("https://auth.linkhub.co.kr/POPBILL_TEST/URL?TG=CHRG");
  });
});
