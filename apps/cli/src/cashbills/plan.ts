import { type Chunk, Chunker } from "./chunks.js";
import type { InputField } from "./columns.js";
import type { TradeDays } from "./normalize.js";
import type { Outcomes } from "./outcomes.js";
import { columnName, scanFile } from "./scan.js";

/** A problem with one cell: row number as the spreadsheet shows it, and the column. */
export interface RowError {
  rowNumber: number;
  column: string;
  message: string;
}

/** What a chunk will send, without its rows (those are read again when it is sent). */
export interface ChunkSummary {
  index: number;
  submitId: string;
  rowNumbers: number[];
}

/** The whole file judged before anything is sent. */
export interface ImportPlan {
  headers: string[];
  ignoredColumns: string[];
  /** Problems with the header row (nothing can be sent). */
  headerProblems: string[];
  /** Data rows (blank rows are skipped). */
  rows: number;
  /** The first {@link MAX_ERRORS} cell problems; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
  invalidRows: Set<number>;
  /** Rows a result file marks ISSUED: not sent again. */
  alreadyIssued: number;
  chunks: ChunkSummary[];
  /** Receipts in the chunks, and their total in KRW. */
  toSend: number;
  totalAmount: number;
}

/** Errors kept for display; the rest are counted (a wrong file can have one per cell). */
export const MAX_ERRORS = 1000;

/**
 * Pass 1: reads the whole file, validates every row (the schema's rules, plus mgtKeys unique
 * in the file) and groups the sendable rows into chunks with their SubmitIDs. Keeps only
 * row numbers and errors, never the rows. Each invalid row's problems also go to `outcomes`
 * (as INVALID), for the result file.
 */
export async function planImport(
  path: string,
  corpNum: string,
  days: TradeDays,
  outcomes?: Outcomes,
): Promise<ImportPlan> {
  const scan = await scanFile(path, days);
  const plan: ImportPlan = {
    headers: scan.headers,
    ignoredColumns: scan.columns.ignored,
    headerProblems: scan.columns.problems,
    rows: 0,
    errors: [],
    errorCount: 0,
    invalidRows: new Set(),
    alreadyIssued: 0,
    chunks: [],
    toSend: 0,
    totalAmount: 0,
  };
  if (plan.headerProblems.length) return plan;
  const addError = (rowNumber: number, field: InputField, message: string) => {
    plan.invalidRows.add(rowNumber);
    plan.errorCount += 1;
    const column = columnName(scan.columns, field);
    if (plan.errors.length < MAX_ERRORS) plan.errors.push({ rowNumber, column, message });
    const before = outcomes?.get(rowNumber)?.message;
    const text = `${column}: ${message}`;
    outcomes?.set(rowNumber, {
      status: "INVALID",
      code: "BAD_USER_INPUT",
      message: before ? `${before}; ${text}` : text,
    });
  };
  const firstRowOf = new Map<string, number>();
  const chunker = new Chunker(corpNum);
  const take = (chunk: Chunk | undefined) => {
    if (!chunk) return;
    plan.chunks.push({
      index: chunk.index,
      submitId: chunk.submitId,
      rowNumbers: chunk.rows.map((r) => r.rowNumber),
    });
    plan.toSend += chunk.rows.length;
    for (const r of chunk.rows) plan.totalAmount += r.input.totalAmount;
  };
  for await (const { row } of scan.rows) {
    plan.rows += 1;
    for (const p of row.problems) addError(row.rowNumber, p.field, p.message);
    const key = row.input.mgtKey?.toUpperCase();
    if (key) {
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, row.rowNumber);
      else addError(row.rowNumber, "mgtKey", `duplicates row ${first} (${row.input.mgtKey})`);
    }
    if (plan.invalidRows.has(row.rowNumber)) continue;
    if (isIssued(row.previousOutcome)) plan.alreadyIssued += 1;
    else take(chunker.add(row));
  }
  take(chunker.flush());
  return plan;
}

/** A result file's outcome that means the receipt exists (not sent again). */
export function isIssued(outcome: string | undefined): boolean {
  return outcome === "ISSUED" || outcome === "발급완료";
}
