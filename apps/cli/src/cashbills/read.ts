import { extname } from "node:path";
import type { SheetRow } from "@korbill/cashbill-import";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** The rows of a `.csv` (or `.txt`/`.tsv`) or `.xlsx` file, header first, streamed. */
export function readRows(path: string): AsyncGenerator<SheetRow> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return readXlsx(path);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return readCsv(path);
  throw new UsageError(`${path}: only .csv and .xlsx files can be imported (.xls: save as .xlsx)`);
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
