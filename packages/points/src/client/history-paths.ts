import { InputError } from "@korbill/core-domain";

/** A `yyyyMMdd` date range with optional paging (GetPaymentHistory). */
export interface HistoryQuery {
  /** First day, KST `yyyyMMdd`. */
  sDate: string;
  /** Last day, KST `yyyyMMdd`. */
  eDate: string;
  page?: number;
  perPage?: number;
}

/** GetUseHistory's query: a range, paging and `Order` D (newest first) or A. */
export interface UseHistoryQuery extends HistoryQuery {
  order?: "D" | "A";
}

/** Paging alone (GetRefundHistory). */
export interface PageQuery {
  page?: number;
  perPage?: number;
}

const COMPACT_DATE = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

function checkDate(value: string, name: string): string {
  if (typeof value !== "string" || !COMPACT_DATE.test(value)) {
    throw new InputError(`${name} must be yyyyMMdd`, [{ path: name, message: "must be yyyyMMdd" }]);
  }
  return value;
}

function paging(query: PageQuery): string[] {
  const out: string[] = [];
  for (const [key, value] of [
    ["Page", query.page],
    ["PerPage", query.perPage],
  ] as const) {
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new InputError(`${key} must be a whole number ≥ 1`, [
        { path: key === "Page" ? "page" : "perPage", message: "must be a whole number ≥ 1" },
      ]);
    }
    out.push(`${key}=${value}`);
  }
  return out;
}

/** `/PaymentHistory?SDate=…&EDate=…[&Page=…][&PerPage=…]` in the SDK's parameter order. */
export function paymentHistoryPath(query: HistoryQuery): string {
  const params = [
    `SDate=${checkDate(query.sDate, "sDate")}`,
    `EDate=${checkDate(query.eDate, "eDate")}`,
    ...paging(query),
  ];
  return `/PaymentHistory?${params.join("&")}`;
}

/** `/UseHistory?SDate=…&EDate=…[&Page=…][&PerPage=…][&Order=D|A]` in the SDK's order. */
export function useHistoryPath(query: UseHistoryQuery): string {
  const params = [
    `SDate=${checkDate(query.sDate, "sDate")}`,
    `EDate=${checkDate(query.eDate, "eDate")}`,
    ...paging(query),
  ];
  if (query.order !== undefined && query.order !== null) {
    if (query.order !== "D" && query.order !== "A") {
      throw new InputError("Order must be D or A", [{ path: "order", message: "must be D or A" }]);
    }
    params.push(`Order=${query.order}`);
  }
  return `/UseHistory?${params.join("&")}`;
}

/**
 * `/RefundHistory?Page=…&PerPage=…` — the clean form Java and Python send, not Node's
 * `/RefundHistory?&Page=…`; just `/RefundHistory` without paging.
 */
export function refundHistoryPath(query: PageQuery = {}): string {
  const params = paging(query);
  return params.length ? `/RefundHistory?${params.join("&")}` : "/RefundHistory";
}
