/**
 * POPBiLL HomeTax-crawl JSON shapes exactly as on the wire (popbill.md §3c; field types from
 * the Java SDK `com.popbill.api.hometax.*`, which the Node SDK passes through untouched).
 * Dates are KST `yyyyMMdd`, times KST `yyyyMMddHHmmss`.
 */

/** The path segment of each crawl service: `/HomeTax/Cashbill` or `/HomeTax/Taxinvoice`. */
export type WireHometaxSvc = "Cashbill" | "Taxinvoice";

/** `{code, message}`: code 1 is success (registDeptUser, checkDeptUser, CertCheck, …). */
export interface WireResponse {
  code: number;
  message: string;
}

/** Reply of `?TG=CERT` and `?TG=CHRG`: a popup URL valid for 30 seconds. */
export interface WireUrlResponse {
  url: string;
}

/** Reply of `/CertInfo`. */
export interface WireCertInfo {
  /** KST `yyyyMMddHHmmss`. */
  certificateExpiration: string;
}

/** Body of `POST /DeptUser` (registDeptUser). `secAuth` is optional (added Aug 2025). */
export interface WireDeptUserRequest {
  id: string;
  pwd: string;
  secAuth?: string | undefined;
}

/** Reply of requestJob. */
export interface WireJobIdResponse {
  /** 18 digits, e.g. `025102210000000001`. */
  jobID: string;
}

/** Crawl direction in the requestJob path: sales, purchases, or (tax invoices only) trustee. */
export type WireQueryType = "SELL" | "BUY" | "TRUSTEE";

/** Tax-invoice `DType`: W 작성일자 (write), I 발행일자 (issue), S 전송일자 (send). */
export type WireDateType = "W" | "I" | "S";

/** Reply of `/{JobID}/State`, and each item of `/JobList`. */
export interface WireJobState {
  jobID: string;
  /** 1 대기 (pending), 2 진행중 (processing), 3 완료 (finished). A string in Java, a number in Delphi. */
  jobState: string | number;
  /** "매출" / "매입" / "수탁" [JAVA javadoc]. */
  queryType?: string | null;
  /** "WriteDate" / "IssueDate" / "SendDate" (tax invoices) [JAVA javadoc]. */
  queryDateType?: string | null;
  queryStDate?: string | null;
  queryEnDate?: string | null;
  /** 1 = crawl succeeded; otherwise POPBiLL's error code. Meaningful once jobState is 3. */
  errorCode?: number | string | null;
  errorReason?: string | null;
  jobStartDT?: string | null;
  jobEndDT?: string | null;
  collectCount?: number | string | null;
  /** When the job was requested, KST `yyyyMMddHHmmss`. */
  regDT?: string | null;
}

/** One crawled cash receipt (HTCashbill). Amounts are strings on the wire. */
export interface WireHTCashbill {
  /** NTS confirm number (9). */
  ntsconfirmNum?: string | null;
  tradeDate?: string | null;
  tradeDT?: string | null;
  /** "승인거래" / "취소거래". */
  tradeType?: string | null;
  /** "소득공제용" / "지출증빙용". */
  tradeUsage?: string | null;
  supplyCost?: string | number | null;
  tax?: string | number | null;
  serviceFee?: string | number | null;
  totalAmount?: string | number | null;
  /** "매출" (sales) / "매입" (purchases). */
  invoiceType?: string | null;
  franchiseCorpNum?: string | null;
  franchiseCorpName?: string | null;
  franchiseCorpType?: number | null;
  identityNum?: string | null;
  identityNumType?: number | null;
  customerName?: string | null;
  cardOwnerName?: string | null;
  /** 1, 2 deductible; 3, 4 not deductible [JAVA javadoc]. */
  deductionType?: number | null;
}

/** A page of crawled cash receipts. */
export interface WireHTCashbillSearchResult {
  code?: number;
  message?: string;
  total: number;
  perPage: number;
  pageNum: number;
  pageCount: number;
  list: WireHTCashbill[];
}

/** Totals of crawled cash receipts. */
export interface WireHTCashbillSummary {
  count: number;
  supplyCostTotal: number;
  taxTotal: number;
  serviceFeeTotal: number;
  amountTotal: number;
}

/** One crawled tax invoice, abbreviated (HTTaxinvoiceAbbr). Amounts are strings on the wire. */
export interface WireHTTaxinvoiceAbbr {
  /** NTS confirm number (24). */
  ntsconfirmNum?: string | null;
  writeDate?: string | null;
  issueDate?: string | null;
  sendDate?: string | null;
  /** "과세" / "영세" / "면세". */
  taxType?: string | null;
  /** "영수" / "청구". */
  purposeType?: string | null;
  modifyYN?: boolean | null;
  remark1?: string | null;
  invoicerCorpNum?: string | null;
  invoicerTaxRegID?: string | null;
  invoicerCorpName?: string | null;
  invoicerCEOName?: string | null;
  invoicerEmail?: string | null;
  invoiceeCorpNum?: string | null;
  invoiceeType?: string | null;
  invoiceeTaxRegID?: string | null;
  invoiceeCorpName?: string | null;
  invoiceeCEOName?: string | null;
  invoiceeEmail1?: string | null;
  invoiceeEmail2?: string | null;
  trusteeCorpNum?: string | null;
  trusteeTaxRegID?: string | null;
  trusteeCorpName?: string | null;
  trusteeCEOName?: string | null;
  trusteeEmail?: string | null;
  supplyCostTotal?: string | number | null;
  taxTotal?: string | number | null;
  totalAmount?: string | number | null;
  purchaseDate?: string | null;
  itemName?: string | null;
  spec?: string | null;
  qty?: string | null;
  unitCost?: string | null;
  supplyCost?: string | number | null;
  tax?: string | number | null;
  remark?: string | null;
  orgNTSConfirmNum?: string | null;
  /** "매출" / "매입" (and, for trustee crawls, [INF] "수탁"). */
  invoiceType?: string | null;
}

/** A page of crawled tax invoices. */
export interface WireHTTaxinvoiceSearchResult {
  code?: number;
  message?: string;
  total: number;
  perPage: number;
  pageNum: number;
  pageCount: number;
  list: WireHTTaxinvoiceAbbr[];
}

/** Totals of crawled tax invoices. */
export interface WireHTTaxinvoiceSummary {
  count: number;
  supplyCostTotal: number;
  taxTotal: number;
  amountTotal: number;
}

/** Reply of `/Contract`: the member's flat-rate (정액제) contract for crawling. */
export interface WireFlatRateState {
  referenceID?: string | null;
  contractDT?: string | null;
  baseDate?: number | null;
  useEndDate?: string | null;
  state?: number | null;
  closeRequestYN?: boolean | null;
  useRestrictYN?: boolean | null;
  closeOnExpired?: boolean | null;
  unPaidYN?: boolean | null;
}

/** Reply of `/ChargeInfo`. */
export interface WireChargeInfo {
  unitCost?: string | null;
  chargeMethod?: string | null;
  rateSystem?: string | null;
}
