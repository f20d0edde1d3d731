import { describe, expect, it } from "vitest";
import { MAX_SMS_BYTES, base64ToBytes, defaultSmsText, printBatches, smsBytes } from "./files.js";

describe("receipt action helpers", () => {
  it("decodes the PDF's base64 to its bytes", () => {
    const bytes = base64ToBytes(Buffer.from("%PDF-1.3\n\u00ff", "latin1").toString("base64"));
    expect(Buffer.from(bytes).toString("latin1")).toBe("%PDF-1.3\n\u00ff");
    expect(base64ToBytes("")).toHaveLength(0);
  });

  it("prints a bulk of 100 on one page and splits a longer list at the upstream's limit", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `K-${i}`);
    expect(printBatches(keys(100)).map((b) => [b.mgtKeys.length, b.part, b.parts])).toEqual([
      [100, 1, 1],
    ]);
    const split = printBatches(keys(250));
    expect(split.map((b) => [b.mgtKeys.length, b.part, b.parts])).toEqual([
      [100, 1, 3],
      [100, 2, 3],
      [50, 3, 3],
    ]);
    expect(split.flatMap((b) => b.mgtKeys)).toEqual(keys(250));
    expect(printBatches([])).toEqual([]);
  });

  it("counts SMS bytes as carriers do and keeps the default text within the limit", () => {
    expect(smsBytes("abc")).toBe(3);
    expect(smsBytes("가나")).toBe(4);
    const longest = defaultSmsText("X".repeat(24));
    expect(smsBytes(longest)).toBeLessThanOrEqual(MAX_SMS_BYTES);
  });
});
