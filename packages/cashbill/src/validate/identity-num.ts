import type { ProblemList } from "@korbill/core-domain";
import { TradeUsage } from "../enums.js";
import { given } from "./rules.js";

/** 010-000-1234: the number a seller issues to when the buyer gives none (소득공제용 only). */
export const SELF_ISSUE_IDENTITY_NUM = "0100001234";

/**
 * [INF] Korean mobile prefixes 010/011/016/017/018/019; 10 or 11 digits in all.
 */
const MOBILE = /^01[016789]\d{7,8}$/;
/** [INF] A BRN starts with a tax-office code 101-999, so never with 0. */
const BRN = /^[1-9]\d{9}$/;
/** RRN (13) or a cash-receipt / credit card number (13-19): indistinguishable at 13 digits. */
const RRN_OR_CARD = /^\d{13,19}$/;

/**
 * Why `value` is not a valid buyer identity number for `usage`, or null when it is.
 *
 * After removing dashes it must be digits only and one of (popbill.md §3b `identityNum`):
 * - a mobile number: 10-11 digits starting 010/011/016/017/018/019 [INF prefixes] — both usages;
 * - a resident registration number (13) or a card number (13-19) — both usages; [INF] for
 *   EXPENSE_PROOF a 13-digit number is taken as a card number;
 * - a business registration number (10 digits, not starting with 0) — EXPENSE_PROOF only
 *   [INF: income deduction is for individuals];
 * - the self-issue number `0100001234` — INCOME_DEDUCTION only.
 * Anything else (12 digits, under 10, over 19, a 10-11 digit non-mobile) is refused. No
 * checksum is verified: POPBiLL's test numbers (e.g. `1234567890`) would fail one.
 */
export function identityNumProblem(value: unknown, usage: unknown): string | null {
  if (typeof value !== "string") return "must be a string of digits";
  const digits = value.replace(/-/g, "");
  if (!/^\d+$/.test(digits)) return "must contain only digits and dashes";
  const expense = usage === TradeUsage.EXPENSE_PROOF;
  if (digits === SELF_ISSUE_IDENTITY_NUM) {
    return expense ? "the self-issue number 010-000-1234 is only for INCOME_DEDUCTION" : null;
  }
  if (MOBILE.test(digits) || RRN_OR_CARD.test(digits)) return null;
  if (BRN.test(digits)) {
    return usage === TradeUsage.INCOME_DEDUCTION
      ? "a business registration number (10 digits) is only for EXPENSE_PROOF"
      : null;
  }
  return "must be a mobile number (10-11 digits from 01x), a resident registration number (13), a card number (13-19) or, for EXPENSE_PROOF, a business registration number (10)";
}

/** Records an identity-number problem at `path`. */
export function checkIdentityNum(
  problems: ProblemList,
  value: unknown,
  usage: unknown,
  path: string,
): void {
  if (!given(value)) return problems.add(path, "is required");
  const problem = identityNumProblem(value, usage);
  if (problem) problems.add(path, problem);
}
