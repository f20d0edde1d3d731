import { type ProblemList, isoDateToCompact } from "@korbill/core-domain";
import { isEnumValue } from "../enums.js";

/** Limits; `[INF]` marks caps chosen by korbill where POPBiLL's are undocumented. */
export const HOMETAX_LIMITS = {
  /** One crawl covers at most 3 calendar months (popbill.md §3c). */
  maxRangeMonths: 3,
  /** JobIDs are valid for 1 hour after the request. */
  jobLifetimeMs: 3_600_000,
  /** Largest page POPBiLL serves; its default is 500. */
  maxPerPage: 1000,
  defaultPerPage: 500,
  /** Department-user ID and password: POPBiLL's fields are 50 characters long. */
  deptUserIdMax: 50,
  deptUserPasswordMax: 50,
  /** [INF] `secAuth`: 6 to 13 digits (birth date to a full registration number). */
  identityNum: /^\d{6,13}$/,
  /** 종사업장번호: 4 digits. */
  taxRegId: /^\d{4}$/,
  /** [INF] At most this many branch numbers per filter. */
  maxTaxRegIds: 100,
  /** [INF] Longest counterpart search string. */
  searchStringMax: 100,
} as const;

/** `path.key`, or `key` at the root. */
export function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** Null, undefined and "" count as "not given". */
export function given<T>(value: T | null | undefined | ""): value is T {
  return value !== undefined && value !== null && value !== "";
}

/** A required (or optional) enum member; raw strings from scripts are checked too. */
export function checkEnum(
  problems: ProblemList,
  enumObj: Record<string, string>,
  value: unknown,
  path: string,
  required = true,
): boolean {
  if (!given(value)) return required ? problems.check(false, path, "is required") : true;
  return problems.check(
    isEnumValue(enumObj, value),
    path,
    `must be one of ${Object.values(enumObj).join(", ")}`,
  );
}

/** An optional list of enum members. */
export function checkEnumList(
  problems: ProblemList,
  enumObj: Record<string, string>,
  list: unknown,
  path: string,
): void {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) return problems.add(path, "must be a list");
  list.forEach((item, i) => checkEnum(problems, enumObj, item, at(path, i)));
}

/** True for a real calendar day written `yyyy-MM-dd`. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && isoDateToCompact(value) !== null;
}

/**
 * `from` plus `months` calendar months, clamped to the end of a shorter month (Nov 30 + 3
 * months = Feb 28/29), as `yyyy-MM-dd`. `from` must be a valid ISO date.
 */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
