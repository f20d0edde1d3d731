import { DomainError } from "@korbill/core-domain";
import { InFlight } from "@korbill/core-upstream";
import type { PointsClient } from "../client/client.js";
import { wholePoints } from "../map/from-wire.js";
import type { BalanceWatch } from "./balance-watch.js";

/** Points needed for `count` uses at `unitCost` each, free of float noise (5.5 × 3 = 16.5). */
export function requiredPoints(unitCost: number, count: number): number {
  return Math.round(unitCost * count * 100) / 100;
}

/**
 * The points domain's answer to "may this member spend `required` points?", for other domains
 * (the cash-receipt bulk path declares the same shape as its port; the gateway wires this in).
 */
export interface PointsGuard {
  /**
   * Passes when the member's points cover `required` and sets them aside; otherwise throws a
   * DomainError with code INSUFFICIENT_POINTS. Resolves with the points available before.
   */
  assertBalanceCovers(corpNum: string, required: number): Promise<number>;
}

/** What {@link BalanceGuard} reads and reports to. */
export interface BalanceGuardDeps {
  points: Pick<PointsClient, "getBalance">;
  /** Told about every balance read, so a change becomes a BALANCE_CHANGED event. */
  watch?: Pick<BalanceWatch, "observe">;
  /**
   * How long a balance read stands in for a new one (ms; default 3,000, 0 reads every time),
   * less the points this guard let through since.
   */
  maxAgeMs?: number;
  now?: () => number;
}

/** A member's balance as last read, less what this guard let through since. */
interface Estimate {
  balance: number;
  /** When the read was sent. */
  readAt: number;
  /** Points of the checks passed on this read. */
  reserved: number;
}

/** Default of {@link BalanceGuardDeps.maxAgeMs}. */
const BALANCE_MAX_AGE_MS = 3_000;

/**
 * "Beyond the upstream": a pre-check before spending points, e.g. by the cash-receipt bulk path
 * (`assertBalanceCovers(corpNum, requiredPoints(unitCost, receipts.length))`). POPBiLL would
 * refuse an uncovered call itself, but only receipt by receipt, after some were issued.
 *
 * A check does not cost a GetBalance call each time: a read younger than `maxAgeMs` answers,
 * less the points of every check it already passed (so bulks sent together are counted
 * together, which separate reads could not do: POPBiLL takes the points while it processes a
 * bulk, after its submission returned). A check the estimate does not cover reads again, and
 * only a fresh read refuses. Concurrent reads for one member are one call. Spending by others
 * (another instance, the partner's own systems) shows in the next read, at most `maxAgeMs`
 * later; POPBiLL stays the final judge either way.
 */
export class BalanceGuard implements PointsGuard {
  private readonly estimates = new Map<string, Estimate>();
  private readonly reading = new InFlight<string, Estimate>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly deps: BalanceGuardDeps) {
    this.maxAgeMs = deps.maxAgeMs ?? BALANCE_MAX_AGE_MS;
    this.now = deps.now ?? Date.now;
  }

  /**
   * Passes when the member's points cover `required` and sets them aside for the estimate;
   * otherwise throws a DomainError with code INSUFFICIENT_POINTS, details
   * `{ corpNum, balance, required }` (plus `reserved`, the points of checks passed on the
   * same read, when there are any). Resolves with the points still available, `required`
   * included. Every read is reported to the watch.
   */
  async assertBalanceCovers(corpNum: string, required: number): Promise<number> {
    if (!Number.isFinite(required) || required < 0) {
      throw new RangeError(`required points must be a finite number ≥ 0, got ${required}`);
    }
    const cached = this.estimates.get(corpNum);
    const estimate =
      cached && this.now() - cached.readAt < this.maxAgeMs && covers(cached, required)
        ? cached
        : await this.read(corpNum);
    if (!covers(estimate, required)) {
      throw new DomainError(
        "INSUFFICIENT_POINTS",
        `member ${corpNum} has ${estimate.balance - estimate.reserved} points, ${required} are needed`,
        {
          corpNum,
          balance: estimate.balance,
          required,
          ...(estimate.reserved ? { reserved: estimate.reserved } : {}),
        },
      );
    }
    const available = estimate.balance - estimate.reserved;
    estimate.reserved += required;
    return available;
  }

  /** A fresh read (one call per member at a time), which becomes the estimate. */
  private read(corpNum: string): Promise<Estimate> {
    return this.reading.run(corpNum, async () => {
      const readAt = this.now();
      const balance = await this.deps.points.getBalance(corpNum);
      await this.deps.watch?.observe(corpNum, wholePoints(balance));
      const estimate: Estimate = { balance, readAt, reserved: 0 };
      this.estimates.set(corpNum, estimate);
      return estimate;
    });
  }
}

function covers(estimate: Estimate, required: number): boolean {
  return estimate.balance - estimate.reserved + 1e-9 >= required;
}
