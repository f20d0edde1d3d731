import { jobIdSegment, oneOf, rawValue } from "./guards.js";

/** Filters of HTCashbill search/summary in upstream terms (popbill.md §3c). */
export interface HTCashbillFilterQuery {
  /** N 승인거래 (approval) / C 취소거래 (cancellation); all when empty. */
  tradeType?: readonly ("N" | "C")[];
  /** P 소득공제용 (income deduction) / C 지출증빙용 (expense proof); all when empty. */
  tradeUsage?: readonly ("P" | "C")[];
}

/** HTCashbill search: filters plus paging. */
export interface HTCashbillSearchQuery extends HTCashbillFilterQuery {
  page?: number;
  /** 1..1000, POPBiLL's default 500. */
  perPage?: number;
  /** D descending (default) / A ascending. */
  order?: "D" | "A";
}

/** Filters of HTTaxinvoice search/summary in upstream terms (popbill.md §3c). */
export interface HTTaxinvoiceFilterQuery {
  /** N 일반 (normal) / M 수정 (modified). */
  type?: readonly ("N" | "M")[];
  /** T 과세 (taxable) / N 면세 (tax-free) / Z 영세 (zero-rated). */
  taxType?: readonly ("T" | "N" | "Z")[];
  /** R 영수 / C 청구 / N 없음. */
  purposeType?: readonly ("R" | "C" | "N")[];
  /** Whose 종사업장번호 `taxRegID` filters: S seller, B buyer, T trustee. */
  taxRegIDType?: "S" | "B" | "T";
  /** 종사업장번호 (4 digits each), sent comma-separated. */
  taxRegID?: readonly string[];
  /** "0": counterparts without a branch number only; "1": with one only. */
  taxRegIDYN?: "0" | "1";
  /** Counterpart name or registration number; URL-encoded on the wire. */
  searchString?: string;
}

/** HTTaxinvoice search: filters plus paging. */
export interface HTTaxinvoiceSearchQuery extends HTTaxinvoiceFilterQuery {
  page?: number;
  perPage?: number;
  order?: "D" | "A";
}

type Param = [name: string, value: string | undefined];

function joined(list: readonly string[] | undefined, name: string): string | undefined {
  return list?.length ? rawValue(list.join(","), name) : undefined;
}

function paging(query: { page?: number; perPage?: number; order?: "D" | "A" }): Param[] {
  return [
    ["Page", query.page?.toString()],
    ["PerPage", query.perPage?.toString()],
    ["Order", query.order === undefined ? undefined : oneOf(query.order, ["D", "A"], "Order")],
  ];
}

// The first parameter is always present, even when empty (`?TradeType=` / `?Type=`), as the
// Node SDK writes it; the others are left out when absent or empty.
function queryString(first: [string, string], rest: Param[]): string {
  const parts = [`${first[0]}=${first[1]}`];
  for (const [name, value] of rest)
    if (value !== undefined && value !== "") parts.push(`${name}=${value}`);
  return parts.join("&");
}

function cashbillParams(query: HTCashbillFilterQuery): [[string, string], Param[]] {
  return [
    ["TradeType", joined(query.tradeType, "TradeType") ?? ""],
    [["TradeUsage", joined(query.tradeUsage, "TradeUsage")]],
  ];
}

/**
 * `GET /HomeTax/Cashbill/{JobID}?TradeType=…[&TradeUsage][&Page][&PerPage][&Order]` in the
 * Node SDK's order (HTCashbillService.js:148-153).
 */
export function cashbillSearchPath(jobId: string, query: HTCashbillSearchQuery = {}): string {
  const [first, rest] = cashbillParams(query);
  return `/HomeTax/Cashbill/${jobIdSegment(jobId)}?${queryString(first, [...rest, ...paging(query)])}`;
}

/** `GET /HomeTax/Cashbill/{JobID}/Summary?TradeType=…[&TradeUsage]` (HTCashbillService.js:185-187). */
export function cashbillSummaryPath(jobId: string, query: HTCashbillFilterQuery = {}): string {
  const [first, rest] = cashbillParams(query);
  return `/HomeTax/Cashbill/${jobIdSegment(jobId)}/Summary?${queryString(first, rest)}`;
}

function taxinvoiceParams(query: HTTaxinvoiceFilterQuery): [[string, string], Param[]] {
  const regIdType = query.taxRegIDType;
  const regIdYN = query.taxRegIDYN;
  return [
    ["Type", joined(query.type, "Type") ?? ""],
    [
      ["TaxType", joined(query.taxType, "TaxType")],
      ["PurposeType", joined(query.purposeType, "PurposeType")],
      ["TaxRegIDType", regIdType && oneOf(regIdType, ["S", "B", "T"], "TaxRegIDType")],
      ["TaxRegID", joined(query.taxRegID, "TaxRegID")],
      ["TaxRegIDYN", regIdYN && oneOf(regIdYN, ["0", "1"], "TaxRegIDYN")],
      ["SearchString", query.searchString ? encodeURIComponent(query.searchString) : undefined],
    ],
  ];
}

/**
 * `GET /HomeTax/Taxinvoice/{JobID}?Type=…[&TaxType][&PurposeType][&TaxRegIDType][&TaxRegID]
 * [&TaxRegIDYN][&SearchString][&Page][&PerPage][&Order]` in the Node SDK's order
 * (HTTaxinvoiceService.js:170-180).
 */
export function taxinvoiceSearchPath(jobId: string, query: HTTaxinvoiceSearchQuery = {}): string {
  const [first, rest] = taxinvoiceParams(query);
  return `/HomeTax/Taxinvoice/${jobIdSegment(jobId)}?${queryString(first, [...rest, ...paging(query)])}`;
}

/** `GET /HomeTax/Taxinvoice/{JobID}/Summary?Type=…` with the same filters, no paging (:216-223). */
export function taxinvoiceSummaryPath(jobId: string, query: HTTaxinvoiceFilterQuery = {}): string {
  const [first, rest] = taxinvoiceParams(query);
  return `/HomeTax/Taxinvoice/${jobIdSegment(jobId)}/Summary?${queryString(first, rest)}`;
}
