import { describe, expect, it } from "vitest";
import { SandboxClock } from "./clock.js";

/**
 * How far apart two readings of a running clock taken one after the other may be: a loaded
 * machine can deschedule the process between them; the alternatives the tests tell apart
 * (a frozen clock, another date) are hours or years away.
 */
const SCHEDULING_SLACK_MS = 1_000;

describe("SandboxClock", () => {
  it("follows real time by default", () => {
    const clock = new SandboxClock();
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(SCHEDULING_SLACK_MS);
  });

  it("stands still at a fixed start time", async () => {
    const clock = new SandboxClock({ fixed: "2026-11-23T01:02:03.000Z" });
    // Some real time passes (any amount shows a running clock); the fixed one must not move.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock.now().toISOString()).toBe("2026-11-23T01:02:03.000Z");
  });

  it("advances a frozen clock by exactly the given milliseconds", () => {
    const clock = new SandboxClock({ fixed: Date.UTC(2026, 10, 23) });
    expect(clock.advance(1_500).toISOString()).toBe("2026-11-23T00:00:01.500Z");
  });

  it("advances a running clock ahead of real time", () => {
    const clock = new SandboxClock();
    clock.advance(3_600_000);
    expect(clock.nowMs() - Date.now()).toBeGreaterThan(3_600_000 - SCHEDULING_SLACK_MS);
  });

  it("sets a running clock to a past instant and keeps it running", () => {
    const clock = new SandboxClock();
    clock.set("2020-01-01T00:00:00Z");
    expect(clock.frozen).toBe(false);
    expect(Math.abs(clock.nowMs() - Date.UTC(2020, 0, 1))).toBeLessThan(SCHEDULING_SLACK_MS);
  });

  it("freezes and resumes from the same instant", () => {
    const clock = new SandboxClock();
    const frozenAt = clock.freeze();
    expect(clock.frozen).toBe(true);
    expect(clock.now()).toEqual(frozenAt);
    clock.resume();
    expect(Math.abs(clock.nowMs() - frozenAt.getTime())).toBeLessThan(SCHEDULING_SLACK_MS);
  });

  it("rejects a negative advance and an invalid date", () => {
    const clock = new SandboxClock();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.set("yesterday")).toThrow(RangeError);
  });
});
