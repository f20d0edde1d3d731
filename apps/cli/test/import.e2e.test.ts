import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningGateway, importFile, receiptsCsv, startGateway, tempDir } from "./gateway.js";

let gw: RunningGateway;
const tmp = tempDir();

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
  tmp.remove();
});

/** The result file's rows as objects keyed by header. */
function resultRows(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true }) as Record<string, string>[];
}

describe("korbill cashbills import", () => {
  it("issues every row of a Korean CSV, in bulks of 100, and writes the result file", async () => {
    const file = join(tmp.dir, "day.csv");
    writeFileSync(file, receiptsCsv(150, "A"));
    const run = await importFile(gw, file);
    expect(run.stderr, run.stdout).toBe("");
    expect(run.code, run.stdout).toBe(0);
    expect(gw.bulkIssues()).toBe(2);
    const issued = await gw.issuances();
    expect(issued.size).toBe(150);
    expect([...issued.values()].every((n) => n === 1)).toBe(true);
    const summary = run.events.find((e) => e.event === "summary");
    expect(summary).toMatchObject({ issued: 150, refused: 0, invalid: 0, notSent: 0 });
    const rows = resultRows(join(tmp.dir, "day.result.csv"));
    expect(rows).toHaveLength(150);
    expect(rows[0]).toMatchObject({ 주문번호: "A-1", "처리결과(outcome)": "ISSUED" });
    expect(rows.every((r) => /^\w{9}$/.test(r["국세청승인번호(confirmNum)"]!))).toBe(true);
  });
});
