import { describe, expect, it } from "vitest";
import { backoffDelayMs, jitteredDelayMs } from "./backoff.js";

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

describe("jitteredDelayMs", () => {
  it("stays within the interval", () => {
    expect(jitteredDelayMs(2_000, 5_000, () => 0)).toBe(2_000);
    expect(jitteredDelayMs(2_000, 5_000, () => 0.999_999)).toBe(4_999);
    expect(jitteredDelayMs(2_000, 1_000, () => 0.5)).toBe(2_000);
  });
});
