import { ProblemList, checkTextInput } from "@korbill/core-domain";
import { IdentityType } from "../enums.js";
import type { AccountFields, AccountVerificationFields } from "../map/inputs.js";
import { LIMITS, at, checkEnum } from "./rules.js";

/** A 4-digit institution code (기관코드), e.g. `0004` (AccountCheckService.js:83 checks length 4). */
export function checkBankCode(problems: ProblemList, value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  problems.check(/^\d{4}$/.test(value), path, "must be a 4-digit institution code like 0004");
}

/** An account number: digits and dashes, 8-14 digits once the dashes are gone [DOC]. */
export function checkAccountNumber(problems: ProblemList, value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  const digits = value.replace(/-/g, "");
  const { min, max } = LIMITS.accountNumberDigits;
  problems.check(
    /^[\d-]+$/.test(value) && /^\d+$/.test(digits) && digits.length >= min && digits.length <= max,
    path,
    `must be digits and dashes with ${min}-${max} digits`,
  );
}

/** True for `yyMMdd` naming a possible birthday (29 February is allowed: the century is unknown). */
function isBirthDate(digits: string): boolean {
  const m = /^\d{2}(\d{2})(\d{2})$/.exec(digits);
  if (!m) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

/** The identity number for its type: PERSON a birth date yyMMdd, BUSINESS a 10-digit BRN. */
export function checkIdentityNum(
  problems: ProblemList,
  type: unknown,
  value: unknown,
  path: string,
): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  const digits = value.replace(/-/g, "");
  if (!problems.check(/^[\d-]+$/.test(value), path, "must contain only digits and dashes")) return;
  if (type === IdentityType.PERSON) {
    problems.check(
      isBirthDate(digits),
      path,
      "must be the holder's birth date as yyMMdd (6 digits)",
    );
  } else if (type === IdentityType.BUSINESS) {
    problems.check(
      /^\d{10}$/.test(digits),
      path,
      "must be a 10-digit business registration number",
    );
  }
}

/** 예금주 성명조회 input: bank code and account number. */
export function validateAccount(input: AccountFields, path = "input"): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  checkBankCode(problems, input?.bankCode, at(path, "bankCode"));
  checkAccountNumber(problems, input?.accountNumber, at(path, "accountNumber"));
  problems.throwIfAny();
}

/** 예금주 실명조회 input: the account plus an identity type and a matching identity number. */
export function validateAccountVerification(
  input: AccountVerificationFields,
  path = "input",
): void {
  const problems = new ProblemList();
  checkTextInput(problems, input, path);
  checkBankCode(problems, input?.bankCode, at(path, "bankCode"));
  checkAccountNumber(problems, input?.accountNumber, at(path, "accountNumber"));
  checkEnum(problems, IdentityType, input?.identityType, at(path, "identityType"));
  checkIdentityNum(problems, input?.identityType, input?.identityNum, at(path, "identityNum"));
  problems.throwIfAny();
}
