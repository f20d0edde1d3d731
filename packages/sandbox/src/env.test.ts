import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "./env.js";

describe("resolveSettings", () => {
  it("confirms no deposit by itself and completes refunds in 3 days on the popbill schedule", () => {
    expect(resolveSettings()).toMatchObject({
      depositConfirmMs: null,
      refundProcessingMs: 3 * 86_400_000,
    });
  });

  it("uses the fast profile's defaults on the fast schedule, unless told otherwise", () => {
    expect(resolveSettings({ filingSchedule: "fast" })).toMatchObject({
      depositConfirmMs: 10_000,
      refundProcessingMs: 10_000,
    });
    expect(
      resolveSettings({ filingSchedule: "fast", depositConfirmMs: null, refundProcessingMs: 5 }),
    ).toMatchObject({ depositConfirmMs: null, refundProcessingMs: 5 });
  });

  it("refuses a negative depositConfirmMs or unit cost", () => {
    expect(() => resolveSettings({ depositConfirmMs: -1 })).toThrow(RangeError);
    expect(() => resolveSettings({ accountCheckUnitCost: -1 })).toThrow(RangeError);
    expect(DEFAULT_SETTINGS.accountCheckUnitCost).not.toBe(DEFAULT_SETTINGS.depositorCheckUnitCost);
  });
});
