import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { type Outcomes, RESULT_BOM, ResultWriter, type TradeDays } from "@korbill/cashbill-import";
import { scanFile } from "./scan.js";

/**
 * Pass 3: writes the result file (see {@link ResultWriter}: the input rows plus outcome,
 * confirm number, error code and message, filing), streamed, so it can be fixed and imported
 * again.
 */
export async function writeResultFile(
  input: string,
  output: string,
  days: TradeDays,
  outcomes: Outcomes,
): Promise<void> {
  const scan = await scanFile(input, days);
  const writer = new ResultWriter(scan.headers, scan.columns);
  const file = createWriteStream(output);
  const write = async (text: string) => {
    if (!file.write(text)) await once(file, "drain");
  };
  await write(RESULT_BOM);
  await write(writer.header());
  for await (const { row, cells } of scan.rows) {
    await write(writer.row(row, cells, outcomes.get(row.rowNumber)));
  }
  file.end();
  await once(file, "finish");
}
