import { toKstIso } from "@korbill/core-domain";
import type { StoredEvent } from "@korbill/core-events";
import type { CashbillEventPayload } from "../service/events.js";
import type { ReceiptRow, SubmissionRow } from "../store/store.js";
import { BulkState, CashbillEventType, CashbillState } from "../enums.js";
import type { BulkReceiptResultView, BulkSubmissionView, CashbillEventView } from "../map/views.js";
import { wireDateToIso, wireTimeToIso } from "../map/time.js";

/** A receipt result with the member it belongs to (used by the `cashbill` field). */
export type ReceiptResultRoot = BulkReceiptResultView & { corpNum: string };

function receiptView(r: ReceiptRow): ReceiptResultRoot {
  const filed =
    r.state === "NTS_FILED"
      ? CashbillState.NTS_FILED
      : r.state === "NTS_FAILED"
        ? CashbillState.NTS_FAILED
        : null;
  return {
    corpNum: r.corpNum,
    mgtKey: r.mgtKey,
    code: r.code === null ? 0 : Number(r.code),
    success: r.state === "ISSUED" || filed !== null,
    message: r.message,
    confirmNum: r.confirmNum,
    tradeDate: wireDateToIso(r.tradeDate),
    issuedAt: wireTimeToIso(r.issueDt),
    ntsState: filed,
    ntsResultCode: r.ntsResultCode,
  };
}

/** A submission as korbill knows it: its own state machine plus per-receipt results. */
export function toBulkSubmissionView(
  row: SubmissionRow,
  receipts: ReceiptRow[],
): BulkSubmissionView & { results: ReceiptResultRoot[] | null } {
  const settled = receipts.filter((r) => r.state !== "PENDING");
  const state = BulkState[row.state] ?? BulkState.PROCESSING;
  // The schema promises null until COMPLETED: before, the receipts are only recorded (code 0).
  const results = state === BulkState.COMPLETED ? receipts.map(receiptView) : null;
  return {
    submitId: row.submitId,
    state,
    txState: row.txState ?? 0,
    txResultCode: null,
    receiptId: row.receiptId,
    submitCount: row.submitCount,
    successCount: row.successCount ?? settled.filter((r) => r.state !== "FAILED").length,
    failCount: row.failCount ?? settled.filter((r) => r.state === "FAILED").length,
    filedCount: receipts.filter((r) => r.state === "NTS_FILED").length,
    filingFailedCount: receipts.filter((r) => r.state === "NTS_FAILED").length,
    submittedAt: toKstIso(Number(row.createdAt)),
    completedAt: row.completedAt === null ? null : toKstIso(Number(row.completedAt)),
    results,
    error: row.errorMessage,
  };
}

/** A stored cash-receipt event as a subscription payload. */
export function toCashbillEventView(event: StoredEvent, cursor: string): CashbillEventView {
  const p = event.payload as CashbillEventPayload;
  return {
    cursor,
    type: CashbillEventType[event.type as keyof typeof CashbillEventType],
    corpNum: p.corpNum,
    submitId: p.submitId,
    mgtKey: p.mgtKey,
    code: p.code,
    success: p.success,
    message: p.message,
    confirmNum: p.confirmNum,
    tradeDate: wireDateToIso(p.tradeDate),
    ntsResultCode: p.ntsResultCode,
    ntsResultMessage: p.ntsResultMessage,
    at: toKstIso(event.createdAt),
  };
}
