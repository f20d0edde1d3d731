import {
  type Chunk,
  type ColumnMap,
  type CsvEncoding,
  type ImportPlan,
  type NormalizedRow,
  Outcomes,
  Planner,
  RESULT_BOM,
  ResultWriter,
  type SheetRow,
  type TradeDays,
  cellText,
  decodeCsv,
  isBlankRow,
  mapColumns,
  normalizeRow,
  parseCsvTextInSlices,
} from "@korbill/cashbill-import";

/** A dropped file's rows, header first. */
export interface SheetFile {
  name: string;
  encoding: CsvEncoding | "xlsx";
  rows: SheetRow[];
}

/**
 * Gives the page a turn once `budgetMs` of work have passed since the last one, so reading and
 * validating thousands of rows never blocks it for long (no long task).
 */
function pacer(budgetMs = 12): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

/** Reads a `.csv` (UTF-8 or CP949, detected) or the first sheet of an `.xlsx`. */
export async function readSheetFile(file: File, pause = pacer()): Promise<SheetFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const lower = file.name.toLowerCase();
  if (lower.endsWith(".xlsx"))
    return { name: file.name, encoding: "xlsx", rows: await xlsxRows(bytes) };
  if (/\.(csv|tsv|txt)$/.test(lower)) {
    const { text, encoding } = decodeCsv(bytes);
    return { name: file.name, encoding, rows: await parseCsvTextInSlices(text, pause) };
  }
  throw new Error(`${file.name}: only .csv and .xlsx files can be imported (.xls: save as .xlsx)`);
}

/** exceljs's browser build, loaded on the first .xlsx only (it is large). */
async function xlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const { default: excel } = await import("exceljs");
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
      cellText(values[i + 1]),
    );
    rows.push({ rowNumber: row.number, cells });
  });
  return rows;
}

/** One data row: as read into a receipt, and its cells as written (for the result file). */
export interface ImportRow {
  row: NormalizedRow;
  cells: string[];
}

/** A file judged before anything is sent: the CLI's plan, with the chunks' rows kept. */
export interface ImportFilePlan {
  file: SheetFile;
  headers: string[];
  columns: ColumnMap;
  rows: ImportRow[];
  plan: ImportPlan;
  chunks: Chunk[];
  /** INVALID rows now; the run adds the others. */
  outcomes: Outcomes;
}

/**
 * Validates a whole file with the CLI's own rules and chunking (@korbill/cashbill-import), so
 * the same file gives the same SubmitIDs here as in `korbill cashbills import`.
 */
export async function planSheet(
  file: SheetFile,
  corpNum: string,
  days: TradeDays,
  pause = pacer(),
): Promise<ImportFilePlan> {
  const [head, ...data] = file.rows;
  const headers = (head?.cells ?? []).map((h) => h.replace(/^\uFEFF/, "").trim());
  const columns = mapColumns(headers);
  const outcomes = new Outcomes();
  const planner = new Planner(headers, columns, corpNum, outcomes);
  const rows: ImportRow[] = [];
  const chunks: Chunk[] = [];
  if (!head) planner.plan.headerProblems.push("the file is empty (no header row)");
  if (!planner.plan.headerProblems.length) {
    for (const raw of data) {
      if (isBlankRow(raw.cells)) continue;
      const row = normalizeRow(raw, columns, days);
      rows.push({ row, cells: raw.cells });
      const chunk = planner.add(row);
      if (chunk) chunks.push(chunk);
      await pause();
    }
    const last = planner.flush();
    if (last) chunks.push(last);
  }
  return { file, headers, columns, rows, plan: planner.plan, chunks, outcomes };
}

/** The result file's text (UTF-8 with BOM), as the CLI writes it. */
export function resultCsv(p: ImportFilePlan): string {
  const writer = new ResultWriter(p.headers, p.columns);
  const parts = [RESULT_BOM, writer.header()];
  for (const { row, cells } of p.rows)
    parts.push(writer.row(row, cells, p.outcomes.get(row.rowNumber)));
  return parts.join("");
}

/** `sales.csv` -> `sales.result.csv`, the CLI's default name. */
export function resultFileName(name: string): string {
  return `${name.replace(/\.[^.]+$/, "")}.result.csv`;
}
