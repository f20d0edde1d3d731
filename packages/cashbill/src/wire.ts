/**
 * POPBiLL cash-receipt JSON shapes exactly as on the wire (popbill.md §3b). Amounts are
 * strings of digits; dates are KST `yyyyMMdd[HHmmss]` strings; Korean enum strings.
 */

/** `tradeType`: 승인거래 (approval) / 취소거래 (cancel). */
export type WireTradeType = "승인거래" | "취소거래";
/** `tradeUsage`: 소득공제용 (income deduction) / 지출증빙용 (expense proof). */
export type WireTradeUsage = "소득공제용" | "지출증빙용";
/** `tradeOpt`: 일반 / 도서공연 / 대중교통. */
export type WireTradeOpt = "일반" | "도서공연" | "대중교통";
/** `taxationType`: 과세 / 비과세. */
export type WireTaxationType = "과세" | "비과세";

/** The Cashbill object sent by registIssue and inside BULKISSUE (request fields). */
export interface WireCashbill {
  mgtKey: string;
  tradeDT?: string;
  tradeType: WireTradeType;
  tradeUsage: WireTradeUsage;
  tradeOpt?: WireTradeOpt;
  taxationType: WireTaxationType;
  supplyCost: string;
  tax: string;
  serviceFee: string;
  totalAmount: string;
  franchiseCorpNum: string;
  franchiseTaxRegID?: string;
  franchiseCorpName?: string;
  franchiseCEOName?: string;
  franchiseAddr?: string;
  franchiseTEL?: string;
  identityNum: string;
  customerName?: string;
  itemName?: string;
  orderNumber?: string;
  email?: string;
  hp?: string;
  fax?: string;
  smssendYN?: boolean;
  faxsendYN?: boolean;
  memo?: string;
  emailSubject?: string;
  orgConfirmNum?: string;
  orgTradeDate?: string;
  cancelType?: number;
}

/** registIssue / revokeRegistIssue reply. */
export interface WireIssueResponse {
  code: number;
  message: string;
  confirmNum?: string;
  tradeDate?: string;
  tradeDT?: string;
}

/** revokeRegistIssue request body. */
export interface WireRevokeRequest {
  mgtKey: string;
  orgConfirmNum: string;
  orgTradeDate: string;
  smssendYN: boolean;
  memo?: string;
  isPartCancel: boolean;
  cancelType?: number;
  supplyCost?: string;
  tax?: string;
  serviceFee?: string;
  totalAmount?: string;
  emailSubject?: string;
  tradeDT?: string;
}

/** bulkSubmit reply. */
export interface WireBulkResponse {
  code: number;
  message: string;
  receiptID?: string;
}

/** One receipt's outcome inside a completed bulk. */
export interface WireBulkIssueResult {
  mgtKey: string;
  code: number;
  message: string;
  confirmNum?: string;
  tradeDate?: string;
  issueDT?: string;
}

/** getBulkResult reply; `issueResult` only when `txState == 2`. */
export interface WireBulkResult {
  code: number;
  message?: string;
  submitID: string;
  submitCount: number;
  successCount: number;
  failCount: number;
  txState: number;
  txResultCode?: number | null;
  txStartDT?: string | null;
  txEndDT?: string | null;
  receiptDT?: string | null;
  receiptID?: string | null;
  issueResult?: WireBulkIssueResult[] | null;
}

/** CashbillInfo (getInfo / getInfos / search list). Note `ntsresult*` casing. */
export interface WireCashbillInfo {
  itemKey: string;
  mgtKey: string;
  tradeDate?: string;
  tradeDT?: string;
  tradeType?: string;
  tradeUsage?: string;
  tradeOpt?: string;
  taxationType?: string;
  totalAmount?: string;
  supplyCost?: string;
  tax?: string;
  serviceFee?: string;
  issueDT?: string;
  regDT?: string;
  stateCode: number;
  stateDT?: string;
  stateMemo?: string;
  identityNum?: string;
  itemName?: string;
  customerName?: string;
  orderNumber?: string;
  email?: string;
  hp?: string;
  confirmNum?: string;
  orgConfirmNum?: string;
  orgTradeDate?: string;
  ntssendDT?: string;
  ntsresult?: string;
  ntsresultDT?: string;
  ntsresultCode?: string;
  ntsresultMessage?: string;
  printYN?: boolean;
  interOPYN?: boolean;
}

/** search reply. */
export interface WireSearchResult {
  code: number;
  message?: string;
  total: number;
  perPage: number;
  pageNum: number;
  pageCount: number;
  list: WireCashbillInfo[];
}

/** getUnitCost reply; a JSON string in practice, a number per some SDKs (popbill.md §7 q8). */
export interface WireUnitCost {
  unitCost: string | number;
}

/**
 * getDetailInfo reply: the full Cashbill object, including the read-only fields the server
 * fills (`tradeDate`, `confirmNum`; popbill.md §3b Cashbill object table).
 */
export interface WireCashbillDetail extends WireCashbill {
  tradeDate?: string;
  confirmNum?: string;
}

/** ChargeInfo (amounts as strings). */
export interface WireChargeInfo {
  unitCost: string;
  chargeMethod: string;
  rateSystem: string;
}

/** A cash-receipt webhook body (popbill.md §4; BULKRESULT fields [INF]). */
export interface WireCashbillWebhook {
  eventType: "Issue" | "NTS" | "BULKRESULT" | string;
  eventDT: string;
  corpNum: string;
  mgtKey?: string;
  itemKey?: string;
  submitID?: string;
  code?: number;
  message?: string;
  tradeDate?: string;
  confirmNum?: string;
  stateCode?: number;
  stateDT?: string;
  issueDT?: string;
  ntssendDT?: string;
  ntsresultDT?: string;
  ntsresultCode?: string;
  ntsresultMessage?: string;
}
