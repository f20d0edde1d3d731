import { type Chunk, Chunker } from "./chunks.js";
import { type ColumnMap, type InputField, columnLabel } from "./columns.js";
import type { NormalizedRow } from "./normalize.js";
import type { Outcomes } from "./outcomes.js";

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
 * Judges a file's rows one by one, in file order: the schema's rules (already in each
 * {@link NormalizedRow}), plus mgtKeys unique in the file; groups the sendable rows into
 * chunks with their SubmitIDs. The CLI streams a file through it; the playground feeds it the
 * rows it holds. Each invalid row's problems also go to `outcomes` (as INVALID).
 */
export class Planner {
  readonly plan: ImportPlan;
  readonly #chunker: Chunker;
  readonly #firstRowOf = new Map<string, number>();

  constructor(
    headers: string[],
    private readonly columns: ColumnMap,
    corpNum: string,
    private readonly outcomes?: Outcomes,
  ) {
    this.#chunker = new Chunker(corpNum);
    this.plan = {
      headers,
      ignoredColumns: columns.ignored,
      headerProblems: columns.problems,
      rows: 0,
      errors: [],
      errorCount: 0,
      invalidRows: new Set(),
      alreadyIssued: 0,
      chunks: [],
      toSend: 0,
      totalAmount: 0,
    };
  }

  /** Judges one row; returns a chunk once it is full (its rows all valid and not issued). */
  add(row: NormalizedRow): Chunk | undefined {
    const plan = this.plan;
    plan.rows += 1;
    for (const p of row.problems) this.#error(row.rowNumber, p.field, p.message);
    const key = row.input.mgtKey?.toUpperCase();
    if (key) {
      const first = this.#firstRowOf.get(key);
      if (first === undefined) this.#firstRowOf.set(key, row.rowNumber);
      else this.#error(row.rowNumber, "mgtKey", `duplicates row ${first} (${row.input.mgtKey})`);
    }
    if (plan.invalidRows.has(row.rowNumber)) return undefined;
    if (isIssued(row.previousOutcome)) {
      plan.alreadyIssued += 1;
      return undefined;
    }
    return this.#take(this.#chunker.add(row));
  }

  /** The last, smaller chunk. */
  flush(): Chunk | undefined {
    return this.#take(this.#chunker.flush());
  }

  #take(chunk: Chunk | undefined): Chunk | undefined {
    if (!chunk) return undefined;
    this.plan.chunks.push({
      index: chunk.index,
      submitId: chunk.submitId,
      rowNumbers: chunk.rows.map((r) => r.rowNumber),
    });
    this.plan.toSend += chunk.rows.length;
    for (const r of chunk.rows) this.plan.totalAmount += r.input.totalAmount;
    return chunk;
  }

  #error(rowNumber: number, field: InputField, message: string): void {
    const plan = this.plan;
    plan.invalidRows.add(rowNumber);
    plan.errorCount += 1;
    const column = columnName(this.columns, field);
    if (plan.errors.length < MAX_ERRORS) plan.errors.push({ rowNumber, column, message });
    const before = this.outcomes?.get(rowNumber)?.message;
    const text = `${column}: ${message}`;
    this.outcomes?.set(rowNumber, {
      status: "INVALID",
      code: "BAD_USER_INPUT",
      message: before ? `${before}; ${text}` : text,
    });
  }
}

/** A result file's outcome that means the receipt exists (not sent again). */
export function isIssued(outcome: string | undefined): boolean {
  return outcome === "ISSUED" || outcome === "발급완료";
}

/** How an error names a column: the file's own header with the field, e.g. `공급가액 (supplyCost)`. */
export function columnName(columns: ColumnMap, field: InputField): string {
  const header = columns.header.get(field);
  if (header) return header === field ? field : `${header} (${field})`;
  if (field === "mgtKey" && columns.header.has("orderNumber")) {
    return `${columns.header.get("orderNumber")} (mgtKey)`;
  }
  return columnLabel(field);
}
