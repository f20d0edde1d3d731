import type { KorbillSchema } from "@korbill/client";
import type { InputField } from "./columns.js";

/** One receipt as the gateway takes it. */
export type CashbillInput = KorbillSchema.CashbillInput;

/** A problem with one field of one row. */
export interface FieldProblem {
  field: InputField;
  message: string;
}

/**
 * The rules the schema states for `CashbillInput` (and the gateway checks again), checked here
 * so a whole file is judged before anything is sent. The gateway stays the judge: its
 * BAD_USER_INPUT problems are mapped back to rows as well.
 */
const MGT_KEY = /^[A-Za-z0-9_-]{1,24}$/;
const MOBILE = /^01[016789]\d{7,8}$/;
const BRN = /^[1-9]\d{9}$/;
const RRN_OR_CARD = /^\d{13,19}$/;
const SELF_ISSUE = "0100001234";
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const TEXT_LIMITS = {
  customerName: 100,
  itemName: 100,
  orderNumber: 40,
  memo: 200,
  email: 100,
  hp: 20,
} as const;

/** The clock skew the gateway tolerates for a trade time slightly ahead of its clock. */
const TRADE_AT_SKEW_MS = 5 * 60_000;

/** The gateway's time: now (ms) and its KST days (`yyyy-MM-dd`). */
export interface GatewayTime {
  now: number;
  today: string;
  yesterday: string;
}

/** Every problem of one receipt, judged at the gateway's time. */
export function checkCashbill(input: Partial<CashbillInput>, time: GatewayTime): FieldProblem[] {
  const { today, yesterday } = time;
  const problems: FieldProblem[] = [];
  const add = (field: InputField, message: string) => problems.push({ field, message });
  if (input.mgtKey !== undefined && !MGT_KEY.test(input.mgtKey)) {
    add("mgtKey", `must be 1-24 of A-Z a-z 0-9 _ - (got "${input.mgtKey}")`);
  }
  const { supplyCost, tax, serviceFee = 0, totalAmount } = input;
  if (
    supplyCost !== undefined &&
    tax !== undefined &&
    totalAmount !== undefined &&
    serviceFee !== null &&
    totalAmount !== supplyCost + tax + serviceFee
  ) {
    add(
      "totalAmount",
      `must equal supplyCost + tax + serviceFee (${supplyCost + tax + serviceFee})`,
    );
  }
  if (input.taxationType === "TAX_FREE" && tax !== undefined && tax !== 0) {
    add("tax", "must be 0 for a tax-free (비과세) sale");
  }
  if (input.identityNum !== undefined) {
    const problem = identityNumProblem(input.identityNum, input.tradeUsage);
    if (problem) add("identityNum", problem);
  }
  if (input.tradeAt) {
    const day = input.tradeAt.slice(0, 10);
    if (day !== today && day !== yesterday) {
      add("tradeAt", `must be today or yesterday in Korea (${yesterday} or ${today}), got ${day}`);
    } else if (Date.parse(input.tradeAt) > time.now + TRADE_AT_SKEW_MS) {
      add("tradeAt", "must not be in the future");
    }
  }
  if (input.email && !EMAIL.test(input.email)) add("email", "is not an e-mail address");
  if (input.hp && !/^0\d{8,10}$/.test(input.hp.replace(/-/g, ""))) {
    add("hp", "must be a phone number (9-11 digits from 0)");
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    const value = input[field];
    if (typeof value === "string" && [...value].length > max) {
      add(field, `must be at most ${max} characters`);
    }
  }
  checkCancel(input, today, add);
  return problems;
}

function checkCancel(
  input: Partial<CashbillInput>,
  today: string,
  add: (field: InputField, message: string) => void,
): void {
  if (input.tradeType === "CANCEL") {
    if (!input.orgConfirmNum) add("orgConfirmNum", "is required for a 취소거래 (CANCEL)");
    else if (!/^[A-Za-z0-9]{9}$/.test(input.orgConfirmNum)) {
      add("orgConfirmNum", "must be the 9-character confirm number of the original receipt");
    }
    if (!input.orgTradeDate) add("orgTradeDate", "is required for a 취소거래 (CANCEL)");
    else if (input.orgTradeDate > today) add("orgTradeDate", "must not be in the future");
  } else {
    for (const field of ["orgConfirmNum", "orgTradeDate", "cancelType"] as const) {
      if (input[field]) add(field, "is only for a 취소거래 (CANCEL)");
    }
  }
}

/** Why an identity number does not suit the usage, or null (the schema's rule). */
export function identityNumProblem(value: string, usage: string | undefined): string | null {
  const digits = value.replace(/-/g, "");
  if (!/^\d+$/.test(digits)) return "must contain only digits and dashes";
  const expense = usage === "EXPENSE_PROOF";
  if (digits === SELF_ISSUE) {
    return expense ? "the self-issue number 010-000-1234 is only for 소득공제용" : null;
  }
  if (MOBILE.test(digits) || RRN_OR_CARD.test(digits)) return null;
  if (BRN.test(digits)) {
    return usage === "INCOME_DEDUCTION"
      ? "a business registration number (10 digits) is only for 지출증빙용"
      : null;
  }
  return "must be a mobile number (10-11 digits from 01x), a resident registration number (13), a card number (13-19) or, for 지출증빙용, a business registration number (10)";
}
