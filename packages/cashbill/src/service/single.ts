import type { EventLog } from "@korbill/core-events";
import { basePayload, cashbillEvent } from "./events.js";
import type { CashbillStore } from "../store/store.js";
import type { BulkTiming } from "./timing.js";

/** What a single receipt's issuance reports. */
export interface IssuedReceipt {
  confirmNum?: string | null;
  tradeDate?: string | null;
  issueDT?: string | null;
}

/**
 * A receipt issued one at a time (issueCashbill, or POPBiLL's `Issue` webhook): an ISSUED
 * event, and a receipt korbill recorded joins the filing watch. Idempotent: a repeat finds
 * the event stored (its id is one per receipt) and the receipt past PENDING. Returns whether
 * the event was new.
 */
export async function recordIssued(
  deps: { store: CashbillStore; events: EventLog; timing: BulkTiming; now: () => number },
  corpNum: string,
  mgtKey: string,
  issued: IssuedReceipt,
): Promise<boolean> {
  const { store, now } = deps;
  const receipt = await store.receipt(corpNum, mgtKey);
  const stored = await deps.events.append(
    cashbillEvent("ISSUED", {
      ...basePayload(corpNum, mgtKey, receipt?.submitId ?? null),
      code: 1,
      success: true,
      confirmNum: issued.confirmNum ?? null,
      tradeDate: issued.tradeDate ?? null,
      issueDT: issued.issueDT ?? null,
      stateCode: 300,
    }),
  );
  if (!receipt) return stored !== null; // issued outside korbill: reported, not watched
  await store.updateReceipt(
    corpNum,
    mgtKey,
    {
      state: "ISSUED",
      code: 1,
      confirmNum: issued.confirmNum ?? null,
      tradeDate: issued.tradeDate ?? null,
      issueDt: issued.issueDT ?? null,
      nextNtsCheckAt: now() + deps.timing.filingCheckMs,
      updatedAt: now(),
    },
    ["PENDING"],
  );
  return stored !== null;
}
