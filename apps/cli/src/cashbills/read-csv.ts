import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { detectEncoding } from "./decode.js";
import { type SheetRow, sniffDelimiter } from "@korbill/cashbill-import";

/**
 * The rows of a CSV file, streamed: the encoding is detected, then iconv-lite decodes (and
 * drops a BOM) and csv-parse splits. The header is row 1, so the first data row is row 2, as
 * a spreadsheet numbers them. Also reads tab-separated files (`;` and `\t` are detected).
 */
export async function* readCsv(path: string): AsyncGenerator<SheetRow> {
  const encoding = await detectEncoding(path);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    delimiter: await sniffFileDelimiter(path, encoding),
  });
  pipeline(createReadStream(path), iconv.decodeStream(encoding), parser, () => {
    // Errors surface from the parser's iterator below.
  });
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    yield { rowNumber, cells: record };
  }
}

/** The header line's delimiter ({@link sniffDelimiter}, shared with the playground). */
async function sniffFileDelimiter(path: string, encoding: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: 4095 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return sniffDelimiter(iconv.decode(Buffer.concat(chunks), encoding).split(/\r?\n/)[0] ?? "");
}
