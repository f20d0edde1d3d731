import { type ColumnMap, type InputField, columnLabel, mapColumns } from "./columns.js";
import { type NormalizedRow, type TradeDays, isBlankRow, normalizeRow } from "./normalize.js";
import { UsageError, readRows } from "./read.js";

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

/** How an error names a column: the file's own header with the field, e.g. `공급가액 (supplyCost)`. */
export function columnName(columns: ColumnMap, field: InputField): string {
  const header = columns.header.get(field);
  if (header) return header === field ? field : `${header} (${field})`;
  if (field === "mgtKey" && columns.header.has("orderNumber")) {
    return `${columns.header.get("orderNumber")} (mgtKey)`;
  }
  return columnLabel(field);
}
