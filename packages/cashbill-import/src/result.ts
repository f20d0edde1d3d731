import { stringify } from "csv-stringify/browser/esm/sync";
import { type ColumnMap, RESULT_COLUMNS, RESULT_HEADERS } from "./columns.js";
import type { RowOutcome } from "./outcomes.js";
import { isIssued } from "./plan.js";
import type { NormalizedRow } from "./normalize.js";

/**
 * The result file's rows, one line of CSV each: every input row with its cells as they were,
 * plus 처리결과(outcome), 국세청승인번호, 오류코드, 오류내용 and 국세청전송결과. Columns of an
 * earlier result file are replaced, so the file can be fixed and imported again: its ISSUED
 * rows are not sent twice. The file is UTF-8 with a BOM ({@link RESULT_BOM}), so Excel opens
 * the Korean right.
 */
export class ResultWriter {
  readonly #keepIndexes: number[];

  constructor(
    private readonly headers: readonly string[],
    columns: ColumnMap,
  ) {
    const resultIndexes = new Set(
      RESULT_COLUMNS.map((c) => columns.index.get(c.field)).filter((i) => i !== undefined),
    );
    this.#keepIndexes = headers.map((_, i) => i).filter((i) => !resultIndexes.has(i));
  }

  /** The header line. */
  header(): string {
    return stringify([[...this.#keep(this.headers), ...RESULT_HEADERS]]);
  }

  /** One row's line: its outcome now, else what an earlier result file said. */
  row(row: NormalizedRow, cells: readonly string[], outcome: RowOutcome | undefined): string {
    const o = outcome ?? earlier(row.previousOutcome, row.previousConfirmNum);
    return stringify([[...this.#keep(cells), ...outcomeCells(o)]]);
  }

  #keep(cells: readonly string[]): string[] {
    return this.#keepIndexes.map((i) => cells[i] ?? "");
  }
}

/** The byte-order mark the result file starts with. */
export const RESULT_BOM = "\uFEFF";

/** A row a result file marked ISSUED keeps that outcome; others were not sent this time. */
function earlier(outcome: string | undefined, confirmNum: string | undefined): RowOutcome {
  return isIssued(outcome) ? { status: "ISSUED", confirmNum } : { status: "NOT_SENT" };
}

function outcomeCells(o: RowOutcome): string[] {
  return [o.status, o.confirmNum ?? "", o.code ?? "", o.message ?? "", o.filing ?? ""];
}
