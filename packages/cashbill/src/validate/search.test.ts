import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { CashbillDateType, CashbillState } from "../enums.js";
import type { CashbillSearchFields } from "../map/inputs.js";
import { validateSearch } from "./search.js";

const BASE: CashbillSearchFields = {
  dateType: CashbillDateType.TRADE,
  from: "2026-11-01",
  to: "2026-11-30",
};

function paths(patch: Record<string, unknown>): string[] {
  try {
    validateSearch({ ...BASE, ...patch } as CashbillSearchFields, "filter");
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => p.path);
  }
}

describe("validateSearch", () => {
  it("accepts a 6-month window, full paging and every filter", () => {
    expect(
      paths({
        from: "2026-05-31",
        to: "2026-11-30",
        states: [CashbillState.ISSUED],
        identityNum: "010-1234",
        franchiseTaxRegIds: ["0001"],
        page: 2,
        perPage: 1000,
      }),
    ).toEqual([]);
  });

  it.each([
    ["an unknown dateType", { dateType: "X" }, ["filter.dateType"]],
    ["a compact from", { from: "20261101" }, ["filter.from"]],
    ["to before from", { from: "2026-11-30", to: "2026-11-01" }, ["filter.to"]],
    ["a window over 6 months", { from: "2026-05-01", to: "2026-11-30" }, ["filter.to"]],
    ["UNKNOWN as a state", { states: [CashbillState.UNKNOWN] }, ["filter.states.0"]],
    ["a raw state code", { states: ["304"] }, ["filter.states.0"]],
    ["a wire string trade type", { tradeTypes: ["승인거래"] }, ["filter.tradeTypes.0"]],
    [
      "a 3-digit sub-business number",
      { franchiseTaxRegIds: ["123"] },
      ["filter.franchiseTaxRegIds.0"],
    ],
    ["letters in identityNum", { identityNum: "abc" }, ["filter.identityNum"]],
    ["page 0", { page: 0 }, ["filter.page"]],
    ["perPage 1001", { perPage: 1001 }, ["filter.perPage"]],
    ["an unknown order", { order: "UP" }, ["filter.order"]],
  ])("rejects %s", (_name, patch, expected) => {
    expect(paths(patch)).toEqual(expected);
  });
});
