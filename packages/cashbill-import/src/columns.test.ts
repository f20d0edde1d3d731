import { describe, expect, it } from "vitest";
import { headerKey, mapColumns } from "./columns.js";

describe("mapColumns", () => {
  it("finds Korean and English headers, ignoring case, spaces and a unit in brackets", () => {
    const map = mapColumns([
      "\uFEFF거래일자",
      "용도",
      "공급가액(원)",
      "Tax",
      "식별 번호",
      "문서번호",
      "점포코드",
    ]);
    expect(Object.fromEntries(map.index)).toEqual({
      tradeAt: 0,
      tradeUsage: 1,
      supplyCost: 2,
      tax: 3,
      identityNum: 4,
      mgtKey: 5,
    });
    expect(map.ignored).toEqual(["점포코드"]);
    expect(map.problems).toEqual([]);
  });

  it("names missing required columns and columns that mean the same field", () => {
    const map = mapColumns(["용도", "부가세", "세액"]);
    expect(map.problems).toEqual([
      "columns 부가세 and 세액 both mean tax",
      "missing column 공급가액 (supplyCost)",
      "missing column 식별번호 (identityNum)",
      "missing column 문서번호 (mgtKey) or 주문번호 (orderNumber)",
    ]);
  });

  it("compares headers without spaces, underscores, dashes or case", () => {
    expect(headerKey(" Supply_Cost (KRW) ")).toBe("supplycost");
  });
});
