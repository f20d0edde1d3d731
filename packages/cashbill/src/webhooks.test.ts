import { describe, expect, it } from "vitest";
import {
  PopbillWebhookError,
  parsePopbillWebhook,
  popbillWebhookHeaders,
  verifyPopbillWebhook,
} from "./webhooks.js";

const basic = { basic: { username: "pb", password: "s3cret" } };
const body = Buffer.from(
  JSON.stringify({
    eventType: "NTS",
    eventDT: "20261124010203",
    corpNum: "1234567890",
    mgtKey: "K-1",
    stateCode: 304,
  }),
);
const headers = (auth = basic) =>
  popbillWebhookHeaders({
    mid: "016120000002-1777d55c2c41492ab06826d",
    corpNum: "1234567890",
    eventType: "NTS",
    auth,
  });

describe("POPBiLL webhook verification", () => {
  it("accepts a delivery with the configured Basic auth and parses it", () => {
    const d = parsePopbillWebhook(headers(), body, basic);
    expect(d).toMatchObject({
      mid: "016120000002-1777d55c2c41492ab06826d",
      eventType: "NTS",
      corpNum: "1234567890",
      type: "CASHBILL.STATE",
    });
    expect(d.body.mgtKey).toBe("K-1");
  });
  it("accepts the X-Api-Key form, with header names in any case", () => {
    const h = Object.fromEntries(
      Object.entries(headers({ apiKey: "k-123" } as never)).map(([k, v]) => [k.toUpperCase(), v]),
    );
    expect(() => verifyPopbillWebhook(h, { apiKey: "k-123" })).not.toThrow();
  });
  it("refuses a wrong password, a missing credential and an unconfigured route", () => {
    const wrong = headers({ basic: { username: "pb", password: "guess" } });
    expect(() => verifyPopbillWebhook(wrong, basic)).toThrow(PopbillWebhookError);
    const { authorization: _a, ...none } = headers();
    expect(() => verifyPopbillWebhook(none, basic)).toThrow(/missing or wrong/);
    expect(() => verifyPopbillWebhook(headers(), {})).toThrow(/not configured/);
  });
  it("refuses a delivery without a message id or with a non-JSON body (400)", () => {
    const { "pb-webhook-mid": _m, ...noMid } = headers();
    expect(() => parsePopbillWebhook(noMid, body, basic)).toThrow(/Pb-Webhook-MID/);
    try {
      parsePopbillWebhook(headers(), Buffer.from("not json"), basic);
      expect.unreachable();
    } catch (e) {
      expect((e as PopbillWebhookError).status).toBe(400);
    }
  });
});
