import type { PlannedBulk } from "./receipts.js";

/** A `cashbillEvents` item as the playground selects it. */
export interface CashbillEventView {
  cursor: string;
  type: "BULKRESULT" | "ISSUED" | "NTS_FILED" | "NTS_FAILED";
  submitId: string | null;
  mgtKey: string | null;
  success: boolean | null;
  code: number | null;
  message: string | null;
  confirmNum: string | null;
  ntsResultCode: string | null;
  ntsResultMessage: string | null;
}

/** PENDING until its BULKRESULT; NOT_SENT when its bulk was refused as a whole. */
export type IssueState = "PENDING" | "ISSUED" | "REFUSED" | "NOT_SENT";
/** WAITING once issued, until the National Tax Service answers. */
export type FilingState = "WAITING" | "FILED" | "FAILED";

/** One receipt of the run, as the results table shows it. */
export interface ReceiptRow {
  index: number;
  mgtKey: string;
  submitId: string;
  totalAmount: number;
  issue: IssueState;
  filing: FilingState | null;
  code: number | null;
  confirmNum: string | null;
  /** POPBiLL's or the NTS's message for a refusal or failure. */
  message: string | null;
  ntsResultCode: string | null;
}

/** Counts the run's progress bars and counters show. */
export interface RunCounts {
  total: number;
  issued: number;
  refused: number;
  notSent: number;
  filed: number;
  filingFailed: number;
}

/** A bulk run: its receipts in order, an index by mgtKey and the running counts. */
export interface RunState {
  runId: string;
  rows: readonly ReceiptRow[];
  indexOf: ReadonlyMap<string, number>;
  counts: RunCounts;
}

/** A fresh run with every receipt PENDING. */
export function createRun(runId: string, bulks: readonly PlannedBulk[]): RunState {
  const rows: ReceiptRow[] = bulks.flatMap((bulk) =>
    bulk.cashbills.map((c) => ({
      index: 0,
      mgtKey: c.mgtKey,
      submitId: bulk.submitId,
      totalAmount: c.totalAmount,
      issue: "PENDING" as const,
      filing: null,
      code: null,
      confirmNum: null,
      message: null,
      ntsResultCode: null,
    })),
  );
  rows.forEach((row, i) => (row.index = i + 1));
  const zero = { issued: 0, refused: 0, notSent: 0, filed: 0, filingFailed: 0 };
  return {
    runId,
    rows,
    indexOf: new Map(rows.map((row, i) => [row.mgtKey, i])),
    counts: { total: rows.length, ...zero },
  };
}

/** Whether every receipt has its issuance outcome (issued, refused or not sent). */
export function issuanceDone(counts: RunCounts): boolean {
  return counts.issued + counts.refused + counts.notSent === counts.total;
}

/** Whether every issued receipt has its filing result too. */
export function runDone(counts: RunCounts): boolean {
  return issuanceDone(counts) && counts.filed + counts.filingFailed === counts.issued;
}

/**
 * Applies events in order. Events of other runs are ignored, and a repeated event changes
 * nothing, so the counts stay exact whatever is replayed. Rows that change are new objects;
 * the others keep their identity (the table re-renders only those).
 */
export function applyEvents(state: RunState, events: readonly CashbillEventView[]): RunState {
  let rows: ReceiptRow[] | null = null;
  const counts = { ...state.counts };
  for (const event of events) {
    const at = event.mgtKey === null ? undefined : state.indexOf.get(event.mgtKey);
    if (at === undefined) continue;
    rows ??= [...state.rows];
    const before = rows[at]!;
    const after = nextRow(before, event);
    if (after === before) continue;
    rows[at] = after;
    count(counts, before, -1);
    count(counts, after, +1);
  }
  return rows ? { ...state, rows, counts } : state;
}

/** Marks the receipts of a bulk the gateway refused as a whole (nothing was issued). */
export function markNotSent(state: RunState, submitId: string, message: string): RunState {
  const counts = { ...state.counts };
  const rows = state.rows.map((row) => {
    if (row.submitId !== submitId || row.issue !== "PENDING") return row;
    const after: ReceiptRow = { ...row, issue: "NOT_SENT", message };
    count(counts, row, -1);
    count(counts, after, +1);
    return after;
  });
  return { ...state, rows, counts };
}

/** The issued receipts of each bulk, in order: what "Print all" prints. */
export function issuedByBulk(
  rows: readonly ReceiptRow[],
): { submitId: string; mgtKeys: string[] }[] {
  const bulks = new Map<string, string[]>();
  for (const row of rows) {
    const keys = bulks.get(row.submitId) ?? [];
    if (row.issue === "ISSUED") keys.push(row.mgtKey);
    bulks.set(row.submitId, keys);
  }
  return [...bulks].map(([submitId, mgtKeys]) => ({ submitId, mgtKeys }));
}

function nextRow(row: ReceiptRow, event: CashbillEventView): ReceiptRow {
  switch (event.type) {
    case "BULKRESULT":
    case "ISSUED": {
      // A result outranks a guess: a bulk whose request failed may have been issued after all.
      if (row.issue !== "PENDING" && row.issue !== "NOT_SENT") return row;
      const issued = event.success !== false;
      return {
        ...row,
        issue: issued ? "ISSUED" : "REFUSED",
        filing: issued ? (row.filing ?? "WAITING") : null,
        code: event.code,
        confirmNum: event.confirmNum,
        message: issued ? null : event.message,
      };
    }
    case "NTS_FILED":
    case "NTS_FAILED": {
      const filing = event.type === "NTS_FILED" ? "FILED" : "FAILED";
      if (row.filing === filing) return row;
      return {
        ...row,
        issue: "ISSUED",
        filing,
        confirmNum: row.confirmNum ?? event.confirmNum,
        ntsResultCode: event.ntsResultCode,
        message: filing === "FAILED" ? event.ntsResultMessage : row.message,
      };
    }
    default:
      return row;
  }
}

function count(counts: RunCounts, row: ReceiptRow, delta: number): void {
  if (row.issue === "ISSUED") counts.issued += delta;
  if (row.issue === "REFUSED") counts.refused += delta;
  if (row.issue === "NOT_SENT") counts.notSent += delta;
  if (row.filing === "FILED") counts.filed += delta;
  if (row.filing === "FAILED") counts.filingFailed += delta;
}
