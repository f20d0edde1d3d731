import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KyselyPlugin, RootOperationNode } from "kysely";
import { coreEventsMigrations } from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { cashbillMigrations } from "./migrations.js";
import { CashbillStore, type SubmissionRow } from "./store.js";
import { listSubmissions, summarizeSubmissions } from "./store-history.js";

const CORP = "1234567890";
const OTHER = "6798700433";
const DAY = Date.parse("2026-12-07T00:00:00+09:00");
const NEXT_DAY = DAY + 86_400_000;

function submission(
  corpNum: string,
  submitId: string,
  createdAt: number,
): Omit<SubmissionRow, "stage"> {
  return {
    corpNum,
    submitId,
    keyId: "k",
    userId: null,
    state: "RECORDED",
    digest: "d",
    submitCount: 4,
    receiptId: null,
    txState: null,
    successCount: null,
    failCount: null,
    errorCode: null,
    errorMessage: null,
    attempts: 0,
    nextCheckAt: 0,
    lastPollAt: null,
    createdAt,
    updatedAt: createdAt,
    completedAt: null,
  };
}

/** Four receipts: supply 1000·(i+1), tax a tenth, fee 10 when i = 3; the last a cancellation when asked. */
function body(submitId: string, cancelLast = false): string {
  return JSON.stringify({
    cashbills: Array.from({ length: 4 }, (_, i) => ({
      mgtKey: `${submitId}-${i}`,
      tradeType: cancelLast && i === 3 ? "취소거래" : "승인거래",
      supplyCost: String(1000 * (i + 1)),
      tax: String(100 * (i + 1)),
      serviceFee: i === 3 ? "10" : "0",
      totalAmount: String(1100 * (i + 1) + (i === 3 ? 10 : 0)),
    })),
  });
}

describe.each(await testEngines())("submission history on %s", (engine) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: CashbillStore;
  const ids: string[] = [];

  beforeEach(async () => {
    opened = await openTestDatabase(engine, [...coreEventsMigrations, ...cashbillMigrations]);
    store = new CashbillStore(opened.db, "local");
    ids.length = 0;
    // 12 submissions of the day in groups of 3 sharing one record time (ties on createdAt).
    for (let s = 0; s < 12; s++) {
      const id = `S${String(s).padStart(2, "0")}`;
      ids.push(id);
      const row = submission(CORP, id, DAY + 3_600_000 + Math.floor(s / 3) * 1000);
      await store.recordSubmission(
        row,
        body(id, s === 4),
        JSON.parse(body(id)).cashbills.map((c: { mgtKey: string }) => c.mgtKey),
        0,
      );
    }
    // Outside the day, and another member's: never listed nor counted.
    await store.recordSubmission(
      submission(CORP, "BEFORE", DAY - 1),
      body("BEFORE"),
      ["BEFORE-0"],
      0,
    );
    await store.recordSubmission(
      submission(CORP, "AFTER", NEXT_DAY),
      body("AFTER"),
      ["AFTER-0"],
      0,
    );
    await store.recordSubmission(submission(OTHER, "S05", DAY + 5), body("S05"), ["S05-0"], 0);
    // S01, S04: completed, their receipt 1 refused; S07 FAILED; S10 with a failed filing.
    for (const id of ["S01", "S04", "S10"]) {
      await store.applyResults(
        CORP,
        [0, 1, 2, 3].map((i) => ({
          mgtKey: `${id}-${i}`,
          state: id !== "S10" && i === 1 ? "FAILED" : "ISSUED",
          code: id !== "S10" && i === 1 ? -14001006 : 1,
          message: null,
          confirmNum: null,
          tradeDate: null,
          issueDt: null,
          nextNtsCheckAt: null,
        })),
        0,
      );
      await store.updateSubmission(CORP, id, { state: "COMPLETED" });
    }
    await store.updateReceipt(CORP, "S10-2", { state: "NTS_FAILED" });
    await store.updateSubmission(CORP, "S07", { state: "FAILED" });
  });
  afterEach(() => opened.dispose());

  const window = { corpNum: CORP, fromMs: DAY, toMs: NEXT_DAY };

  it("pages the day newest first, ties by SubmitID, each submission once", async () => {
    const seen: string[] = [];
    let after = null;
    let pages = 0;
    for (;;) {
      const page = await listSubmissions(store, { ...window, first: 5, after });
      pages++;
      seen.push(...page.rows.map((r) => r.submitId));
      if (!page.hasNextPage) break;
      const last = page.rows.at(-1)!;
      after = { createdAt: Number(last.createdAt), submitId: last.submitId };
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it("filters by state and to failures only", async () => {
    const failures = await listSubmissions(store, { ...window, first: 100, failuresOnly: true });
    expect(failures.rows.map((r) => r.submitId)).toEqual(["S10", "S07", "S04", "S01"]);
    const completed = await listSubmissions(store, { ...window, first: 100, state: "COMPLETED" });
    expect(completed.rows.map((r) => r.submitId)).toEqual(["S10", "S04", "S01"]);
    const both = await listSubmissions(store, {
      ...window,
      first: 100,
      state: "FAILED",
      failuresOnly: true,
    });
    expect(both.rows.map((r) => r.submitId)).toEqual(["S07"]);
  });

  it("totals the day: states, outcomes, amounts of issued receipts with cancellations subtracted", async () => {
    const s = await summarizeSubmissions(store, CORP, DAY, NEXT_DAY);
    expect(s.submissions).toBe(12);
    expect(s.submissionsByState).toEqual({
      RECORDED: 8,
      SUBMITTED: 0,
      RECONCILING: 0,
      PROCESSING: 0,
      COMPLETED: 3,
      FAILED: 1,
    });
    expect(s.receipts).toBe(48);
    expect({ issued: s.issued, refused: s.refused, pending: s.pending }).toEqual({
      issued: 10,
      refused: 2,
      pending: 36,
    });
    expect({
      filed: s.filed,
      filingFailed: s.filingFailed,
      cancellations: s.cancellations,
    }).toEqual({
      filed: 0,
      filingFailed: 1,
      cancellations: 1,
    });
    // Issued: S01 and S04 receipts 0, 2, 3 (S04's 3 a cancellation), S10 all four.
    const supply = (i: number) => 1000 * (i + 1);
    expect(s.amounts).toEqual({
      supplyCost: supply(0) + supply(2) + supply(3) + (supply(0) + supply(2) - supply(3)) + 10_000,
      tax: 100 + 300 + 400 + (100 + 300 - 400) + 1000,
      serviceFee: 10 + (0 - 10) + 10,
      totalAmount: 1100 + 3300 + 4410 + (1100 + 3300 - 4410) + 11_010,
    });
    const none = await summarizeSubmissions(store, OTHER, DAY - 86_400_000, DAY);
    expect(none.submissions).toBe(0);
  });
});

describe("submission history on SQLite: query plan", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  const seen: RootOperationNode[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => (seen.push(args.node), args.node),
    transformResult: async (args) => args.result,
  };
  afterEach(() => opened.dispose());

  it("reads one member's window through the history index, without sorting", async () => {
    opened = await openTestDatabase("sqlite", [...coreEventsMigrations, ...cashbillMigrations]);
    const store = new CashbillStore(opened.db.withPlugin(capture), "local");
    for (let s = 0; s < 40; s++)
      await store.recordSubmission(
        submission(s % 2 ? CORP : OTHER, `P${s}`, DAY + s),
        "{}",
        [`P${s}-0`],
        0,
      );
    seen.length = 0;
    const page = await listSubmissions(store, {
      corpNum: CORP,
      fromMs: DAY,
      toMs: NEXT_DAY,
      first: 5,
    });
    expect(page.rows).toHaveLength(5);
    const compiled = opened.db.getExecutor().compileQuery(seen[0]!, { queryId: "plan" });
    const { rows } = await opened.db.executeQuery<{ detail: string }>({
      sql: `explain query plan ${compiled.sql}`,
      parameters: compiled.parameters,
      query: { kind: "RawNode" } as never,
      queryId: { queryId: "plan" },
    });
    const detail = rows.map((r) => r.detail).join("; ");
    expect(detail).toContain("cashbill_submissions_history");
    expect(detail).not.toContain("TEMP B-TREE");
  });
});
