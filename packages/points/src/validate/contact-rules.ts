import type { ProblemList } from "@korbill/core-domain";
import { LIMITS, TEXT_LIMITS, given } from "./rules.js";

/** Rules for people and logins: e-mail, phone, BRN, POPBiLL id, password. */

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A required e-mail address of a plain `local@domain.tld` shape. */
export function checkEmail(problems: ProblemList, value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  if (!problems.check(value.length <= TEXT_LIMITS.email, path, "must be at most 100 characters")) {
    return;
  }
  problems.check(EMAIL.test(value), path, "is not an e-mail address");
}

/** A required Korean phone number: digits and dashes, 8-12 digits. `mobile`: 01x only. */
export function checkPhone(
  problems: ProblemList,
  value: unknown,
  path: string,
  mobile = false,
): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  const digits = value.replace(/-/g, "");
  const { min, max } = LIMITS.phoneDigits;
  const ok =
    /^\d[\d-]*\d$/.test(value) &&
    value.length <= TEXT_LIMITS.phone &&
    /^\d+$/.test(digits) &&
    digits.length >= min &&
    digits.length <= max;
  if (!problems.check(ok, path, "must be a phone number: digits and dashes, 8-12 digits")) return;
  if (mobile) {
    problems.check(/^01[016789]\d{7,8}$/.test(digits), path, "must be a mobile number (01x)");
  }
}

/** A business registration number: 10 digits, dashes allowed. */
export function checkBrn(problems: ProblemList, value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  problems.check(
    /^[\d-]+$/.test(value) && /^\d{10}$/.test(value.replace(/-/g, "")),
    path,
    "must be a 10-digit business registration number",
  );
}

/** A POPBiLL login id. */
export function checkPopbillId(problems: ProblemList, value: unknown, path: string): void {
  if (!given(value)) return problems.add(path, "is required");
  problems.check(
    typeof value === "string" && LIMITS.popbillId.test(value),
    path,
    "must be 6-49 characters of A-Z a-z 0-9 _ -",
  );
}

/**
 * A password for POPBiLL: 8-20 printable ASCII characters without spaces, with at least one
 * letter, one digit and one special character [EX]. Messages never contain the value.
 */
export function checkPassword(problems: ProblemList, value: unknown, path: string): void {
  if (typeof value !== "string" || value === "") return problems.add(path, "is required");
  const { passwordMin: min, passwordMax: max } = LIMITS;
  if (
    !problems.check(
      value.length >= min && value.length <= max,
      path,
      `must be ${min}-${max} characters`,
    )
  ) {
    return;
  }
  problems.check(
    /^[\x21-\x7e]+$/.test(value) &&
      /[A-Za-z]/.test(value) &&
      /\d/.test(value) &&
      /[^A-Za-z\d]/.test(value),
    path,
    "must combine letters, digits and special characters (printable ASCII, no spaces)",
  );
}
