import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { CancelType } from "../enums.js";
import type { PartialCancelFields, RevokeCashbillFields } from "../map/inputs.js";
import {
  CASHBILL_LIMITS,
  TEXT_LIMITS,
  type ValidationContext,
  at,
  checkAmount,
  checkBoolean,
  checkEnum,
  checkPastIsoDate,
  checkPattern,
  checkText,
  checkTotal,
} from "./rules.js";
import { checkTradeAt } from "./trade-at.js";

/**
 * Validates a revoke (cancel-receipt) request under `path` and throws one `InputError` listing
 * every problem: mgtKey of the new cancel receipt 1-24 of `[A-Za-z0-9_-]`; orgConfirmNum 1-24
 * letters/digits; orgTradeDate an ISO date not in the future; memo ≤ 200, emailSubject ≤ 300;
 * tradeAt as for issuance; a partial cancel needs all four amounts (integers 0..999,999,999,
 * `totalAmount == supplyCost + tax + serviceFee`, [INF] totalAmount ≥ 1) and a cancelType.
 */
export function validateRevoke(
  input: RevokeCashbillFields,
  path: string,
  ctx: ValidationContext,
): void {
  const problems = new ProblemList();
  if (typeof input !== "object" || input === null) {
    problems.add(path, "must be a revoke request object");
    return problems.throwIfAny();
  }
  // Every string of the input, by the one text rule (controls, bidi overrides, lone surrogates).
  checkTextInput(problems, input, path);
  const p = (key: string) => at(path, key);
  checkPattern(
    problems,
    input.mgtKey,
    p("mgtKey"),
    CASHBILL_LIMITS.mgtKey,
    "must be 1-24 of A-Z a-z 0-9 _ -",
  );
  checkPattern(
    problems,
    input.orgConfirmNum,
    p("orgConfirmNum"),
    CASHBILL_LIMITS.orgConfirmNum,
    "must be the NTS confirm number of the original receipt: 1-24 letters or digits",
  );
  checkPastIsoDate(problems, input.orgTradeDate, p("orgTradeDate"), ctx.now);
  checkText(problems, input.memo, p("memo"), TEXT_LIMITS.memo);
  checkText(problems, input.emailSubject, p("emailSubject"), TEXT_LIMITS.emailSubject);
  checkBoolean(problems, input.sendSms, p("sendSms"));
  checkTradeAt(problems, input.tradeAt, p("tradeAt"), ctx.now);
  if (input.partial !== undefined && input.partial !== null) {
    checkPartial(problems, input.partial, p("partial"));
  }
  problems.throwIfAny();
}

function checkPartial(problems: ProblemList, partial: PartialCancelFields, path: string): void {
  if (typeof partial !== "object") return problems.add(path, "must be an object of amounts");
  const supplyCost = checkAmount(problems, partial.supplyCost, at(path, "supplyCost"));
  const tax = checkAmount(problems, partial.tax, at(path, "tax"));
  const serviceFee = checkAmount(problems, partial.serviceFee, at(path, "serviceFee"));
  const total = checkAmount(problems, partial.totalAmount, at(path, "totalAmount"));
  checkTotal(problems, [supplyCost, tax, serviceFee], total, at(path, "totalAmount"));
  if (total !== null)
    problems.check(total >= 1, at(path, "totalAmount"), "must be at least 1 for a partial cancel");
  checkEnum(problems, CancelType, partial.cancelType, at(path, "cancelType"));
}
