import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { parseKstDate } from "../kst.js";

/** Largest `PerPage` (popbill.md §3a [EX]: "최대 1,000"). */
export const MAX_PER_PAGE = 1_000;
/** Default `PerPage` [EX]. */
export const DEFAULT_PER_PAGE = 500;

/** Paging of a history list. */
export interface Paging {
  readonly page: number;
  readonly perPage: number;
}

/** A parsed `SDate`/`EDate` (KST `yyyyMMdd`, inclusive) with paging and order. */
export interface HistoryQuery extends Paging {
  readonly sDate: string;
  readonly eDate: string;
  /** D newest first (default), A oldest first. */
  readonly order: "D" | "A";
}

/** A page of a history list (`PaymentHistoryResult`, `UseHistoryResult`, `RefundHistoryResult`). */
export interface HistoryPage<T> {
  readonly code: 1;
  readonly total: number;
  readonly perPage: number;
  readonly pageNum: number;
  readonly pageCount: number;
  readonly list: readonly T[];
}

/**
 * Reads `Page` and `PerPage` (names case-insensitive; Node's `/RefundHistory?&Page=1` parses
 * like `?Page=1`): Page ≥ 1 (default 1), PerPage 1..1000 (default 500); otherwise 400
 * `-10000001` ([INF] the code for bad list parameters, as for cash-receipt search).
 */
export function parsePaging(query: URLSearchParams): Paging {
  const params = lowerCased(query);
  return {
    page: readInt("Page", params.get("page"), 1, Number.MAX_SAFE_INTEGER, 1),
    perPage: readInt("PerPage", params.get("perpage"), 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
  };
}

/** Reads `SDate`/`EDate` (required real `yyyyMMdd` dates, SDate ≤ EDate), paging and `Order`. */
export function parseHistoryQuery(query: URLSearchParams): HistoryQuery {
  const params = lowerCased(query);
  const sDate = readDate("SDate", params.get("sdate"));
  const eDate = readDate("EDate", params.get("edate"));
  if (sDate > eDate)
    throw bad(`조회 기간이 올바르지 않습니다. (SDate ${sDate} is after EDate ${eDate})`);
  const order = params.get("order") || "D";
  if (order !== "D" && order !== "A")
    throw bad(`정렬방향이 올바르지 않습니다. (Order must be D or A)`);
  return { ...parsePaging(query), sDate, eDate, order };
}

/** The page of `items` (already in list order) that `paging` asks for. */
export function pageOf<T>(items: readonly T[], paging: Paging): HistoryPage<T> {
  const start = (paging.page - 1) * paging.perPage;
  return {
    code: 1,
    total: items.length,
    perPage: paging.perPage,
    pageNum: paging.page,
    pageCount: Math.ceil(items.length / paging.perPage),
    list: items.slice(start, start + paging.perPage),
  };
}

/** Whether a KST `yyyyMMdd…` time falls on a day of the query's range. */
export function inRange(dateTime: string, query: HistoryQuery): boolean {
  const day = dateTime.slice(0, 8);
  return day >= query.sDate && day <= query.eDate;
}

function lowerCased(query: URLSearchParams): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of query) params.set(name.toLowerCase(), value.trim());
  return params;
}

function readDate(name: string, raw: string | undefined): string {
  if (!raw)
    throw bad(
      `조회 ${name === "SDate" ? "시작" : "종료"}일자가 입력되지 않았습니다. (${name} is required)`,
    );
  if (parseKstDate(raw) === undefined)
    throw bad(`조회일자 형식이 유효하지 않습니다. (${name} must be a yyyyMMdd date, got "${raw}")`);
  return raw;
}

function readInt(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === undefined || raw === "") return fallback;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw bad(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

function bad(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}
