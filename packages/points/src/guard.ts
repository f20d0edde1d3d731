import { DomainError } from "@korbill/core-auth";
import type { PointsClient } from "./client.js";
import { wholePoints } from "./map/from-wire.js";
import type { BalanceWatch } from "./watch.js";

/** Points needed for `count` uses at `unitCost` each, free of float noise (5.5 × 3 = 16.5). */
export function requiredPoints(unitCost: number, count: number): number {
  return Math.round(unitCost * count * 100) / 100;
}

/** What {@link BalanceGuard} reads and reports to. */
export interface BalanceGuardDeps {
  points: Pick<PointsClient, "getBalance">;
  /** Told about every balance read, so a change becomes a BALANCE_CHANGED event. */
  watch?: Pick<BalanceWatch, "observe">;
}

/**
 * "Beyond the upstream": a pre-check before spending points, e.g. by the cash-receipt bulk path
 * (`assertBalanceCovers(corpNum, requiredPoints(unitCost, receipts.length))`). POPBiLL would
 * refuse an uncovered call itself, but only receipt by receipt, after some were issued.
 */
export class BalanceGuard {
  constructor(private readonly deps: BalanceGuardDeps) {}

  /**
   * Reads the member's balance (reporting it to the watch) and throws a DomainError with code
   * INSUFFICIENT_POINTS, details `{ corpNum, balance, required }`, when it is below
   * `required`. Resolves with the balance read.
   */
  async assertBalanceCovers(corpNum: string, required: number): Promise<number> {
    if (!Number.isFinite(required) || required < 0) {
      throw new RangeError(`required points must be a finite number ≥ 0, got ${required}`);
    }
    const balance = await this.deps.points.getBalance(corpNum);
    await this.deps.watch?.observe(corpNum, wholePoints(balance));
    if (balance + 1e-9 < required) {
      throw new DomainError(
        "INSUFFICIENT_POINTS",
        `member ${corpNum} has ${balance} points, ${required} are needed`,
        { corpNum, balance, required },
      );
    }
    return balance;
  }
}
