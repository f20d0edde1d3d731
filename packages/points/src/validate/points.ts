import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { PointsService, PointsSortOrder } from "../enums.js";
import type {
  DateRangeFields,
  PageFields,
  PaymentRequestFields,
  RefundRequestFields,
  UseHistoryFields,
} from "../map/inputs.js";
import {
  LIMITS,
  TEXT_LIMITS,
  at,
  checkAmount,
  checkCode,
  checkEnum,
  checkText,
  given,
} from "./rules.js";
import { checkEmail, checkPhone } from "./contact-rules.js";
import { checkAccountNumber } from "./account.js";

/** True for a strict `yyyy-MM-dd` that names a real calendar day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pagingProblems(problems: ProblemList, input: PageFields, path: string): void {
  if (given(input.page)) {
    problems.check(
      Number.isInteger(input.page) && input.page >= 1,
      at(path, "page"),
      "must be a whole number ≥ 1",
    );
  }
  if (given(input.perPage)) {
    problems.check(
      Number.isInteger(input.perPage) && input.perPage >= 1 && input.perPage <= LIMITS.maxPerPage,
      at(path, "perPage"),
      `must be a whole number from 1 to ${LIMITS.maxPerPage}`,
    );
  }
}

function rangeProblems(problems: ProblemList, input: DateRangeFields, path: string): void {
  const fromOk = problems.check(
    isIsoDate(input.from),
    at(path, "from"),
    "must be an ISO date like 2026-11-01",
  );
  const toOk = problems.check(
    isIsoDate(input.to),
    at(path, "to"),
    "must be an ISO date like 2026-11-30",
  );
  if (fromOk && toOk)
    problems.check(input.from <= input.to, at(path, "to"), "must not be before from");
  pagingProblems(problems, input, path);
}

/** Paging only (GetRefundHistory): page ≥ 1, perPage 1..1000. */
export function validatePaging(input: PageFields, path = ""): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  pagingProblems(problems, input ?? {}, path);
  problems.throwIfAny();
}

/** A payment-history range: real ISO dates, from ≤ to, paging. */
export function validateDateRange(input: DateRangeFields, path = ""): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  rangeProblems(problems, input ?? ({} as DateRangeFields), path);
  problems.throwIfAny();
}

/** A ledger query: the range rules plus an optional sort order. */
export function validateUseHistory(input: UseHistoryFields, path = ""): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  rangeProblems(problems, input ?? ({} as UseHistoryFields), path);
  if (given(input?.order)) checkEnum(problems, PointsSortOrder, input.order, at(path, "order"));
  problems.throwIfAny();
}

/** A settleCode or refundCode argument. */
export function validateCode(value: unknown, path: string): void {
  const problems = new ProblemList();
  checkTextInput(problems, value, path);
  checkCode(problems, value, path);
  problems.throwIfAny();
}

/** A service argument. */
export function validateService(value: unknown, path = "service"): void {
  const problems = new ProblemList();
  checkTextInput(problems, value, path);
  checkEnum(problems, PointsService, value, path);
  problems.throwIfAny();
}

/** A PaymentForm: names, an e-mail, a mobile number and a positive whole KRW amount. */
export function validatePaymentRequest(input: PaymentRequestFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  const p = (key: string) => at(path, key);
  checkText(problems, input?.settlerName, p("settlerName"), TEXT_LIMITS.personName);
  checkEmail(problems, input?.settlerEmail, p("settlerEmail"));
  checkPhone(problems, input?.notifyPhone, p("notifyPhone"), true);
  checkText(problems, input?.depositorName, p("depositorName"), TEXT_LIMITS.personName);
  checkAmount(problems, input?.settleCost, p("settleCost"));
  problems.throwIfAny();
}

/** A RefundForm: contact, a positive whole number of points, the account, a reason. */
export function validateRefundRequest(input: RefundRequestFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  const p = (key: string) => at(path, key);
  checkText(problems, input?.contactName, p("contactName"), TEXT_LIMITS.personName);
  checkPhone(problems, input?.contactPhone, p("contactPhone"));
  checkAmount(problems, input?.requestPoint, p("requestPoint"));
  checkText(problems, input?.bankName, p("bankName"), TEXT_LIMITS.bankName);
  checkAccountNumber(problems, input?.accountNumber, p("accountNumber"));
  checkText(problems, input?.accountHolder, p("accountHolder"), TEXT_LIMITS.personName);
  checkText(problems, input?.reason, p("reason"), TEXT_LIMITS.reason);
  problems.throwIfAny();
}
