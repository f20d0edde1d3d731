import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsvText, parseCsvTextInSlices } from "./text.js";

// "거래일자,공급가액\r\n2026-12-07,\"1,000\"\r\n" as Korean Excel writes it (CP949).
const CP949 = new Uint8Array([
  0xb0,
  0xc5,
  0xb7,
  0xa1,
  0xc0,
  0xcf,
  0xc0,
  0xda,
  0x2c,
  0xb0,
  0xf8,
  0xb1,
  0xde,
  0xb0,
  0xa1,
  0xbe,
  0xd7,
  0x0d,
  0x0a,
  ...new TextEncoder().encode('2026-12-07,"1,000"\r\n'),
]);

describe("decodeCsv / parseCsvText", () => {
  it("reads a CP949 file as Korean Excel wrote it", () => {
    const { text, encoding } = decodeCsv(CP949);
    expect(encoding).toBe("cp949");
    expect(parseCsvText(text)).toEqual([
      { rowNumber: 1, cells: ["거래일자", "공급가액"] },
      { rowNumber: 2, cells: ["2026-12-07", "1,000"] },
    ]);
  });

  it("reads UTF-8 with a BOM, and tab-separated text", () => {
    const bytes = new TextEncoder().encode("\uFEFF용도\t공급가액\n소득공제\t1000\n");
    const { text, encoding } = decodeCsv(bytes);
    expect(encoding).toBe("utf8");
    expect(parseCsvText(text).map((r) => r.cells)).toEqual([
      ["용도", "공급가액"],
      ["소득공제", "1000"],
    ]);
  });

  it("reads the same rows in small slices as at once (quotes and Korean across slices)", async () => {
    const lines = ["문서번호,상품명,공급가액"];
    for (let i = 1; i <= 50; i++) lines.push(`K-${i},"아메리카노, 큰 것 😀","1,${i}00"`);
    const text = lines.join("\r\n");
    const sliced = await parseCsvTextInSlices(text, () => Promise.resolve(), 7);
    expect(sliced).toEqual(parseCsvText(text));
    expect(sliced).toHaveLength(51);
  });
});
