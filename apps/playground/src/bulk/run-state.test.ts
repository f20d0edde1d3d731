import { describe, expect, it } from "vitest";
import { planBulks } from "./receipts.js";
import {
  type CashbillEventView,
  applyEvents,
  createRun,
  issuanceDone,
  issuedByBulk,
  markNotSent,
  runDone,
} from "./run-state.js";

let cursor = 0;
function event(
  type: CashbillEventView["type"],
  mgtKey: string,
  more: Partial<CashbillEventView> = {},
) {
  return {
    cursor: String(++cursor),
    type,
    submitId: null,
    mgtKey,
    success: true,
    code: 1,
    message: null,
    confirmNum: `TB${mgtKey}`,
    ntsResultCode: null,
    ntsResultMessage: null,
    ...more,
  } satisfies CashbillEventView;
}

const fresh = () => createRun("R", planBulks("R", 3));

describe("a bulk run's state", () => {
  it("starts with every receipt pending", () => {
    const run = fresh();
    expect(run.rows.map((r) => [r.index, r.mgtKey, r.issue])).toEqual([
      [1, "R-0", "PENDING"],
      [2, "R-1", "PENDING"],
      [3, "R-2", "PENDING"],
    ]);
    expect(issuanceDone(run.counts)).toBe(false);
  });

  it("counts BULKRESULTs, then filing results, until the run is done", () => {
    let run = applyEvents(fresh(), [
      event("BULKRESULT", "R-0"),
      event("BULKRESULT", "R-1"),
      event("BULKRESULT", "R-2", { success: false, code: -14001006, message: "거부" }),
    ]);
    expect(run.counts).toMatchObject({ issued: 2, refused: 1, filed: 0 });
    expect(issuanceDone(run.counts)).toBe(true);
    expect(runDone(run.counts)).toBe(false);
    run = applyEvents(run, [
      event("NTS_FILED", "R-0", { ntsResultCode: "0000" }),
      event("NTS_FAILED", "R-1", { ntsResultCode: "TS1", ntsResultMessage: "식별번호 오류" }),
    ]);
    expect(run.counts).toMatchObject({ issued: 2, refused: 1, filed: 1, filingFailed: 1 });
    expect(runDone(run.counts)).toBe(true);
    expect(run.rows[1]).toMatchObject({ filing: "FAILED", message: "식별번호 오류" });
    expect(run.rows[2]).toMatchObject({ issue: "REFUSED", filing: null, code: -14001006 });
  });

  it("changes nothing for a repeated event or another run's receipt", () => {
    const once = applyEvents(fresh(), [event("BULKRESULT", "R-0"), event("NTS_FILED", "R-0")]);
    const again = applyEvents(once, [
      event("BULKRESULT", "R-0"),
      event("NTS_FILED", "R-0"),
      event("BULKRESULT", "OTHER-0"),
    ]);
    expect(again.counts).toEqual(once.counts);
    expect(again.rows[0]).toBe(once.rows[0]);
  });

  it("replaces only the rows that changed", () => {
    const before = fresh();
    const after = applyEvents(before, [event("BULKRESULT", "R-1")]);
    expect(after.rows[0]).toBe(before.rows[0]);
    expect(after.rows[1]).not.toBe(before.rows[1]);
  });

  it("treats a filing result as proof of issue when its BULKRESULT was missed", () => {
    const run = applyEvents(fresh(), [event("NTS_FILED", "R-2")]);
    expect(run.rows[2]).toMatchObject({ issue: "ISSUED", filing: "FILED" });
    expect(run.counts).toMatchObject({ issued: 1, filed: 1 });
  });

  it("marks the receipts of a refused bulk as not sent", () => {
    const run = markNotSent(fresh(), "R-B0", "CONFLICT");
    expect(run.counts).toMatchObject({ notSent: 3 });
    expect(issuanceDone(run.counts)).toBe(true);
    expect(runDone(run.counts)).toBe(true);
  });

  it("lets a late result overrule a receipt marked not sent", () => {
    const run = applyEvents(markNotSent(fresh(), "R-B0", "CLIENT_ERROR"), [
      event("BULKRESULT", "R-1"),
    ]);
    expect(run.counts).toMatchObject({ notSent: 2, issued: 1 });
    expect(run.rows[1]).toMatchObject({ issue: "ISSUED", message: null });
  });

  it("lists each bulk's issued receipts, for printing a bulk at once", () => {
    const run = applyEvents(createRun("R", planBulks("R", 103)), [
      event("BULKRESULT", "R-0"),
      event("BULKRESULT", "R-1", { success: false }),
      event("BULKRESULT", "R-101"),
    ]);
    expect(issuedByBulk(run.rows)).toEqual([
      { submitId: "R-B0", mgtKeys: ["R-0"] },
      { submitId: "R-B1", mgtKeys: ["R-101"] },
    ]);
  });
});
