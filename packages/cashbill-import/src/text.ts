// The browser builds (Buffer polyfilled in): the same code runs in the CLI and the playground.
import { parse as parseStream } from "csv-parse/browser/esm";
import { parse } from "csv-parse/browser/esm/sync";
import type { SheetRow } from "./normalize.js";

/** The text encodings a CSV may come in. */
export type CsvEncoding = "utf8" | "cp949";

/**
 * Decodes a whole CSV file held in memory (the playground's dropped file): UTF-8 when it is
 * strict UTF-8, else CP949 (what Korean Excel writes for "CSV"), the same rule as the CLI's
 * streamed detection. The WHATWG `euc-kr` decoder of browsers (and Node) is CP949
 * (windows-949). A BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf8" };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { text: new TextDecoder("euc-kr").decode(bytes), encoding: "cp949" };
  }
}

/** `,` unless the header line has more tabs or semicolons than commas. */
export function sniffDelimiter(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  const best = [",", "\t", ";"].sort((a, b) => count(b) - count(a))[0];
  return best && count(best) > 0 ? best : ",";
}

/** The options the CLI's streamed csv-parse uses too, so both read a file alike. */
function csvParseOptions(firstLine: string) {
  return {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    delimiter: sniffDelimiter(firstLine),
  } as const;
}

/** The rows of a CSV's text, header first as row 1 (as a spreadsheet numbers them). */
export function parseCsvText(text: string): SheetRow[] {
  const firstLine = text.slice(0, 4096).split(/\r?\n/)[0] ?? "";
  const records: string[][] = parse(text, csvParseOptions(firstLine));
  return records.map((cells, i) => ({ rowNumber: i + 1, cells }));
}

/**
 * {@link parseCsvText} in slices of `sliceChars`, awaiting `pause()` between them, so a page
 * stays responsive (no long task) while a 10,000-row file is read.
 */
export async function parseCsvTextInSlices(
  text: string,
  pause: () => Promise<void>,
  sliceChars = 8192,
): Promise<SheetRow[]> {
  const firstLine = text.slice(0, 4096).split(/\r?\n/)[0] ?? "";
  const parser = parseStream(csvParseOptions(firstLine));
  const rows: SheetRow[] = [];
  parser.on("data", (cells: string[]) => rows.push({ rowNumber: rows.length + 1, cells }));
  const done = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", reject);
  });
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + sliceChars, text.length);
    // Never split a surrogate pair (an emoji in a product name) between two slices.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    parser.write(text.slice(start, end));
    start = end;
    await pause();
  }
  parser.end();
  await done;
  return rows;
}

/** One spreadsheet cell's value as the text a CSV export of it would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  if (typeof value === "object") {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return "";
  }
  return String(value);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
