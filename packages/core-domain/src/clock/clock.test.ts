import { describe, expect, it } from "vitest";
import { ManualClock, systemClock, systemSleep } from "./clock.js";

describe("ManualClock", () => {
  it("starts at the given time", () => {
    expect(new ManualClock(1_000).now()).toBe(1_000);
  });

  it("moves forward by advance()", () => {
    const clock = new ManualClock(1_000);
    clock.advance(250);
    expect(clock.now()).toBe(1_250);
  });

  it("jumps to the time given to set()", () => {
    const clock = new ManualClock(1_000);
    clock.set(5);
    expect(clock.now()).toBe(5);
  });

  it("refuses to go backwards through advance()", () => {
    expect(() => new ManualClock().advance(-1)).toThrow(RangeError);
  });
});

describe("systemClock and systemSleep", () => {
  it("reads the process clock", () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });

  it("rejects a sleep when its signal aborts", async () => {
    const controller = new AbortController();
    const sleeping = systemSleep(10_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(sleeping).rejects.toThrow("stop");
  });
});
