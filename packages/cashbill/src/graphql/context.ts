import type DataLoader from "dataloader";
import type { EventsContext } from "@korbill/core-tenancy/graphql";
import type { BulkService } from "../service/bulk-service.js";
import type { CashbillStore } from "../store/store.js";
import type { CashbillClient } from "../client/client.js";
import type { WireCashbillInfo } from "../wire.js";

/** A receipt to look up: member and document number. */
export interface InfoKey {
  corpNum: string;
  mgtKey: string;
}

/** Per-request loaders (never shared between requests: their cache would go stale). */
export interface CashbillLoaders {
  cashbillInfo: DataLoader<InfoKey, WireCashbillInfo | null, string>;
}

/** What the cash-receipt resolvers need in the request context. */
export interface CashbillContext extends EventsContext, CashbillLoaders {
  cashbill: CashbillClient;
  cashbillStore: CashbillStore;
  bulk: BulkService;
  /** Clock for input validation ("today or yesterday"). */
  now(): number;
  /**
   * Optional pre-check before a bulk is sent: throws (e.g. INSUFFICIENT_POINTS) when the
   * member's points cannot cover `receipts` issuances. Absent = no check.
   */
  cashbillPointsCheck?: (corpNum: string, receipts: number) => Promise<void>;
}
