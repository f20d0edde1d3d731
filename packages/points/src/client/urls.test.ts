import { ManualClock } from "@korbill/core-domain";
import { type PopbillTransport, UpstreamServerError } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { createPointsClient } from "./client.js";
import { CORP_NUM, NOW, fakeClient } from "../testing/fake-popbill.js";

describe("page URLs", () => {
  it("expire 30 s after the clock's time when the request was sent, in KST", async () => {
    const { client } = fakeClient({ url: "https://popbill.test/charge?s=1" });
    expect(await client.getChargeURL(CORP_NUM)).toEqual({
      url: "https://popbill.test/charge?s=1",
      expiresAt: "2026-11-23T10:02:33+09:00",
    });
  });

  it("read the clock before the call, so a slow reply does not stretch expiresAt", async () => {
    const clock = new ManualClock(NOW);
    let answer: (reply: unknown) => void = () => undefined;
    const popbill = {
      request: () => new Promise((resolve) => (answer = resolve)),
      authHostRequest: () => Promise.reject(new Error("unexpected")),
    } as unknown as PopbillTransport;
    const pending = createPointsClient({ popbill, clock }).getPaymentURL(CORP_NUM);
    clock.advance(20_000);
    answer({ url: "https://popbill.test/payment" });
    expect((await pending).expiresAt).toBe("2026-11-23T10:02:33+09:00");
  });

  it("stamp the partner URL the same way", async () => {
    const { client, clock } = fakeClient({ url: "https://auth.test/partner" });
    clock.advance(60_000);
    const url = await client.getPartnerURL(CORP_NUM);
    expect(url.expiresAt).toBe("2026-11-23T10:03:33+09:00");
  });

  it("refuse a 200 without a url instead of returning an empty link", async () => {
    const { client } = fakeClient({ url: "" });
    await expect(client.getUseHistoryURL(CORP_NUM)).rejects.toBeInstanceOf(UpstreamServerError);
  });
});
