/**
 * The English enums of the HomeTax-crawl domain, shared by validation, mapping and the
 * GraphQL schema. Plain TypeScript (no GraphQL import) so scripts can use them; the schema
 * registers them in `graphql/enums.ts`. GraphQL names carry a `Hometax` prefix because the
 * cash-receipt package already owns `TradeType`, `TradeUsage`, …
 */

/** Which POPBiLL crawl service: cash receipts (HTCashbill) or tax invoices (HTTaxinvoice). */
export enum HometaxService {
  CASHBILL = "CASHBILL",
  TAXINVOICE = "TAXINVOICE",
}

/** Which side of the member's trade to crawl. */
export enum HometaxDirection {
  /** 매출: what the member sold. */
  SELL = "SELL",
  /** 매입: what the member bought. */
  BUY = "BUY",
  /** 수탁: tax invoices the member issued as a trustee (tax invoices only). */
  TRUSTEE = "TRUSTEE",
}

/** Which date of a tax invoice `from`/`to` refer to (tax invoices only). */
export enum HometaxDateType {
  /** 작성일자: the date written on the invoice. */
  WRITE = "WRITE",
  /** 발행일자: the date it was issued. */
  ISSUE = "ISSUE",
  /** 전송일자: the date it was sent to the NTS. */
  SEND = "SEND",
}

/** How POPBiLL logs in to HomeTax for a member. */
export enum HometaxAuthMethod {
  DEPT_USER = "DEPT_USER",
  CERTIFICATE = "CERTIFICATE",
}

/** POPBiLL's `jobState`: 1, 2, 3. */
export enum HometaxJobState {
  PENDING = "PENDING",
  PROCESSING = "PROCESSING",
  FINISHED = "FINISHED",
}

/** Where a crawl job stands in korbill's bookkeeping. */
export enum HometaxJobStatus {
  PENDING = "PENDING",
  PROCESSING = "PROCESSING",
  /** Finished with errorCode 1: results can be searched until the job expires. */
  COMPLETED = "COMPLETED",
  /** Finished with an error code (see errorCode / errorReason). */
  FAILED = "FAILED",
  /** More than an hour after the request: POPBiLL no longer serves the JobID. */
  EXPIRED = "EXPIRED",
}

/** Events of a crawl job. */
export enum HometaxJobEventType {
  REQUESTED = "REQUESTED",
  PROGRESS = "PROGRESS",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
  EXPIRED = "EXPIRED",
}

/** Whether crawling will work right now. */
export enum HometaxReadinessStatus {
  READY = "READY",
  NO_METHOD_REGISTERED = "NO_METHOD_REGISTERED",
  CERTIFICATE_EXPIRING = "CERTIFICATE_EXPIRING",
  CERTIFICATE_EXPIRED = "CERTIFICATE_EXPIRED",
  LOGIN_FAILING = "LOGIN_FAILING",
  FLAT_RATE_MISSING = "FLAT_RATE_MISSING",
}

/** Cash receipt: a sale or a cancellation. */
export enum HometaxTradeType {
  APPROVAL = "APPROVAL",
  CANCEL = "CANCEL",
}

/** Cash receipt: what the buyer used it for. */
export enum HometaxTradeUsage {
  INCOME_DEDUCTION = "INCOME_DEDUCTION",
  EXPENSE_PROOF = "EXPENSE_PROOF",
}

/** Tax invoice: an original or a modified (수정) invoice. */
export enum HometaxTaxinvoiceKind {
  NORMAL = "NORMAL",
  MODIFIED = "MODIFIED",
}

/** Tax invoice: VAT treatment. */
export enum HometaxTaxType {
  TAXABLE = "TAXABLE",
  ZERO_RATED = "ZERO_RATED",
  TAX_FREE = "TAX_FREE",
}

/** Tax invoice: 영수 (receipt, already paid) or 청구 (claim, to be paid). */
export enum HometaxPurposeType {
  RECEIPT = "RECEIPT",
  CLAIM = "CLAIM",
  NONE = "NONE",
}

/** Tax invoice: whose branch number (종사업장번호) a branch filter applies to. */
export enum HometaxTaxRegIdParty {
  SELLER = "SELLER",
  BUYER = "BUYER",
  TRUSTEE = "TRUSTEE",
}

/** Result order. */
export enum HometaxSortOrder {
  DESCENDING = "DESCENDING",
  ASCENDING = "ASCENDING",
}

/** True when `value` is one of the enum's values (raw strings from scripts included). */
export function isEnumValue<E extends Record<string, string>>(
  enumObj: E,
  value: unknown,
): value is E[keyof E] {
  return typeof value === "string" && Object.values<string>(enumObj).includes(value);
}
