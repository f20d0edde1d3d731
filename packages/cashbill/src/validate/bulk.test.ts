import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { NOW, vectorInputs } from "../testing/vectors.js";
import { CancelType, TradeType } from "../enums.js";
import type { CashbillFields } from "../map/inputs.js";
import { validateBulk } from "./bulk.js";

type Receipts = CashbillFields[];
const ctx = { now: NOW };

/** Runs validateBulk and returns the problem paths (or [] when valid). */
function problemPaths(submitId: string, cashbills: Receipts): string[] {
  try {
    validateBulk(submitId, cashbills, ctx);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("BAD_USER_INPUT");
    return (error as InputError).problems.map((p) => p.path);
  }
}

/** The §5.2 receipts with `patch` applied to receipt `index` (raw values allowed). */
function withPatch(index: number, patch: Record<string, unknown>): Receipts {
  const receipts = vectorInputs();
  receipts[index] = { ...receipts[index], ...patch } as CashbillFields;
  return receipts;
}

function many(count: number): Receipts {
  const [first] = vectorInputs();
  return Array.from({ length: count }, (_, i) => ({ ...first!, mgtKey: `MK-${i}` }));
}

const CANCEL = {
  tradeType: TradeType.CANCEL,
  orgConfirmNum: "TB0000178",
  orgTradeDate: "2026-11-22",
};

const INVALID: [string, string, Receipts, string[]][] = [
  ["an empty SubmitID", "", vectorInputs(), ["submitId"]],
  ["a 37-character SubmitID", "S".repeat(37), vectorInputs(), ["submitId"]],
  ["a SubmitID with a space", "SUB 001", vectorInputs(), ["submitId"]],
  ["a SubmitID with a slash", "SUB/001", vectorInputs(), ["submitId"]],
  ["a SubmitID with Hangul", "제출-1", vectorInputs(), ["submitId"]],
  ["no receipts", "SUB-001", [], ["cashbills"]],
  ["101 receipts", "SUB-001", many(101), ["cashbills"]],
  ["duplicate mgtKeys", "SUB-001", withPatch(1, { mgtKey: "SUB-001-1" }), ["cashbills.1.mgtKey"]],
  [
    "mgtKeys differing only in case",
    "SUB-001",
    withPatch(1, { mgtKey: "sub-001-1" }),
    ["cashbills.1.mgtKey"],
  ],
  [
    "a 25-character mgtKey",
    "SUB-001",
    withPatch(0, { mgtKey: "K".repeat(25) }),
    ["cashbills.0.mgtKey"],
  ],
  ["an empty mgtKey", "SUB-001", withPatch(0, { mgtKey: "" }), ["cashbills.0.mgtKey"]],
  ["a mgtKey with a dot", "SUB-001", withPatch(0, { mgtKey: "MK.1" }), ["cashbills.0.mgtKey"]],
  ["a mgtKey with Hangul", "SUB-001", withPatch(0, { mgtKey: "문서1" }), ["cashbills.0.mgtKey"]],
  [
    "a negative supplyCost",
    "SUB-001",
    withPatch(0, { supplyCost: -1 }),
    ["cashbills.0.supplyCost"],
  ],
  [
    "a fractional supplyCost",
    "SUB-001",
    withPatch(0, { supplyCost: 10000.5 }),
    ["cashbills.0.supplyCost"],
  ],
  [
    "a supplyCost given as a string",
    "SUB-001",
    withPatch(0, { supplyCost: "10000" }),
    ["cashbills.0.supplyCost"],
  ],
  ["a 10-digit tax", "SUB-001", withPatch(0, { tax: 1_000_000_000 }), ["cashbills.0.tax"]],
  [
    "an inconsistent totalAmount",
    "SUB-001",
    withPatch(0, { totalAmount: 12000 }),
    ["cashbills.0.totalAmount"],
  ],
  [
    "a negative serviceFee",
    "SUB-001",
    withPatch(0, { serviceFee: -5 }),
    ["cashbills.0.serviceFee"],
  ],
  [
    "a serviceFee missing from the total",
    "SUB-001",
    withPatch(0, { serviceFee: 500 }),
    ["cashbills.0.totalAmount"],
  ],
  [
    "a NaN totalAmount",
    "SUB-001",
    withPatch(0, { totalAmount: Number.NaN }),
    ["cashbills.0.totalAmount"],
  ],
  [
    "a missing totalAmount",
    "SUB-001",
    withPatch(0, { totalAmount: undefined }),
    ["cashbills.0.totalAmount"],
  ],
  [
    "tax on a TAX_FREE sale",
    "SUB-001",
    withPatch(1, { tax: 500, totalAmount: 5500 }),
    ["cashbills.1.tax"],
  ],
  [
    "an empty identityNum",
    "SUB-001",
    withPatch(0, { identityNum: "" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "an identityNum with a letter",
    "SUB-001",
    withPatch(0, { identityNum: "010-1234-12a4" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "an identityNum with spaces",
    "SUB-001",
    withPatch(0, { identityNum: "010 1234 1234" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "an 8-digit identityNum",
    "SUB-001",
    withPatch(0, { identityNum: "01012341" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a 12-digit identityNum",
    "SUB-001",
    withPatch(0, { identityNum: "123456789012" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a 20-digit card number",
    "SUB-001",
    withPatch(0, { identityNum: "1".repeat(20) }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a landline as identityNum",
    "SUB-001",
    withPatch(0, { identityNum: "02-1234-5678" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "an 11-digit non-mobile",
    "SUB-001",
    withPatch(0, { identityNum: "02123456789" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a 013 prefix",
    "SUB-001",
    withPatch(0, { identityNum: "0131234567" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a BRN for income deduction",
    "SUB-001",
    withPatch(0, { identityNum: "123-45-67890" }),
    ["cashbills.0.identityNum"],
  ],
  [
    "self-issue for expense proof",
    "SUB-001",
    withPatch(1, { identityNum: "010-000-1234" }),
    ["cashbills.1.identityNum"],
  ],
  [
    "an identityNum given as a number",
    "SUB-001",
    withPatch(0, { identityNum: 1012341234 }),
    ["cashbills.0.identityNum"],
  ],
  [
    "a tradeAt 3 days ago",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-20T10:00:00+09:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a tradeAt tomorrow",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-24T09:00:00+09:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a tradeAt later today",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-23T18:00:00+09:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a tradeAt without offset",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-23T10:00:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a tradeAt on 30 February",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-02-30T10:00:00+09:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a compact KST tradeAt",
    "SUB-001",
    withPatch(0, { tradeAt: "20261123100203" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a tradeAt at 25 o'clock",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-23T25:00:00+09:00" }),
    ["cashbills.0.tradeAt"],
  ],
  [
    "a Korean wire string as tradeType",
    "SUB-001",
    withPatch(0, { tradeType: "승인거래" }),
    ["cashbills.0.tradeType"],
  ],
  [
    "a lower-case tradeUsage",
    "SUB-001",
    withPatch(0, { tradeUsage: "income_deduction" }),
    ["cashbills.0.tradeUsage"],
  ],
  [
    "a missing taxationType",
    "SUB-001",
    withPatch(0, { taxationType: undefined }),
    ["cashbills.0.taxationType"],
  ],
  [
    "an unknown tradeOption",
    "SUB-001",
    withPatch(0, { tradeOption: "GENERAL " }),
    ["cashbills.0.tradeOption"],
  ],
  ["a malformed email", "SUB-001", withPatch(0, { email: "not-an-email" }), ["cashbills.0.email"]],
  [
    "an email without a domain dot",
    "SUB-001",
    withPatch(0, { email: "a@b" }),
    ["cashbills.0.email"],
  ],
  [
    "a 201-character memo",
    "SUB-001",
    withPatch(0, { memo: "메".repeat(201) }),
    ["cashbills.0.memo"],
  ],
  [
    "a 301-character emailSubject",
    "SUB-001",
    withPatch(0, { emailSubject: "s".repeat(301) }),
    ["cashbills.0.emailSubject"],
  ],
  [
    "a 101-character customerName",
    "SUB-001",
    withPatch(0, { customerName: "n".repeat(101) }),
    ["cashbills.0.customerName"],
  ],
  [
    "a 101-character itemName",
    "SUB-001",
    withPatch(0, { itemName: "i".repeat(101) }),
    ["cashbills.0.itemName"],
  ],
  [
    "a franchiseCorpNum with dashes",
    "SUB-001",
    withPatch(0, { franchiseCorpNum: "123-45-67890" }),
    ["cashbills.0.franchiseCorpNum"],
  ],
  [
    "a 5-digit franchiseCorpNum",
    "SUB-001",
    withPatch(0, { franchiseCorpNum: "12345" }),
    ["cashbills.0.franchiseCorpNum"],
  ],
  [
    "a 5-digit franchiseTaxRegId",
    "SUB-001",
    withPatch(0, { franchiseTaxRegId: "12345" }),
    ["cashbills.0.franchiseTaxRegId"],
  ],
  [
    "a cancel without orgConfirmNum",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgConfirmNum: undefined }),
    ["cashbills.1.orgConfirmNum"],
  ],
  [
    "a cancel without orgTradeDate",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgTradeDate: null }),
    ["cashbills.1.orgTradeDate"],
  ],
  [
    "a cancel with a 25-character orgConfirmNum",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgConfirmNum: "T".repeat(25) }),
    ["cashbills.1.orgConfirmNum"],
  ],
  [
    "a cancel with month 13",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgTradeDate: "2026-13-01" }),
    ["cashbills.1.orgTradeDate"],
  ],
  [
    "a cancel of a future trade",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgTradeDate: "2026-11-24" }),
    ["cashbills.1.orgTradeDate"],
  ],
  [
    "a cancel with a compact orgTradeDate",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgTradeDate: "20261122" }),
    ["cashbills.1.orgTradeDate"],
  ],
  [
    "a cancelType of 4",
    "SUB-001",
    withPatch(1, { ...CANCEL, cancelType: 4 }),
    ["cashbills.1.cancelType"],
  ],
  [
    "an approval carrying orgConfirmNum",
    "SUB-001",
    withPatch(0, { orgConfirmNum: "TB0000178" }),
    ["cashbills.0.orgConfirmNum"],
  ],
  [
    "an approval carrying cancelType",
    "SUB-001",
    withPatch(0, { cancelType: CancelType.OTHER }),
    ["cashbills.0.cancelType"],
  ],
  ["sendSms without hp", "SUB-001", withPatch(0, { sendSms: true }), ["cashbills.0.hp"]],
  ["a malformed hp", "SUB-001", withPatch(0, { hp: "call me" }), ["cashbills.0.hp"]],
  ["sendSms as a string", "SUB-001", withPatch(0, { sendSms: "yes" }), ["cashbills.0.sendSms"]],
  ["a null receipt", "SUB-001", [null as unknown as CashbillFields], ["cashbills.0"]],
];

describe("validateBulk rejects", () => {
  it("at least 45 distinct invalid inputs", () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(45);
  });

  it.each(INVALID)("%s", (_name, submitId, cashbills, paths) => {
    expect(problemPaths(submitId, cashbills)).toEqual(paths);
  });

  it("reports every problem of every receipt together", () => {
    const receipts = withPatch(0, { mgtKey: "bad key", supplyCost: -1 });
    receipts[1] = { ...receipts[1]!, identityNum: "12", email: "x" };
    expect(problemPaths("", receipts)).toEqual([
      "submitId",
      "cashbills.0.mgtKey",
      "cashbills.0.supplyCost",
      "cashbills.1.identityNum",
      "cashbills.1.email",
    ]);
  });

  it("says what is wrong in each problem's message", () => {
    const error = (() => {
      try {
        validateBulk("SUB-001", withPatch(0, { totalAmount: 12000 }), ctx);
      } catch (e) {
        return e as InputError;
      }
      throw new Error("expected a rejection");
    })();
    expect(error.problems).toEqual([
      {
        path: "cashbills.0.totalAmount",
        message: "must equal supplyCost + tax + serviceFee (11000)",
      },
    ]);
    expect(error.message).toContain("cashbills.0.totalAmount");
  });

  it("refuses a non-list of receipts", () => {
    expect(problemPaths("SUB-001", "nope" as unknown as Receipts)).toEqual(["cashbills"]);
  });
});

const VALID: [string, string, Receipts][] = [
  ["both §5.2 receipts", "SUB-001", vectorInputs()],
  ["a 36-character SubmitID", "S".repeat(36), vectorInputs()],
  ["exactly 100 receipts", "SUB-001", many(100)],
  ["a 24-character mgtKey", "SUB-001", withPatch(0, { mgtKey: "K".repeat(24) })],
  ["a tradeAt yesterday in KST", "SUB-001", withPatch(0, { tradeAt: "2026-11-22T00:00:00+09:00" })],
  ["a tradeAt in UTC", "SUB-001", withPatch(0, { tradeAt: "2026-11-23T00:30:00.123Z" })],
  [
    "a tradeAt a few seconds ahead",
    "SUB-001",
    withPatch(0, { tradeAt: "2026-11-23T10:03:00+09:00" }),
  ],
  ["a resident registration number", "SUB-001", withPatch(0, { identityNum: "900101-1234567" })],
  ["a 16-digit card", "SUB-001", withPatch(0, { identityNum: "1234-5678-9012-3456" })],
  ["a 19-digit card for expense proof", "SUB-001", withPatch(1, { identityNum: "1".repeat(19) })],
  ["a 10-digit 011 mobile", "SUB-001", withPatch(0, { identityNum: "011-123-4567" })],
  ["self-issue for income deduction", "SUB-001", withPatch(0, { identityNum: "010-000-1234" })],
  ["a mobile for expense proof", "SUB-001", withPatch(1, { identityNum: "01012341234" })],
  [
    "the largest amount",
    "SUB-001",
    withPatch(1, { supplyCost: 999_999_999, totalAmount: 999_999_999 }),
  ],
  [
    "a full cancel receipt",
    "SUB-001",
    withPatch(1, { ...CANCEL, cancelType: CancelType.ISSUED_IN_ERROR }),
  ],
  [
    "a cancel of a 24-character orgConfirmNum",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgConfirmNum: "A".repeat(24) }),
  ],
  [
    "a cancel of a 1-character orgConfirmNum",
    "SUB-001",
    withPatch(1, { ...CANCEL, orgConfirmNum: "1" }),
  ],
  [
    "SMS with a phone",
    "SUB-001",
    withPatch(0, { sendSms: true, hp: "010-1234-1234", email: "buyer@example.co.kr" }),
  ],
  [
    "a 200-character memo",
    "SUB-001",
    withPatch(0, { memo: "메".repeat(200), franchiseTaxRegId: "0001" }),
  ],
];

describe("validateBulk accepts", () => {
  it.each(VALID)("%s", (_name, submitId, cashbills) => {
    expect(problemPaths(submitId, cashbills)).toEqual([]);
  });
});
