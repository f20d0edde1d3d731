import { type ProblemList, toKstDate } from "@korbill/core-domain";
import { isEnumValue } from "../enums.js";

/** Limits from popbill.md §3b; `[INF]` marks caps chosen by korbill where POPBiLL's are unknown. */
export const CASHBILL_LIMITS = {
  /** SubmitID: 1-36 of `[A-Za-z0-9_-]`, never reused. */
  submitId: /^[A-Za-z0-9_-]{1,36}$/,
  /** mgtKey (문서번호): 1-24 of `[A-Za-z0-9_-]`. */
  mgtKey: /^[A-Za-z0-9_-]{1,24}$/,
  /** Receipts per bulk submission. */
  maxBulk: 100,
  /** Each amount has at most 9 digits. */
  maxAmount: 999_999_999,
  /** NTS confirm number: 9 characters. [INF] letters and digits only (e.g. `TB0000178`). */
  confirmNum: /^[A-Za-z0-9]{9}$/,
  /**
   * orgConfirmNum of a cancel receipt: 1-24 characters. popbill.md §3b (Cashbill fields) gives
   * no length for `orgConfirmNum` (only `confirmNum` 9), and the seed gives up to 24, so a
   * 9-character rule would refuse numbers POPBiLL takes. [INF] letters and digits only, as
   * `confirmNum`.
   */
  orgConfirmNum: /^[A-Za-z0-9]{1,24}$/,
  /** Seller BRN: 10 digits. */
  corpNum: /^\d{10}$/,
  /** 종사업장 번호. [INF] 4 digits, as used in practice. */
  taxRegId: /^\d{4}$/,
} as const;

/**
 * The form under which an mgtKey or a SubmitID is unique per member: upper case.
 *
 * Why case-insensitive (one rule for validation, korbill's records and the bulk check): no
 * POPBiLL source says whether "dupc" and "DUPC" are one document number or two. The API
 * reference and the SDK comments only give the charset (`[A-Za-z0-9_-]`, 1-24 characters,
 * "unique per member"); the Node SDK (popbill 1.64.2, CashbillService.js) passes MgtKey
 * through verbatim into paths and bodies without any case handling; and the server matches
 * JSON member names case-insensitively (popbill.md §2 and §6.8: official examples send
 * PascalCase RefundForm keys), which is what a case-insensitive server collation does. The
 * two ways of being wrong are not alike: treating keys as distinct when POPBiLL does not would
 * send "DUPC", get "-14001019 already in use" and reconcile it with GetInfo("DUPC"), i.e.
 * report the receipt of "dupc" as this one's; treating them as one when POPBiLL does not only
 * asks the caller for another key. So korbill refuses a key that differs from a used one only
 * in case, and keeps and sends each key exactly as given.
 */
export function foldKey(key: string): string {
  // The charset is ASCII, so this equals SQL upper() on both engines (used by cashbill/0005-case-folded-keys).
  return key.toUpperCase();
}

/** Maximum lengths in characters; memo and emailSubject are documented, the rest `[INF]`. */
export const TEXT_LIMITS = {
  memo: 200,
  emailSubject: 300,
  customerName: 100, // [INF]
  itemName: 100, // [INF]
  orderNumber: 40, // [INF]
  franchiseCorpName: 200, // [INF]
  franchiseCeoName: 100, // [INF]
  franchiseAddr: 300, // [INF]
  franchiseTel: 20, // [INF]
  email: 100, // [INF]
  hp: 20, // [INF]
} as const;

/** Clock and tenant facts validation depends on. */
export interface ValidationContext {
  /** The current instant; the caller passes its clock's time. */
  now: Date | number;
}

/** `path.key`, or `key` at the root. */
export function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** Null, undefined and "" count as "not given" (the wire drops them alike). */
export function given<T>(value: T | null | undefined | ""): value is T {
  return value !== undefined && value !== null && value !== "";
}

/** A required string matching `pattern`. */
export function checkPattern(
  problems: ProblemList,
  value: unknown,
  path: string,
  pattern: RegExp,
  message: string,
): value is string {
  if (!given(value)) return problems.check(false, path, "is required");
  return problems.check(typeof value === "string" && pattern.test(value), path, message);
}

/** An optional string of at most `max` characters. */
export function checkText(problems: ProblemList, value: unknown, path: string, max: number): void {
  if (!given(value)) return;
  if (!problems.check(typeof value === "string", path, "must be a string")) return;
  problems.check([...(value as string)].length <= max, path, `must be at most ${max} characters`);
}

/** A required enum member; raw strings from scripts are checked too. */
export function checkEnum(
  problems: ProblemList,
  enumObj: Record<string, string | number>,
  value: unknown,
  path: string,
  required = true,
): boolean {
  if (!given(value)) return required ? problems.check(false, path, "is required") : true;
  if (isEnumValue(enumObj, value)) return true;
  const names = Object.keys(enumObj).filter((key) => Number.isNaN(Number(key)));
  return problems.check(false, path, `must be one of ${names.join(", ")}`);
}

/** An optional boolean. */
export function checkBoolean(problems: ProblemList, value: unknown, path: string): void {
  if (value === undefined || value === null) return;
  problems.check(typeof value === "boolean", path, "must be true or false");
}

/** A KRW amount: an integer 0..999,999,999; returns it, or null after recording a problem. */
export function checkAmount(problems: ProblemList, value: unknown, path: string): number | null {
  if (value === undefined || value === null) return (problems.add(path, "is required"), null);
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return (problems.add(path, "must be a whole number of KRW"), null);
  }
  if (value < 0) return (problems.add(path, "must not be negative"), null);
  if (value > CASHBILL_LIMITS.maxAmount) {
    return (problems.add(path, "must be at most 999,999,999 (9 digits)"), null);
  }
  return value;
}

/** `totalAmount == supplyCost + tax + serviceFee` when all four are valid. */
export function checkTotal(
  problems: ProblemList,
  parts: readonly (number | null)[],
  total: number | null,
  path: string,
): void {
  if (total === null || parts.some((part) => part === null)) return;
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  problems.check(total === sum, path, `must equal supplyCost + tax + serviceFee (${sum})`);
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Parses a strict ISO-8601 instant with `Z` or `±hh:mm`; null when malformed or not a real time. */
export function parseIsoInstant(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const [
    ,
    y = "",
    mo = "",
    d = "",
    h = "",
    mi = "",
    s = "0",
    frac = "",
    zone,
    sign,
    oh = "0",
    om = "0",
  ] = m;
  const fraction = frac.padEnd(3, "0").slice(0, 3);
  const offset = zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (+oh * 60 + +om);
  if (+h > 23 || +mi > 59 || +s > 59 || (zone !== "Z" && (+oh > 14 || +om > 59))) {
    return null;
  }
  if (!isRealDay(+y, +mo, +d)) return null;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +fraction) - offset * 60_000;
  return new Date(utc);
}

/** True for a strict `yyyy-MM-dd` that names a real calendar day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [, y = "", mo = "", d = ""] = m;
  return isRealDay(+y, +mo, +d);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The KST calendar day (`yyyy-MM-dd`) of an instant. */
export function kstDay(instant: Date | number): string {
  const compact = toKstDate(instant);
  return `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
}

/**
 * A required ISO date (`yyyy-MM-dd`) not after today in KST. [INF] An original trade in the
 * future cannot exist.
 */
export function checkPastIsoDate(
  problems: ProblemList,
  value: unknown,
  path: string,
  now: Date | number,
): void {
  if (!given(value)) return problems.add(path, "is required");
  if (!isIsoDate(value)) return problems.add(path, "must be an ISO date like 2026-11-23");
  problems.check(value <= kstDay(now), path, "must not be in the future (KST)");
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** An optional e-mail address of a plain `local@domain.tld` shape. */
export function checkEmail(problems: ProblemList, value: unknown, path: string): void {
  if (!given(value)) return;
  checkText(problems, value, path, TEXT_LIMITS.email);
  if (typeof value === "string")
    problems.check(EMAIL.test(value), path, "is not an e-mail address");
}
