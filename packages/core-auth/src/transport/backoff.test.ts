import { describe, expect, it } from "vitest";
import { backoffDelayMs, parseRetryAfterMs } from "./backoff.js";

describe("backoffDelayMs", () => {
  it("doubles the window on each retry", () => {
    const top = { baseMs: 100, random: () => 0.999_999 };
    expect([0, 1, 2].map((retry) => backoffDelayMs(retry, top))).toEqual([100, 200, 400]);
  });

  it("never goes above the cap", () => {
    expect(backoffDelayMs(30, { baseMs: 100, maxMs: 1_000, random: () => 0.999_999 })).toBe(1_000);
  });

  it("jitters into the upper half of the window", () => {
    expect(backoffDelayMs(0, { baseMs: 100, random: () => 0 })).toBe(50);
  });
});

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
