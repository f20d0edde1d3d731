import { DomainError } from "@korbill/core-domain";
import { describe, expect, it, vi } from "vitest";
import { BalanceGuard, requiredPoints } from "./guard.js";

function guardWith(balance: number) {
  const observed: [string, number][] = [];
  const guard = new BalanceGuard({
    points: { getBalance: async () => balance },
    watch: { observe: async (corpNum, seen) => void observed.push([corpNum, seen]) },
  });
  return { guard, observed };
}

describe("BalanceGuard.assertBalanceCovers", () => {
  it("resolves with the balance when it covers the need, and reports it to the watch", async () => {
    const { guard, observed } = guardWith(1000.5);
    await expect(guard.assertBalanceCovers("1234567890", 1000.5)).resolves.toBe(1000.5);
    expect(observed).toEqual([["1234567890", 1000]]);
  });

  it("throws INSUFFICIENT_POINTS with the numbers when the balance falls short", async () => {
    const { guard, observed } = guardWith(15);
    const error = await guard
      .assertBalanceCovers("1234567890", requiredPoints(5.5, 3))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "INSUFFICIENT_POINTS",
      details: { corpNum: "1234567890", balance: 15, required: 16.5 },
    });
    expect(observed).toEqual([["1234567890", 15]]);
  });

  it("refuses a nonsensical requirement without asking POPBiLL", async () => {
    const { guard, observed } = guardWith(15);
    await expect(guard.assertBalanceCovers("1234567890", Number.NaN)).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(observed).toEqual([]);
  });
});

/** A guard over a balance the test sets, counting GetBalance calls, with a settable clock. */
function countingGuard(initial: number, maxAgeMs?: number) {
  const state = { balance: initial, reads: 0, now: 1_000 };
  let release: (() => void) | null = null;
  const guard = new BalanceGuard({
    points: {
      getBalance: async () => {
        state.reads++;
        if (hold) await new Promise<void>((r) => (release = r));
        return state.balance;
      },
    },
    maxAgeMs,
    now: () => state.now,
  });
  let hold = false;
  return {
    guard,
    state,
    holdReads: () => (hold = true),
    releaseReads: () => {
      hold = false;
      release?.();
    },
  };
}

describe("BalanceGuard estimate", () => {
  const CORP = "1234567890";

  it("answers from a recent read less the points it already let through", async () => {
    const { guard, state } = countingGuard(1000);
    await expect(guard.assertBalanceCovers(CORP, 300)).resolves.toBe(1000);
    state.now += 2_000;
    await expect(guard.assertBalanceCovers(CORP, 300)).resolves.toBe(700);
    await expect(guard.assertBalanceCovers(CORP, 300)).resolves.toBe(400);
    expect(state.reads).toBe(1);
  });

  it("reads again before refusing, and refuses only on what that read says", async () => {
    const { guard, state } = countingGuard(1000);
    await guard.assertBalanceCovers(CORP, 600);
    // The estimate (400) does not cover 500: a new read finds the points were topped up.
    state.balance = 5000;
    await expect(guard.assertBalanceCovers(CORP, 500)).resolves.toBe(5000);
    expect(state.reads).toBe(2);
    state.balance = 100;
    state.now += 10_000;
    const error = await guard.assertBalanceCovers(CORP, 500).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INSUFFICIENT_POINTS",
      details: { corpNum: CORP, balance: 100, required: 500 },
    });
    expect(state.reads).toBe(3);
  });

  it("reads again once the last read is older than maxAgeMs", async () => {
    const { guard, state } = countingGuard(1000, 500);
    await guard.assertBalanceCovers(CORP, 1);
    state.now += 499;
    await guard.assertBalanceCovers(CORP, 1);
    expect(state.reads).toBe(1);
    state.now += 1;
    await guard.assertBalanceCovers(CORP, 1);
    expect(state.reads).toBe(2);
  });

  it("reads every time with maxAgeMs 0", async () => {
    const { guard, state } = countingGuard(1000, 0);
    for (let i = 0; i < 3; i++) await guard.assertBalanceCovers(CORP, 1);
    expect(state.reads).toBe(3);
  });

  it("makes one read for concurrent checks and counts them together", async () => {
    const { guard, state, holdReads, releaseReads } = countingGuard(250);
    holdReads();
    const checks = [100, 100, 100].map((n) =>
      guard.assertBalanceCovers(CORP, n).then(
        (available) => ({ available }),
        (e: unknown) => ({ error: e as { code: string; details: unknown } }),
      ),
    );
    await vi.waitFor(() => expect(state.reads).toBe(1)); // the held read began
    releaseReads();
    const outcomes = await Promise.all(checks);
    expect(state.reads).toBe(1);
    expect(outcomes.slice(0, 2)).toEqual([{ available: 250 }, { available: 150 }]);
    // The third would overdraw together with the first two: refused on that same read.
    expect(outcomes[2]).toMatchObject({
      error: {
        code: "INSUFFICIENT_POINTS",
        details: { corpNum: CORP, balance: 250, required: 100, reserved: 200 },
      },
    });
  });
});

describe("requiredPoints", () => {
  it("multiplies without float noise", () => {
    expect(requiredPoints(0.1, 3)).toBe(0.3);
    expect(requiredPoints(5.5, 100)).toBe(550);
  });
});
