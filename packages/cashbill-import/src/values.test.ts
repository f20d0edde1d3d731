import { describe, expect, it } from "vitest";
import { parseAmount, parseEnum, parseTradeAt } from "./values.js";

describe("parseAmount", () => {
  it.each([
    ["12,000", 12000],
    ["12000원", 12000],
    ["₩1,234,567", 1234567],
    [" 1 000 ", 1000],
    ["5000.00", 5000],
    ["0", 0],
  ])("reads %s as %d", (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each(["1,O00", "12.5", "", "abc", "1000000000"])("refuses %s", (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });

  it("says a negative amount must not be negative", () => {
    expect(parseAmount("-1,000")).toEqual({ ok: false, problem: "must not be negative" });
  });
});

describe("parseEnum", () => {
  it("reads Korean spellings and the schema's values", () => {
    expect(parseEnum("tradeType", "승인거래")).toEqual({ ok: true, value: "APPROVAL" });
    expect(parseEnum("tradeType", "취소 거래")).toEqual({ ok: true, value: "CANCEL" });
    expect(parseEnum("tradeUsage", "지출증빙용")).toEqual({ ok: true, value: "EXPENSE_PROOF" });
    expect(parseEnum("tradeUsage", "income_deduction")).toEqual({
      ok: true,
      value: "INCOME_DEDUCTION",
    });
    expect(parseEnum("taxationType", "비과세")).toEqual({ ok: true, value: "TAX_FREE" });
    expect(parseEnum("taxationType", "TAXABLE")).toEqual({ ok: true, value: "TAXABLE" });
  });

  it("lists the allowed values when it cannot read one", () => {
    const parsed = parseEnum("tradeUsage", "소득");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain("소득공제용/INCOME_DEDUCTION");
  });
});

describe("parseTradeAt", () => {
  it.each([
    ["2026-12-07", "2026-12-07T00:00:00+09:00"],
    ["20261207", "2026-12-07T00:00:00+09:00"],
    ["2026.12.07", "2026-12-07T00:00:00+09:00"],
    ["2026/12/07 14:23", "2026-12-07T14:23:00+09:00"],
    ["2026-12-07 14:23:05", "2026-12-07T14:23:05+09:00"],
    ["20261207142305", "2026-12-07T14:23:05+09:00"],
    ["2026-12-07T05:23:05Z", "2026-12-07T14:23:05+09:00"],
  ])("reads %s as Korea time", (text, iso) => {
    expect(parseTradeAt(text)).toEqual({ ok: true, value: iso });
  });

  it.each(["2026-02-30", "07/12/2026", "2026-12-07 25:00", "yesterday"])("refuses %s", (t) => {
    expect(parseTradeAt(t).ok).toBe(false);
  });
});
