import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { CancelType, TaxationType, TradeOption, TradeType, TradeUsage } from "../enums.js";
import type { CashbillFields } from "../map/inputs.js";
import { checkIdentityNum } from "./identity-num.js";
import {
  CASHBILL_LIMITS,
  TEXT_LIMITS,
  type ValidationContext,
  at,
  checkAmount,
  checkBoolean,
  checkEmail,
  checkEnum,
  checkPastIsoDate,
  checkPattern,
  checkText,
  checkTotal,
  given,
} from "./rules.js";
import { checkTradeAt } from "./trade-at.js";

/** The text fields and their caps (see {@link TEXT_LIMITS}). */
const TEXT_FIELDS = [
  "franchiseCorpName",
  "franchiseCeoName",
  "franchiseAddr",
  "franchiseTel",
  "customerName",
  "itemName",
  "orderNumber",
  "memo",
  "emailSubject",
] as const;

/**
 * Records every problem of one receipt under `path` (e.g. `cashbills.3`). Rules:
 * - mgtKey 1-24 of `[A-Za-z0-9_-]`; tradeType, tradeUsage, taxationType required enum values,
 *   tradeOption and cancelType optional enum values (raw strings from scripts are checked);
 * - supplyCost, tax, totalAmount (and serviceFee, default 0) integers 0..999,999,999 with
 *   `totalAmount == supplyCost + tax + serviceFee`; tax 0 when TAX_FREE;
 * - identityNum per {@link identityNumProblem}; franchiseCorpNum 10 digits when given;
 *   franchiseTaxRegId 4 digits [INF];
 * - tradeAt per {@link checkTradeAt} (today or yesterday, KST);
 * - email `local@domain.tld`; hp 9-11 digits from 0 after dashes [INF]; sendSms needs hp [INF];
 * - text lengths per {@link TEXT_LIMITS};
 * - CANCEL needs orgConfirmNum (1-24 letters/digits) and orgTradeDate (ISO date, not future);
 *   [INF] APPROVAL must not carry orgConfirmNum, orgTradeDate or cancelType.
 */
export function collectCashbillProblems(
  problems: ProblemList,
  input: CashbillFields,
  path: string,
  ctx: ValidationContext,
): void {
  if (typeof input !== "object" || input === null) {
    return problems.add(path, "must be a cash receipt object");
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
  checkEnum(problems, TradeType, input.tradeType, p("tradeType"));
  const usageOk = checkEnum(problems, TradeUsage, input.tradeUsage, p("tradeUsage"));
  checkEnum(problems, TradeOption, input.tradeOption, p("tradeOption"), false);
  checkEnum(problems, TaxationType, input.taxationType, p("taxationType"));
  checkAmounts(problems, input, path);
  checkIdentityNum(
    problems,
    input.identityNum,
    usageOk ? input.tradeUsage : undefined,
    p("identityNum"),
  );
  if (given(input.franchiseCorpNum)) {
    checkPattern(
      problems,
      input.franchiseCorpNum,
      p("franchiseCorpNum"),
      CASHBILL_LIMITS.corpNum,
      "must be 10 digits",
    );
  }
  if (given(input.franchiseTaxRegId)) {
    checkPattern(
      problems,
      input.franchiseTaxRegId,
      p("franchiseTaxRegId"),
      CASHBILL_LIMITS.taxRegId,
      "must be 4 digits",
    );
  }
  checkTradeAt(problems, input.tradeAt, p("tradeAt"), ctx.now);
  for (const field of TEXT_FIELDS) checkText(problems, input[field], p(field), TEXT_LIMITS[field]);
  checkEmail(problems, input.email, p("email"));
  checkContact(problems, input, path);
  checkCancelFields(problems, input, path, ctx);
}

function checkAmounts(problems: ProblemList, input: CashbillFields, path: string): void {
  const supplyCost = checkAmount(problems, input.supplyCost, at(path, "supplyCost"));
  const tax = checkAmount(problems, input.tax, at(path, "tax"));
  const serviceFee = checkAmount(problems, input.serviceFee ?? 0, at(path, "serviceFee"));
  const total = checkAmount(problems, input.totalAmount, at(path, "totalAmount"));
  checkTotal(problems, [supplyCost, tax, serviceFee], total, at(path, "totalAmount"));
  if (input.taxationType === TaxationType.TAX_FREE && tax !== null) {
    problems.check(tax === 0, at(path, "tax"), "must be 0 for a TAX_FREE sale");
  }
}

/** [INF] `hp` is where the SMS goes: 9-11 digits starting with 0 once dashes are removed. */
function checkContact(problems: ProblemList, input: CashbillFields, path: string): void {
  checkBoolean(problems, input.sendSms, at(path, "sendSms"));
  if (given(input.hp) && typeof input.hp === "string") {
    problems.check(
      /^0\d{8,10}$/.test(input.hp.replace(/-/g, "")),
      at(path, "hp"),
      "must be a phone number (9-11 digits from 0)",
    );
  }
  if (input.sendSms === true) {
    problems.check(given(input.hp), at(path, "hp"), "is required when sendSms is true");
  }
}

function checkCancelFields(
  problems: ProblemList,
  input: CashbillFields,
  path: string,
  ctx: ValidationContext,
): void {
  if (input.tradeType === TradeType.CANCEL) {
    checkPattern(
      problems,
      input.orgConfirmNum,
      at(path, "orgConfirmNum"),
      CASHBILL_LIMITS.orgConfirmNum,
      "must be the NTS confirm number of the original receipt: 1-24 letters or digits",
    );
    checkPastIsoDate(problems, input.orgTradeDate, at(path, "orgTradeDate"), ctx.now);
    checkEnum(problems, CancelType, input.cancelType, at(path, "cancelType"), false);
  } else if (input.tradeType === TradeType.APPROVAL) {
    for (const field of ["orgConfirmNum", "orgTradeDate", "cancelType"] as const) {
      if (given(input[field])) problems.add(at(path, field), "is only for tradeType CANCEL");
    }
  }
}

/** Throws one `InputError` listing every problem of `input` (see {@link collectCashbillProblems}). */
export function validateCashbill(
  input: CashbillFields,
  path: string,
  ctx: ValidationContext,
): void {
  const problems = new ProblemList();
  collectCashbillProblems(problems, input, path, ctx);
  problems.throwIfAny();
}
