import { badParameter } from "./codes.js";

/** Largest and default `PerPage` (popbill.md §3c). */
export const MAX_PER_PAGE = 1_000;
/** POPBiLL's default page size. */
export const DEFAULT_PER_PAGE = 500;

/** Query parameters with names matched case-insensitively, values trimmed (the last wins). */
export class Params {
  readonly #values = new Map<string, string>();

  /** Reads a parsed query string; any order, percent-encoding and `+` already decoded. */
  constructor(query: URLSearchParams) {
    for (const [name, value] of query) this.#values.set(name.toLowerCase(), value.trim());
  }

  /** The value, or `undefined` when absent or empty ("empty value = all"). */
  get(name: string): string | undefined {
    const value = this.#values.get(name.toLowerCase());
    return value === undefined || value === "" ? undefined : value;
  }

  /**
   * A comma list of codes mapped through `table`, or `undefined` (all) when absent or empty;
   * an unknown code is a 400 -10000001.
   */
  codes<T>(name: string, table: Readonly<Record<string, T>>): ReadonlySet<T> | undefined {
    const list = this.get(name);
    if (list === undefined) return undefined;
    const items = list
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.length === 0) return undefined;
    return new Set(
      items.map((code) => {
        if (!Object.hasOwn(table, code))
          throw badParameter(`${name} must be a comma list of ${Object.keys(table).join(", ")}`);
        return table[code] as T;
      }),
    );
  }

  /** One of `allowed`, or `undefined` when absent; anything else is a 400. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value))
      throw badParameter(`${name} must be one of ${allowed.join(", ")}`);
    return value as T;
  }

  /** A whole number from `min` to `max`, `fallback` when absent; anything else is a 400. */
  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max)
      throw badParameter(`${name} must be a whole number from ${min} to ${max}`);
    return value;
  }
}

/** `Page`, `PerPage` and `Order` of a search. */
export interface Paging {
  readonly page: number;
  readonly perPage: number;
  /** D newest first (default), A oldest first. */
  readonly order: "D" | "A";
}

/** Reads the paging parameters (400 -10000001 for a bad value). */
export function readPaging(params: Params): Paging {
  return {
    page: params.int("Page", 1, 1, Number.MAX_SAFE_INTEGER),
    perPage: params.int("PerPage", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
    order: params.oneOf("Order", ["D", "A"] as const) ?? "D",
  };
}

/** A search reply: `{code, message, total, perPage, pageNum, pageCount, list}`, numeric counters. */
export interface SearchPage<T> {
  readonly code: 1;
  readonly message: string;
  readonly total: number;
  readonly perPage: number;
  readonly pageNum: number;
  readonly pageCount: number;
  readonly list: readonly T[];
}

/** One page of `rows` (given oldest first) in the requested order. */
export function pageOf<T>(rows: readonly T[], paging: Paging): SearchPage<T> {
  const ordered = paging.order === "D" ? [...rows].reverse() : rows;
  const start = (paging.page - 1) * paging.perPage;
  return {
    code: 1,
    message: "조회 성공", // [INF] wording
    total: rows.length,
    perPage: paging.perPage,
    pageNum: paging.page,
    pageCount: Math.ceil(rows.length / paging.perPage),
    list: ordered.slice(start, start + paging.perPage),
  };
}
