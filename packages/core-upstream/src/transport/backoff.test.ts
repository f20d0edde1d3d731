import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "./backoff.js";

describe("parseRetryAfterMs", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfterMs("2", 0)).toBe(2_000);
  });

  it("reads an HTTP date relative to now", () => {
    const now = Date.parse("2026-11-23T01:02:03Z");
    expect(parseRetryAfterMs("Mon, 23 Nov 2026 01:02:08 GMT", now)).toBe(5_000);
  });

  it("ignores an unreadable value", () => {
    expect(parseRetryAfterMs("soon", 0)).toBeUndefined();
  });

  it("ignores a missing header", () => {
    expect(parseRetryAfterMs(null, 0)).toBeUndefined();
  });
});
