import type { CashbillClient } from "../client/client.js";

/**
 * What the bulk path needs of the points domain. `@korbill/points` exports `PointsGuard`, which
 * has this shape; the gateway passes it in. Domains do not import each other: the one that
 * needs something declares the narrow port, the composition root wires the other's part.
 */
export interface PointsGuardPort {
  /** Passes when the member's points cover `required`; otherwise throws INSUFFICIENT_POINTS. */
  assertBalanceCovers(corpNum: string, required: number): Promise<unknown>;
}

/** Refuses a bulk of `receipts` cash receipts that the member's points cannot pay for. */
export type BulkPointsCheck = (corpNum: string, receipts: number) => Promise<void>;

/** How long a member's cash-receipt unit cost is reused before it is read again (10 minutes). */
export const UNIT_COST_TTL_MS = 600_000;

/** What {@link createBulkPointsCheck} reads. */
export interface BulkPointsCheckDeps {
  cashbill: Pick<CashbillClient, "getUnitCost">;
  guard: PointsGuardPort;
  now?: () => number;
}

/**
 * The pre-check before a bulk is recorded or sent: the member's cash-receipt unit cost (read
 * once per {@link UNIT_COST_TTL_MS}) times the receipts, asked of the points guard. POPBiLL would
 * refuse an uncovered bulk itself, but receipt by receipt, after some were issued.
 */
export function createBulkPointsCheck(deps: BulkPointsCheckDeps): BulkPointsCheck {
  const now = deps.now ?? Date.now;
  const unitCosts = new Map<string, { cost: number; until: number }>();
  return async (corpNum, receipts) => {
    let cached = unitCosts.get(corpNum);
    if (!cached || cached.until < now()) {
      const reply = await deps.cashbill.getUnitCost(corpNum);
      cached = { cost: Number(reply.unitCost), until: now() + UNIT_COST_TTL_MS };
      unitCosts.set(corpNum, cached);
    }
    // In hundredths, as POPBiLL prices: 5.5 × 3 is 16.5, not 16.500000000000004.
    await deps.guard.assertBalanceCovers(corpNum, Math.round(cached.cost * receipts * 100) / 100);
  };
}
