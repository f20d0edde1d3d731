import { describe, expect, it } from "vitest";
import type { ReceiptRow, SubmissionRow } from "../store/store.js";
import { BulkState } from "../enums.js";
import { toBulkSubmissionView } from "./views.js";

function submission(state: SubmissionRow["state"]): SubmissionRow {
  return {
    stage: "local",
    corpNum: "1234567890",
    submitId: "SUB-1",
    keyId: "key",
    userId: null,
    state,
    digest: "d",
    submitCount: 1,
    receiptId: "261123100203000001",
    txState: state === "COMPLETED" ? 2 : 0,
    successCount: state === "COMPLETED" ? 1 : null,
    failCount: state === "COMPLETED" ? 0 : null,
    errorCode: null,
    errorMessage: null,
    attempts: 0,
    nextCheckAt: 0,
    lastPollAt: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    completedAt: state === "COMPLETED" ? 1_700_000_003_000 : null,
  };
}

function receipt(state: ReceiptRow["state"]): ReceiptRow {
  const issued = state !== "PENDING";
  return {
    stage: "local",
    corpNum: "1234567890",
    mgtKey: "SUB-1-1",
    submitId: "SUB-1",
    state,
    code: issued ? 1 : null,
    message: issued ? "발행 완료" : null,
    confirmNum: issued ? "TB0000001" : null,
    tradeDate: issued ? "20261123" : null,
    issueDt: issued ? "20261123100206" : null,
    ntsResultCode: null,
    ntsResultMessage: null,
    ntsAt: null,
    nextNtsCheckAt: null,
    updatedAt: 1_700_000_000_000,
    requestDigest: null,
  } as ReceiptRow;
}

describe("toBulkSubmissionView results", () => {
  it("is null until the submission is COMPLETED (no pending rows with code 0)", () => {
    for (const state of ["RECORDED", "SUBMITTED", "PROCESSING", "RECONCILING"] as const) {
      const view = toBulkSubmissionView(submission(state), [receipt("PENDING")]);
      expect(view.state).toBe(BulkState[state]);
      expect(view.results).toBeNull();
    }
  });

  it("lists every receipt's outcome once COMPLETED", () => {
    const view = toBulkSubmissionView(submission("COMPLETED"), [receipt("ISSUED")]);
    expect(view.results).toMatchObject([{ mgtKey: "SUB-1-1", code: 1, success: true }]);
  });
});
