import { InputError } from "@korbill/core-domain";

/** `DType`: which date `sDate`/`eDate` refer to — R registered, T trade, I issue. */
export type SearchDateType = "R" | "T" | "I";

/**
 * POPBiLL Search parameters in upstream terms (popbill.md §3b): dates `yyyyMMdd`, one-letter
 * codes, `state` as 3-character codes where the 2nd/3rd may be `*` (e.g. `3**`).
 */
export interface CashbillSearchQuery {
  dType: SearchDateType;
  sDate: string;
  eDate: string;
  state?: readonly string[];
  /** N approval / C cancel. */
  tradeType?: readonly ("N" | "C")[];
  /** N general / B books & performances / T public transport. */
  tradeOpt?: readonly ("N" | "B" | "T")[];
  /** P income deduction / C expense proof. */
  tradeUsage?: readonly ("P" | "C")[];
  /** T taxable / N tax-free. */
  taxationType?: readonly ("T" | "N")[];
  /** D descending (default) / A ascending. */
  order?: "D" | "A";
  page?: number;
  perPage?: number;
  /** The buyer's identity number; URL-encoded on the wire. */
  qString?: string;
  franchiseTaxRegID?: readonly string[];
}

// Values sent raw (as Node's SDK does) must not be able to break out of their parameter.
const RAW_VALUE = /^[A-Za-z0-9*,]*$/;

/**
 * The Search path with its query string in Node's parameter order (popbill.md §5.4): DType,
 * SDate, EDate, State, TradeType, TradeOpt, TradeUsage, TaxationType, Order, Page, PerPage,
 * QString, FranchiseTaxRegID. Absent or empty filters are left out.
 */
export function searchPath(query: CashbillSearchQuery): string {
  const params: [string, string | undefined][] = [
    ["DType", query.dType],
    ["SDate", query.sDate],
    ["EDate", query.eDate],
    ["State", query.state?.join(",")],
    ["TradeType", query.tradeType?.join(",")],
    ["TradeOpt", query.tradeOpt?.join(",")],
    ["TradeUsage", query.tradeUsage?.join(",")],
    ["TaxationType", query.taxationType?.join(",")],
    ["Order", query.order],
    ["Page", query.page?.toString()],
    ["PerPage", query.perPage?.toString()],
  ];
  const parts = params
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
    .map(([name, value]) => `${name}=${raw(name, value)}`);
  if (query.qString) parts.push(`QString=${encodeURIComponent(query.qString)}`);
  const franchise = query.franchiseTaxRegID?.join(",");
  if (franchise) parts.push(`FranchiseTaxRegID=${raw("FranchiseTaxRegID", franchise)}`);
  return `/Cashbill/Search?${parts.join("&")}`;
}

function raw(name: string, value: string): string {
  if (!RAW_VALUE.test(value)) {
    const message = "may contain only A-Z a-z 0-9 * and commas";
    throw new InputError(`search ${name} ${message}`, [{ path: name, message }]);
  }
  return value;
}
