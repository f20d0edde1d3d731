import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { NOW, vectorInputs } from "../testing/vectors.js";
import { CancelType } from "../enums.js";
import type { RevokeCashbillFields } from "../map/inputs.js";
import { validateCashbill } from "./cashbill.js";
import { validateRevoke } from "./revoke.js";

const ctx = { now: NOW };
const SHORT: RevokeCashbillFields = {
  mgtKey: "MK-3",
  orgConfirmNum: "TB0000178",
  orgTradeDate: "2026-11-22",
};
const PARTIAL = {
  supplyCost: 1000,
  tax: 100,
  serviceFee: 0,
  totalAmount: 1100,
  cancelType: CancelType.TRANSACTION_CANCELLED,
};

function paths(run: () => void): string[] {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => p.path);
  }
}

const revokePaths = (patch: Record<string, unknown>) =>
  paths(() => validateRevoke({ ...SHORT, ...patch } as RevokeCashbillFields, "input", ctx));

describe("validateRevoke", () => {
  it("accepts the short and the partial form", () => {
    expect(revokePaths({})).toEqual([]);
    expect(revokePaths({ partial: PARTIAL, memo: "부분취소", sendSms: false })).toEqual([]);
  });

  it.each(["1", "TB0000178", "TB00001789", "A".repeat(24)])(
    "accepts the %s orgConfirmNum (1-24 characters, as the seed gives)",
    (orgConfirmNum) => {
      expect(revokePaths({ orgConfirmNum })).toEqual([]);
    },
  );

  it.each([
    ["a mgtKey with a slash", { mgtKey: "MK/3" }, ["input.mgtKey"]],
    ["a missing orgConfirmNum", { orgConfirmNum: undefined }, ["input.orgConfirmNum"]],
    ["an empty orgConfirmNum", { orgConfirmNum: "" }, ["input.orgConfirmNum"]],
    ["a 25-character orgConfirmNum", { orgConfirmNum: "T".repeat(25) }, ["input.orgConfirmNum"]],
    ["an orgConfirmNum with a dash", { orgConfirmNum: "TB-000178" }, ["input.orgConfirmNum"]],
    ["a slashed orgTradeDate", { orgTradeDate: "2026/11/22" }, ["input.orgTradeDate"]],
    ["a future orgTradeDate", { orgTradeDate: "2026-12-01" }, ["input.orgTradeDate"]],
    ["a 201-character memo", { memo: "m".repeat(201) }, ["input.memo"]],
    ["a tradeAt 3 days ago", { tradeAt: "2026-11-20T10:00:00+09:00" }, ["input.tradeAt"]],
    [
      "an inconsistent partial total",
      { partial: { ...PARTIAL, totalAmount: 1000 } },
      ["input.partial.totalAmount"],
    ],
    [
      "a negative partial tax",
      { partial: { ...PARTIAL, tax: -100, totalAmount: 900 } },
      ["input.partial.tax"],
    ],
    [
      "a partial without serviceFee",
      { partial: { ...PARTIAL, serviceFee: undefined } },
      ["input.partial.serviceFee"],
    ],
    [
      "a partial without cancelType",
      { partial: { ...PARTIAL, cancelType: undefined } },
      ["input.partial.cancelType"],
    ],
    [
      "a partial cancelType of 0",
      { partial: { ...PARTIAL, cancelType: 0 } },
      ["input.partial.cancelType"],
    ],
    [
      "a partial cancelType given by name",
      { partial: { ...PARTIAL, cancelType: "OTHER" } },
      ["input.partial.cancelType"],
    ],
    [
      "a partial of nothing",
      { partial: { ...PARTIAL, supplyCost: 0, tax: 0, totalAmount: 0 } },
      ["input.partial.totalAmount"],
    ],
  ])("rejects %s", (_name, patch, expected) => {
    expect(revokePaths(patch)).toEqual(expected);
  });
});

describe("validateCashbill", () => {
  it("accepts each §5.2 receipt alone", () => {
    for (const input of vectorInputs())
      expect(paths(() => validateCashbill(input, "input", ctx))).toEqual([]);
  });

  it("prefixes problem paths with the given path, or none at the root", () => {
    const input = { ...vectorInputs()[0]!, identityNum: "1" };
    expect(paths(() => validateCashbill(input, "input", ctx))).toEqual(["input.identityNum"]);
    expect(paths(() => validateCashbill(input, "", ctx))).toEqual(["identityNum"]);
  });
});
