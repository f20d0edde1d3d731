import { describe, expect, it } from "vitest";
import { type PointsGuardPort, UNIT_COST_TTL_MS, createBulkPointsCheck } from "./points-check.js";

const CORP = "1234567890";

/** A guard that records what it was asked and refuses above `balance`. */
function recordingGuard(balance = Number.POSITIVE_INFINITY) {
  const asked: [string, number][] = [];
  const guard: PointsGuardPort = {
    async assertBalanceCovers(corpNum, required) {
      asked.push([corpNum, required]);
      if (required > balance) throw new Error("INSUFFICIENT_POINTS");
      return balance;
    },
  };
  return { guard, asked };
}

/** A unit-cost source that counts its calls. */
function unitCosts(cost: string | number) {
  const calls: string[] = [];
  return {
    calls,
    source: {
      async getUnitCost(corpNum: string) {
        calls.push(corpNum);
        return { unitCost: cost };
      },
    },
  };
}

describe("createBulkPointsCheck", () => {
  it("asks the points guard for the unit cost times the number of receipts", async () => {
    const { guard, asked } = recordingGuard();
    const check = createBulkPointsCheck({ cashbill: unitCosts("5.5").source, guard });
    await check(CORP, 3);
    expect(asked).toEqual([[CORP, 16.5]]);
  });

  it("passes the guard's refusal on", async () => {
    const { guard } = recordingGuard(100);
    const check = createBulkPointsCheck({ cashbill: unitCosts(10).source, guard });
    await expect(check(CORP, 11)).rejects.toThrow("INSUFFICIENT_POINTS");
  });

  it("reads a member's unit cost once per TTL, and again after it", async () => {
    let now = 1_000_000;
    const costs = unitCosts(10);
    const check = createBulkPointsCheck({
      cashbill: costs.source,
      guard: recordingGuard().guard,
      now: () => now,
    });
    await check(CORP, 1);
    await check(CORP, 2);
    await check("6798700433", 1);
    expect(costs.calls).toEqual([CORP, "6798700433"]);
    now += UNIT_COST_TTL_MS + 1;
    await check(CORP, 1);
    expect(costs.calls).toEqual([CORP, "6798700433", CORP]);
  });
});
