import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";
import { RESULT_COLUMNS, RESULT_HEADERS } from "./columns.js";
import type { RowOutcome, Outcomes } from "./outcomes.js";
import { isIssued } from "./plan.js";
import type { TradeDays } from "./normalize.js";
import { scanFile } from "./scan.js";

/**
 * Pass 3: writes the result file, a UTF-8 CSV (with BOM, so Excel opens the Korean right):
 * every input row with its cells as they were, plus 처리결과(outcome), 국세청승인번호,
 * 오류코드, 오류내용 and 국세청전송결과. Columns of an earlier result file are replaced, so the
 * file can be fixed and imported again: its ISSUED rows are not sent twice.
 */
export async function writeResultFile(
  input: string,
  output: string,
  days: TradeDays,
  outcomes: Outcomes,
): Promise<void> {
  const scan = await scanFile(input, days);
  const resultIndexes = new Set(
    RESULT_COLUMNS.map((c) => scan.columns.index.get(c.field)).filter((i) => i !== undefined),
  );
  const keep = (cells: readonly string[]) =>
    scan.headers
      .map((_, i) => (resultIndexes.has(i) ? undefined : (cells[i] ?? "")))
      .filter((c): c is string => c !== undefined);
  const file = createWriteStream(output);
  const write = async (text: string) => {
    if (!file.write(text)) await once(file, "drain");
  };
  await write("\uFEFF");
  await write(stringify([[...keep(scan.headers), ...RESULT_HEADERS]]));
  for await (const { row, cells } of scan.rows) {
    const outcome =
      outcomes.get(row.rowNumber) ?? earlier(row.previousOutcome, row.previousConfirmNum);
    await write(stringify([[...keep(cells), ...outcomeCells(outcome)]]));
  }
  file.end();
  await once(file, "finish");
}

/** A row a result file marked ISSUED keeps that outcome; others were not sent this time. */
function earlier(outcome: string | undefined, confirmNum: string | undefined): RowOutcome {
  return isIssued(outcome) ? { status: "ISSUED", confirmNum } : { status: "NOT_SENT" };
}

function outcomeCells(o: RowOutcome): string[] {
  return [o.status, o.confirmNum ?? "", o.code ?? "", o.message ?? "", o.filing ?? ""];
}
