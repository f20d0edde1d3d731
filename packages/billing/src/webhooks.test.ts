import { describe, expect, it } from "vitest";
import { IamportWebhookError, iamportWebhookBody, parseIamportWebhook } from "./webhooks.js";

const hint = { imp_uid: "imp_123456789014", merchant_uid: "sub_1001_202502", status: "paid" };

describe("parseIamportWebhook", () => {
  it("reads a JSON body", () => {
    const { body, contentType } = iamportWebhookBody(hint, "json");
    expect(parseIamportWebhook(body, contentType)).toEqual(hint);
  });

  it("reads a form body, the other console setting", () => {
    const raw = Buffer.from("imp_uid=imp_123456789014&merchant_uid=sub_1001_202502&status=paid");
    expect(parseIamportWebhook(raw, "application/x-www-form-urlencoded")).toEqual(hint);
  });

  it("sniffs the format when the content type says nothing", () => {
    expect(parseIamportWebhook(JSON.stringify(hint))).toEqual(hint);
    expect(parseIamportWebhook("imp_uid=a&merchant_uid=b&status=paid")).toMatchObject({
      imp_uid: "a",
    });
  });

  it("keeps a cancellation_id and ignores other fields", () => {
    const parsed = parseIamportWebhook(
      JSON.stringify({ ...hint, status: "cancelled", cancellation_id: "c1", extra: { x: 1 } }),
      "application/json; charset=utf-8",
    );
    expect(parsed).toEqual({ ...hint, status: "cancelled", cancellation_id: "c1" });
  });

  it.each([
    ["not JSON", "{oops", "application/json"],
    ["a JSON array", "[]", "application/json"],
    ["no imp_uid", JSON.stringify({ merchant_uid: "m", status: "paid" }), "application/json"],
    ["no status", "imp_uid=a&merchant_uid=b", "application/x-www-form-urlencoded"],
    ["a control character", JSON.stringify({ ...hint, imp_uid: "a\nb" }), "application/json"],
    ["a huge body", "x".repeat(20_000), "text/plain"],
  ])("refuses %s with a 400", (_name, raw, type) => {
    expect(() => parseIamportWebhook(raw, type)).toThrow(IamportWebhookError);
  });
});
