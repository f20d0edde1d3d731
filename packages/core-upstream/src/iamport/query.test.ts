import { describe, expect, it } from "vitest";
import { iamportQueryString } from "./query.js";

describe("iamportQueryString", () => {
  it("repeats an array with bracket names", () => {
    expect(iamportQueryString({ customer_uid: ["a", "b"] })).toBe(
      "?customer_uid[]=a&customer_uid[]=b",
    );
  });

  it("keeps brackets in a name literal", () => {
    expect(iamportQueryString({ reason: "고객 요청", "extra[requester]": "customer" })).toBe(
      "?reason=%EA%B3%A0%EA%B0%9D%20%EC%9A%94%EC%B2%AD&extra[requester]=customer",
    );
  });

  it("leaves out undefined values", () => {
    expect(
      iamportQueryString({ page: 2, "schedule-status": undefined, include_sandbox: true }),
    ).toBe("?page=2&include_sandbox=true");
  });

  it("returns an empty string for no query", () => {
    expect(iamportQueryString(undefined)).toBe("");
  });
});
