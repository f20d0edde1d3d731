import type ExcelJS from "exceljs";
import { type SheetRow, cellText } from "@korbill/cashbill-import";

export { cellText };

/**
 * The rows of the first worksheet of an `.xlsx`, streamed with exceljs's WorkbookReader (rows
 * are parsed as they are read, not loaded as a whole workbook). Every cell becomes text:
 * numbers as written, dates as `yyyy-MM-dd HH:mm:ss` (Excel stores wall-clock time, read as
 * Korea time), formulas as their cached result.
 */
export async function* readXlsx(path: string): AsyncGenerator<SheetRow> {
  // Loaded on first use: exceljs takes a while to load, and CSV imports do not need it.
  const { default: excel } = await import("exceljs");
  const reader = new excel.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      // `values` is 1-based (index 0 is empty).
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
        cellText(values[i + 1]),
      );
      yield { rowNumber: row.number, cells };
    }
    return; // only the first worksheet
  }
}
