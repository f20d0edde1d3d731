import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { SandboxClock } from "@korbill/sandbox";
import { SandboxClockResolver } from "./resolver.js";

const resolver = new SandboxClockResolver();
const base = { tenant: null, requestId: "r" };

describe("SandboxClockResolver", () => {
  it("is FORBIDDEN outside the local stage and without an embedded sandbox", () => {
    const clock = new SandboxClock({ fixed: "2026-12-07T00:00:00Z" });
    for (const ctx of [
      { ...base, stage: "test", sandboxClock: { clock, timing: "seed" } },
      { ...base, stage: "production" },
      { ...base, stage: "local" },
    ]) {
      expect(() => resolver.sandboxClock(ctx)).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
      expect(() => resolver.advanceSandboxClock(ctx, "1d")).toThrow(
        expect.objectContaining({ code: "FORBIDDEN" }),
      );
    }
    expect(clock.now().toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });

  it("moves a local clock by a duration or to a time, never back", () => {
    const clock = new SandboxClock({ fixed: "2026-12-07T00:00:00Z" });
    const ctx = { ...base, stage: "local", sandboxClock: { clock, timing: "seed" } };
    expect(resolver.advanceSandboxClock(ctx, "P1DT2H").now).toBe("2026-12-08T11:00:00+09:00");
    expect(resolver.advanceSandboxClock(ctx, null, "2026-12-09T11:00:00+09:00").now).toBe(
      "2026-12-09T11:00:00+09:00",
    );
    expect(() => resolver.advanceSandboxClock(ctx, null, "2026-12-01T00:00:00Z")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT" }),
    );
    expect(() => resolver.advanceSandboxClock(ctx, null, "2026-12-10T11:00:00")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT" }),
    );
    expect(() => resolver.advanceSandboxClock(ctx, "P500D")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT" }),
    );
    expect(resolver.sandboxClock(ctx).now).toBe("2026-12-09T11:00:00+09:00");
  });
});
