import {
  type ColumnMap,
  type NormalizedRow,
  type TradeDays,
  isBlankRow,
  mapColumns,
  normalizeRow,
} from "@korbill/cashbill-import";
import { UsageError, readRows } from "./read.js";

export { columnName } from "@korbill/cashbill-import";

/** One data row: as read into a receipt, and its cells as written (for the result file). */
export interface ScannedRow {
  row: NormalizedRow;
  cells: string[];
}

/** The header of a file and a fresh pass over its rows. */
export interface FileScan {
  headers: string[];
  columns: ColumnMap;
  rows: AsyncGenerator<ScannedRow>;
}

/**
 * Opens one streamed pass over a file: reads the header row, then yields every non-blank
 * data row normalized. Each pass re-reads the file, so memory does not grow with its size.
 */
export async function scanFile(path: string, days: TradeDays): Promise<FileScan> {
  const source = readRows(path);
  const first = await source.next();
  if (first.done) throw new UsageError(`${path}: the file is empty (no header row)`);
  const headers = first.value.cells.map((h) => h.replace(/^\uFEFF/, "").trim());
  const columns = mapColumns(headers);
  async function* rows(): AsyncGenerator<ScannedRow> {
    for await (const raw of source) {
      if (isBlankRow(raw.cells)) continue;
      yield { row: normalizeRow(raw, columns, days), cells: raw.cells };
    }
  }
  return { headers, columns, rows: rows() };
}
