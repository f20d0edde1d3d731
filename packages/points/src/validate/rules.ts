import type { ProblemList } from "@korbill/core-domain";
import { isEnumValue } from "../enums.js";

/**
 * Field rules shared by every points validator. `[EX]` marks limits taken from the official
 * examples' comments, `[INF]` caps chosen by korbill where POPBiLL's are unknown. No message
 * ever contains the offending value (a password must never be echoed).
 */
export const LIMITS = {
  /** Largest page POPBiLL serves [EX: "최대 1,000"]. */
  maxPerPage: 1000,
  /** POPBiLL's default page size [EX]. */
  defaultPerPage: 500,
  /** KRW and points amounts. [INF] 9 digits, like cash-receipt amounts. */
  maxAmount: 999_999_999,
  /** settleCode / refundCode. [INF] POPBiLL hands out digit strings. */
  code: /^[A-Za-z0-9_-]{1,64}$/,
  /** Login id: [EX] "6자 이상 50자 미만", letters, digits, `_` and `-`. */
  popbillId: /^[A-Za-z0-9_-]{6,49}$/,
  /** Password length [EX: "8자 이상 20자 이하"]. */
  passwordMin: 8,
  passwordMax: 20,
  /** Account number digits [DOC: "8자리 이상 14자리 이하"]. */
  accountNumberDigits: { min: 8, max: 14 },
  /** Phone digits once dashes are gone. [INF] 8 (1588-xxxx) to 12. */
  phoneDigits: { min: 8, max: 12 },
} as const;

/** Maximum text lengths in characters: [EX] node-popbill.example comments; [INF] otherwise. */
export const TEXT_LIMITS = {
  ceoName: 100,
  corpName: 200,
  address: 300,
  bizType: 100,
  bizClass: 100,
  personName: 100,
  email: 100,
  phone: 20,
  bankName: 50, // [INF]
  reason: 500, // [INF]
} as const;

/** `path.key`, or `key` at the root. */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Null, undefined and "" count as "not given" (the wire drops them alike). */
export function given<T>(value: T | null | undefined | ""): value is T {
  return value !== undefined && value !== null && value !== "";
}

/** A required, non-blank string of at most `max` characters. */
export function checkText(problems: ProblemList, value: unknown, path: string, max: number): void {
  if (typeof value !== "string" || value.trim() === "") return problems.add(path, "is required");
  problems.check([...value].length <= max, path, `must be at most ${max} characters`);
}

/** A required enum member; raw strings from scripts are checked too. */
export function checkEnum(
  problems: ProblemList,
  enumObj: Record<string, string>,
  value: unknown,
  path: string,
): void {
  if (!given(value)) return problems.add(path, "is required");
  problems.check(
    isEnumValue(enumObj, value),
    path,
    `must be one of ${Object.values(enumObj).join(", ")}`,
  );
}

/** A whole number 1..{@link LIMITS.maxAmount}. */
export function checkAmount(problems: ProblemList, value: unknown, path: string): void {
  if (value === undefined || value === null) return problems.add(path, "is required");
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return problems.add(path, "must be a whole number");
  }
  problems.check(value >= 1, path, "must be positive");
  problems.check(value <= LIMITS.maxAmount, path, "must be at most 999,999,999");
}

/** A settleCode / refundCode. */
export function checkCode(problems: ProblemList, value: unknown, path: string): void {
  if (!given(value)) return problems.add(path, "is required");
  problems.check(
    typeof value === "string" && LIMITS.code.test(value),
    path,
    "must be 1-64 characters of A-Z a-z 0-9 _ -",
  );
}
