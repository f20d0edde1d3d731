import type { WireBulkIssueResult, WireBulkResult, WireCashbillInfo } from "../wire.js";
import { stateFromCode } from "./codes.js";
import { BulkState, CashbillState } from "../enums.js";
import { text } from "./from-wire.js";
import { wireDateToIso, wireIntAmount, wireTimeToIso } from "./time.js";
import type { BulkReceiptResultView, BulkResultPieces } from "./views.js";

/**
 * POPBiLL `txState` -> korbill state: 0 접수 SUBMITTED, 1 처리중 PROCESSING, 2 완료 COMPLETED.
 * An undocumented value counts as PROCESSING, so a poller keeps asking rather than stopping.
 */
export function bulkStateFromTxState(txState: number | string | null | undefined): BulkState {
  const state = wireIntAmount(txState);
  if (state === 0) return BulkState.SUBMITTED;
  if (state === 2) return BulkState.COMPLETED;
  return BulkState.PROCESSING;
}

/**
 * One `issueResult` item -> {@link BulkReceiptResultView}. Pass the receipt's CashbillInfo
 * (from GetInfos) to fill the NTS filing outcome once it is 304 or 305.
 */
export function toBulkReceiptResult(
  item: WireBulkIssueResult,
  info?: WireCashbillInfo | null,
): BulkReceiptResultView {
  const code = wireIntAmount(item.code) ?? 0;
  const filing = info ? stateFromCode(info.stateCode) : null;
  const filed = filing === CashbillState.NTS_FILED || filing === CashbillState.NTS_FAILED;
  return {
    mgtKey: item.mgtKey,
    code,
    success: code === 1,
    message: text(item.message),
    confirmNum: text(item.confirmNum) ?? text(info?.confirmNum),
    tradeDate: wireDateToIso(item.tradeDate) ?? wireDateToIso(info?.tradeDate),
    issuedAt: wireTimeToIso(item.issueDT) ?? wireTimeToIso(info?.issueDT),
    ntsState: filed ? filing : null,
    ntsResultCode: filed ? text(info?.ntsresultCode) : null,
  };
}

/** How many results were filed to the NTS, and how many failed filing. */
export function countFiling(results: readonly BulkReceiptResultView[] | null): {
  filedCount: number;
  filingFailedCount: number;
} {
  const list = results ?? [];
  return {
    filedCount: list.filter((r) => r.ntsState === CashbillState.NTS_FILED).length,
    filingFailedCount: list.filter((r) => r.ntsState === CashbillState.NTS_FAILED).length,
  };
}

/**
 * getBulkResult reply -> {@link BulkResultPieces}. `infos` (by mgtKey, from GetInfos) add the
 * filing outcome; without them the filing counts are 0. `results` is null until txState 2.
 */
export function toBulkResultPieces(
  reply: WireBulkResult,
  infos?: ReadonlyMap<string, WireCashbillInfo>,
): BulkResultPieces {
  const state = bulkStateFromTxState(reply.txState);
  const results =
    state === BulkState.COMPLETED && reply.issueResult
      ? reply.issueResult.map((item) => toBulkReceiptResult(item, infos?.get(item.mgtKey)))
      : null;
  return {
    submitId: reply.submitID,
    state,
    txState: wireIntAmount(reply.txState) ?? 0,
    txResultCode: wireIntAmount(reply.txResultCode),
    receiptId: text(reply.receiptID),
    submitCount: wireIntAmount(reply.submitCount) ?? 0,
    successCount: wireIntAmount(reply.successCount) ?? 0,
    failCount: wireIntAmount(reply.failCount) ?? 0,
    ...countFiling(results),
    submittedAt: wireTimeToIso(reply.receiptDT),
    completedAt: wireTimeToIso(reply.txEndDT),
    results,
  };
}
