import type { ProblemList } from "@korbill/core-domain";

/** Largest amount korbill accepts (GraphQL `Int`). */
export const MAX_AMOUNT = 2 ** 31 - 1;
/** `customer_uid`: at most 80 chars (iamport.md §4); [INF] a charset safe in URL paths. */
export const CUSTOMER_UID_PATTERN = /^[A-Za-z0-9_\-.@]{1,80}$/;
/** `merchant_uid`: 1-40 chars (iamport.md §5.6); [INF] the same URL-safe charset. */
export const MERCHANT_UID_PATTERN = /^[A-Za-z0-9_\-.@]{1,40}$/;
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a digit string passes the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * The card number as i'mport wants it (`dddd-dddd-dddd-dddd`; 15 digits as `dddd-dddddd-ddddd`
 * [INF]), or a problem. Messages never quote the number.
 */
export function cardNumber(p: ProblemList, path: string, value: string): string | null {
  const digits = value.replace(/-/g, "");
  const problem = !/^\d+(-\d+)*$/.test(value)
    ? "use digits, optionally grouped with single dashes"
    : digits.length < 15 || digits.length > 16
      ? "must have 15 or 16 digits"
      : !luhnValid(digits)
        ? "fails the Luhn check"
        : null;
  if (problem) {
    p.add(path, problem);
    return null;
  }
  return digits.length === 16
    ? digits.replace(/^(\d{4})(\d{4})(\d{4})(\d{4})$/, "$1-$2-$3-$4")
    : digits.replace(/^(\d{4})(\d{6})(\d{5})$/, "$1-$2-$3");
}

/** `YYYY-MM`, a real month, not before the current KST month and at most 20 years ahead [INF]. */
export function expiry(p: ProblemList, path: string, value: string, nowMs: number): void {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return p.add(path, "must be YYYY-MM");
  const month = Number(m[2]);
  if (month < 1 || month > 12) return p.add(path, "month must be 01-12");
  const kstNow = new Date(nowMs + 9 * 3600_000);
  const current = kstNow.getUTCFullYear() * 12 + kstNow.getUTCMonth();
  const given = Number(m[1]) * 12 + month - 1;
  if (given < current) return p.add(path, "the card has expired");
  if (given > current + 240) p.add(path, "is more than 20 years ahead");
}

/** `YYMMDD` (a real date in 19YY or 20YY) or a 10-digit business registration number. */
export function birth(p: ProblemList, path: string, value: string): void {
  if (/^\d{10}$/.test(value)) return;
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return p.add(path, "must be YYMMDD, or 10 digits (business number) for a corporate card");
  const [yy, mm, dd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDate(1900 + yy, mm, dd) && !realDate(2000 + yy, mm, dd))
    p.add(path, "is not a real date (YYMMDD)");
}

/** A whole number in `[min, max]`. */
export function integer(p: ProblemList, path: string, value: number, min: number, max: number) {
  p.check(
    Number.isInteger(value) && value >= min && value <= max,
    path,
    `must be an integer from ${min} to ${max}`,
  );
}

/** A string of at most `max` characters, optionally required. */
export function text(
  p: ProblemList,
  path: string,
  value: string | null | undefined,
  max: number,
  required = false,
): void {
  if (value === null || value === undefined || value === "") {
    if (required) p.add(path, "is required");
    return;
  }
  p.check(value.length <= max, path, `must be at most ${max} characters`);
}

/** An ISO-8601 date-time with an explicit offset, as epoch ms; null after recording a problem. */
export function isoInstant(p: ProblemList, path: string, value: string): number | null {
  const m = ISO_WITH_OFFSET.exec(value);
  const ms = m ? Date.parse(value) : NaN;
  if (!m || Number.isNaN(ms) || !realDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    p.add(path, "must be an ISO-8601 date-time with an offset, e.g. 2025-02-01T09:00:00+09:00");
    return null;
  }
  return ms;
}

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
