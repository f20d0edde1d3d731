import { describe, expect, it } from "vitest";
import type { WireBulkResult, WireCashbillInfo } from "../wire.js";
import { bulkStateFromTxState, toBulkReceiptResult, toBulkResultPieces } from "./bulk.js";
import { BulkState, CashbillState } from "../enums.js";

const COMPLETED: WireBulkResult = {
  code: 1,
  message: "완료",
  submitID: "SUB-001",
  submitCount: 2,
  successCount: 1,
  failCount: 1,
  txState: 2,
  txResultCode: 1,
  txStartDT: "20261123100205",
  txEndDT: "20261123100215",
  receiptDT: "20261123100204",
  receiptID: "026112300000000001",
  issueResult: [
    {
      mgtKey: "SUB-001-1",
      code: 1,
      message: "발행",
      confirmNum: "TB0000178",
      tradeDate: "20261123",
      issueDT: "20261123100210",
    },
    { mgtKey: "SUB-001-2", code: -14001019, message: "문서번호 중복" },
  ],
};

function info(mgtKey: string, stateCode: number, ntsresultCode?: string): WireCashbillInfo {
  return { itemKey: "1", mgtKey, stateCode, ...(ntsresultCode ? { ntsresultCode } : {}) };
}

describe("bulkStateFromTxState", () => {
  it.each([
    [0, BulkState.SUBMITTED],
    [1, BulkState.PROCESSING],
    [2, BulkState.COMPLETED],
    ["2", BulkState.COMPLETED],
    [7, BulkState.PROCESSING],
    [null, BulkState.PROCESSING],
  ])("maps txState %s to %s", (txState, state) => {
    expect(bulkStateFromTxState(txState)).toBe(state);
  });
});

describe("toBulkResultPieces", () => {
  it("maps a completed bulk with per-receipt results and ISO times", () => {
    expect(toBulkResultPieces(COMPLETED)).toEqual({
      submitId: "SUB-001",
      state: BulkState.COMPLETED,
      txState: 2,
      txResultCode: 1,
      receiptId: "026112300000000001",
      submitCount: 2,
      successCount: 1,
      failCount: 1,
      filedCount: 0,
      filingFailedCount: 0,
      submittedAt: "2026-11-23T10:02:04+09:00",
      completedAt: "2026-11-23T10:02:15+09:00",
      results: [
        {
          mgtKey: "SUB-001-1",
          code: 1,
          success: true,
          message: "발행",
          confirmNum: "TB0000178",
          tradeDate: "2026-11-23",
          issuedAt: "2026-11-23T10:02:10+09:00",
          ntsState: null,
          ntsResultCode: null,
        },
        {
          mgtKey: "SUB-001-2",
          code: -14001019,
          success: false,
          message: "문서번호 중복",
          confirmNum: null,
          tradeDate: null,
          issuedAt: null,
          ntsState: null,
          ntsResultCode: null,
        },
      ],
    });
  });

  it("has no results before txState 2", () => {
    const pieces = toBulkResultPieces({
      ...COMPLETED,
      txState: 1,
      txEndDT: null,
      issueResult: null,
    });
    expect(pieces).toMatchObject({ state: BulkState.PROCESSING, results: null, completedAt: null });
  });

  it("adds NTS filing outcomes from GetInfos and counts them", () => {
    const infos = new Map([
      ["SUB-001-1", info("SUB-001-1", 305, "TS1")],
      ["SUB-001-2", info("SUB-001-2", 300)],
    ]);
    const pieces = toBulkResultPieces(COMPLETED, infos);
    expect(pieces.results?.[0]).toMatchObject({
      ntsState: CashbillState.NTS_FAILED,
      ntsResultCode: "TS1",
    });
    expect(pieces.results?.[1]?.ntsState).toBeNull();
    expect(pieces).toMatchObject({ filedCount: 0, filingFailedCount: 1 });
  });
});

describe("toBulkReceiptResult", () => {
  it("reports NTS_FILED with the NTS code once filed", () => {
    const result = toBulkReceiptResult(COMPLETED.issueResult![0]!, info("SUB-001-1", 304, "0000"));
    expect(result).toMatchObject({
      success: true,
      ntsState: CashbillState.NTS_FILED,
      ntsResultCode: "0000",
    });
  });
});
