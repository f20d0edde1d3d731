import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { detectEncoding } from "./decode.js";
import { readCsv } from "./read-csv.js";

const dir = mkdtempSync(join(tmpdir(), "korbill-decode-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(path: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const row of readCsv(path)) out.push(row.cells);
  return out;
}

describe("CSV encodings", () => {
  const text = '고객명,상품명\r\n홍길동,"아메리카노, 라떼"\r\n';

  it("reads UTF-8 without a BOM", async () => {
    const path = join(dir, "plain.csv");
    writeFileSync(path, text);
    expect(await detectEncoding(path)).toBe("utf8");
    expect(await rows(path)).toEqual([
      ["고객명", "상품명"],
      ["홍길동", "아메리카노, 라떼"],
    ]);
  });

  it("reads UTF-8 with a BOM and drops it", async () => {
    const path = join(dir, "bom.csv");
    writeFileSync(path, "\uFEFF" + text);
    expect((await rows(path))[0]).toEqual(["고객명", "상품명"]);
  });

  it("detects CP949 (EUC-KR) and decodes it", async () => {
    const path = join(dir, "cp949.csv");
    writeFileSync(path, iconv.encode(text, "cp949"));
    expect(await detectEncoding(path)).toBe("cp949");
    expect(await rows(path)).toEqual([
      ["고객명", "상품명"],
      ["홍길동", "아메리카노, 라떼"],
    ]);
  });

  it("reads tab-separated text", async () => {
    const path = join(dir, "tabs.txt");
    writeFileSync(path, "고객명\t상품명\n홍길동\t도서\n");
    expect(await rows(path)).toEqual([
      ["고객명", "상품명"],
      ["홍길동", "도서"],
    ]);
  });
});
