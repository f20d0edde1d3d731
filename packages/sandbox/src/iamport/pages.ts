import { badParameter } from "./reply.js";
import { type PageAnnotation } from "./wire.js";

/** Page size of the lists that take no `limit` (iamport.md §4.2). */
export const PAGE_SIZE = 20;

/** A positive whole-number query parameter, `fallback` when absent; else a 400 [INF]. */
export function positiveParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw badParameter(`${name}은(는) 1 이상의 정수여야 합니다.`);
  return value;
}

/** An epoch-seconds query parameter, `undefined` when absent; else a 400 [INF]. */
export function secondsParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw badParameter(`${name}은(는) UNIX timestamp(초)여야 합니다.`);
  return value;
}

/** Refuses a window wider than 3 months where the docs say so (iamport.md §4.2, §5.3) [INF: 92 days]. */
export function checkWindow(from: number | undefined, to: number | undefined): void {
  if (from !== undefined && to !== undefined && to - from > 92 * 24 * 60 * 60)
    throw badParameter("조회 기간은 최대 3개월까지 가능합니다.");
}

/** Page `page` (from 1) of `items` as `{total, previous, next, list}`. */
export function toPage<T>(items: readonly T[], page: number, limit: number): PageAnnotation<T> {
  const start = (page - 1) * limit;
  return {
    total: items.length,
    previous: page > 1 ? page - 1 : 0,
    next: start + limit < items.length ? page + 1 : 0,
    list: items.slice(start, start + limit),
  };
}
