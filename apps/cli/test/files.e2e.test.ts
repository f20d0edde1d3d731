import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKorbill } from "../src/run.js";
import {
  DEMO_KEYS,
  type RunningGateway,
  kstToday,
  receiptsCsv,
  startGateway,
  tempDir,
} from "./gateway.js";

let gw: RunningGateway;
const tmp = tempDir();

beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
  tmp.remove();
});

/** Runs `korbill cashbills import FILE ...` in this process, collecting its JSON lines. */
async function importHere(file: string, ...flags: string[]) {
  let stdout = "";
  const errors: string[] = [];
  const code = await runKorbill(
    ["cashbills", "import", file, "--url", gw.graphqlUrl, "--key", DEMO_KEYS.member, ...flags],
    {},
    new AbortController().signal,
    { write: (t) => void (stdout += t), error: (l) => void errors.push(l), isTTY: false },
  );
  const events = stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, events, errors, of: (name: string) => events.filter((e) => e.event === name) };
}

function resultRows(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true }) as Record<string, string>[];
}

const OUTCOME = "처리결과(outcome)";

describe("file formats", () => {
  it("reads a CP949 (EUC-KR) CSV as Korean Excel saves it", async () => {
    const file = join(tmp.dir, "cp949.csv");
    writeFileSync(file, iconv.encode(receiptsCsv(3, "CP"), "cp949"));
    const run = await importHere(file);
    expect(run.code, JSON.stringify(run.events)).toBe(0);
    const rows = resultRows(join(tmp.dir, "cp949.result.csv"));
    expect(rows.map((r) => [r["고객명"], r[OUTCOME]])).toEqual([
      ["홍길동", "ISSUED"],
      ["홍길동", "ISSUED"],
      ["홍길동", "ISSUED"],
    ]);
    expect((await gw.issuances()).get("CP-2")).toBe(1);
  });

  it("reads an .xlsx with English headers, numeric amounts and a date cell", async () => {
    const file = join(tmp.dir, "day.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("sales");
    sheet.addRow([
      "tradeAt",
      "tradeType",
      "tradeUsage",
      "taxationType",
      "supplyCost",
      "tax",
      "totalAmount",
      "identityNum",
      "mgtKey",
    ]);
    const [y, m, d] = kstToday().split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d)); // midnight KST today: never in the future
    sheet.addRow([
      date,
      "APPROVAL",
      "EXPENSE_PROOF",
      "TAXABLE",
      20000,
      2000,
      22000,
      "1234567890",
      "X-1",
    ]);
    sheet.addRow([date, "승인거래", "소득공제용", "비과세", 5000, 0, 5000, "010-000-1234", "X-2"]);
    await workbook.xlsx.writeFile(file);
    const run = await importHere(file);
    expect(run.code, JSON.stringify(run.events)).toBe(0);
    expect(run.of("summary")[0]).toMatchObject({ issued: 2 });
    const issued = await gw.issuances();
    expect([issued.get("X-1"), issued.get("X-2")]).toEqual([1, 1]);
  });
});

describe("document numbers the gateway already knows", () => {
  it("counts a row issued by an earlier file as issued, and sends the rest of its bulk", async () => {
    const first = join(tmp.dir, "first.csv");
    writeFileSync(first, receiptsCsv(2, "KN"));
    expect((await importHere(first)).code).toBe(0);
    // A second file repeats KN-2 (its bulk differs, so its SubmitID does) and adds KN-3.
    const second = join(tmp.dir, "second.csv");
    const lines = receiptsCsv(3, "KN").split("\r\n");
    writeFileSync(second, [lines[0], lines[2], lines[3], ""].join("\r\n"));
    const run = await importHere(second);
    expect(run.code, JSON.stringify(run.events)).toBe(0);
    const rows = resultRows(join(tmp.dir, "second.result.csv"));
    expect(rows.map((r) => [r["주문번호"], r[OUTCOME], r["오류내용(errorMessage)"]])).toEqual([
      ["KN-2", "ISSUED", "issued earlier"],
      ["KN-3", "ISSUED", ""],
    ]);
    const issued = await gw.issuances();
    expect([issued.get("KN-2"), issued.get("KN-3")]).toEqual([1, 1]);
  });
});

describe("validation before sending", () => {
  const bad = () => {
    const lines = receiptsCsv(4, "BAD").split("\r\n");
    lines[2] = lines[2]!.replace('"1,010"', '"1,O10"'); // row 3: a letter O in the amount
    lines[3] = lines[3]!.replace("소득공제용", "소득"); // row 4: unknown usage
    lines[4] = lines[4]!.replace("BAD-4", "BAD-1"); // row 5: duplicate document number
    return lines.join("\r\n");
  };

  it("reports every bad row by row number and column, and sends nothing", async () => {
    const file = join(tmp.dir, "bad.csv");
    writeFileSync(file, bad());
    const before = gw.bulkIssues();
    const run = await importHere(file);
    expect(run.code).toBe(3);
    expect(run.of("invalid").map((e) => [e.rowNumber, e.column])).toEqual([
      [3, "공급가액 (supplyCost)"],
      [4, "용도 (tradeUsage)"],
      [5, "주문번호 (mgtKey)"],
    ]);
    expect(String(run.of("invalid")[2]!.message)).toContain("duplicates row 2");
    expect(gw.bulkIssues()).toBe(before);
    const rows = resultRows(join(tmp.dir, "bad.result.csv"));
    expect(rows.map((r) => r[OUTCOME])).toEqual(["NOT_SENT", "INVALID", "INVALID", "INVALID"]);
  });

  it("with --skip-invalid sends the valid rows; the fixed result file sends only the fixed rows", async () => {
    const file = join(tmp.dir, "skip.csv");
    writeFileSync(file, bad().replaceAll("BAD-", "SK-"));
    const run = await importHere(file, "--skip-invalid");
    expect(run.code).toBe(1);
    expect(run.of("summary")[0]).toMatchObject({ issued: 1, invalid: 3 });
    const result = join(tmp.dir, "skip.result.csv");
    // The operator fixes the three rows in the result file and imports it again.
    const fixed = readFileSync(result, "utf8")
      .replace('"1,O10"', '"1,010"')
      .replace(",소득,", ",소득공제용,")
      .replace(/SK-1(,INVALID)/, "SK-5$1");
    writeFileSync(result, fixed);
    const before = gw.bulkIssues();
    const again = await importHere(result, "--result", join(tmp.dir, "skip.again.csv"));
    expect(again.code, JSON.stringify(again.events)).toBe(0);
    expect(again.of("plan")[0]).toMatchObject({ alreadyIssued: 1, receipts: 3 });
    expect(gw.bulkIssues()).toBe(before + 1);
    const rows = resultRows(join(tmp.dir, "skip.again.csv"));
    expect(rows.map((r) => r[OUTCOME])).toEqual(["ISSUED", "ISSUED", "ISSUED", "ISSUED"]);
    const issued = await gw.issuances();
    expect(["SK-1", "SK-2", "SK-3", "SK-5"].map((k) => issued.get(k))).toEqual([1, 1, 1, 1]);
  });

  it("--dry-run prints rows, bulks and points against the balance, and sends nothing", async () => {
    const file = join(tmp.dir, "dry.csv");
    writeFileSync(file, receiptsCsv(120, "DRY"));
    const before = gw.bulkIssues();
    const run = await importHere(file, "--dry-run");
    expect(run.code).toBe(0);
    const plan = run.of("plan")[0]!;
    expect(plan).toMatchObject({ rows: 120, receipts: 120, bulks: 2, bulksRecordedEarlier: 0 });
    expect(plan.unitCost).toBeGreaterThan(0);
    expect(plan.pointsNeeded).toBe(Math.ceil(120 * (plan.unitCost as number)));
    expect(typeof plan.balance).toBe("number");
    expect(gw.bulkIssues()).toBe(before);
  });

  it("sends nothing when the member's points cannot pay for the receipts", async () => {
    const file = join(tmp.dir, "poor.csv");
    writeFileSync(file, receiptsCsv(3, "POOR"));
    await gw.setPoints(20);
    try {
      const before = gw.bulkIssues();
      const run = await importHere(file);
      expect(run.code).toBe(4);
      expect(String(run.of("points")[0]?.message)).toMatch(/^not enough points: 3 receipts/);
      expect(gw.bulkIssues()).toBe(before);
    } finally {
      await gw.setPoints(1_000_000);
    }
  });
});
