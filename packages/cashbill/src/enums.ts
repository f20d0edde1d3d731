/**
 * The English enums of the cash-receipt domain, shared by validation, mapping and the
 * GraphQL schema. Plain TypeScript (no GraphQL import) so scripts can use them; the schema
 * registers them in `graphql/enums.ts`.
 */

/** Approval (a sale) or cancellation of an earlier receipt. */
export enum TradeType {
  APPROVAL = "APPROVAL",
  CANCEL = "CANCEL",
}

/** What the buyer uses the receipt for. */
export enum TradeUsage {
  /** 소득공제용: an individual's income-tax deduction. */
  INCOME_DEDUCTION = "INCOME_DEDUCTION",
  /** 지출증빙용: a business's proof of expense. */
  EXPENSE_PROOF = "EXPENSE_PROOF",
}

/** Special deduction categories. */
export enum TradeOption {
  GENERAL = "GENERAL",
  BOOKS_PERFORMANCES = "BOOKS_PERFORMANCES",
  PUBLIC_TRANSPORT = "PUBLIC_TRANSPORT",
}

/** Whether the sale is subject to VAT. */
export enum TaxationType {
  TAXABLE = "TAXABLE",
  TAX_FREE = "TAX_FREE",
}

/** Why a receipt is cancelled; the numbers are POPBiLL's `cancelType` codes. */
export enum CancelType {
  TRANSACTION_CANCELLED = 1,
  ISSUED_IN_ERROR = 2,
  OTHER = 3,
}

/** A receipt's lifecycle state, from POPBiLL's 3-digit `stateCode`. */
export enum CashbillState {
  DRAFT = "DRAFT",
  ISSUED = "ISSUED",
  NTS_FILED = "NTS_FILED",
  NTS_FAILED = "NTS_FAILED",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

/** Where a bulk submission stands (korbill's record plus POPBiLL's `txState`). */
export enum BulkState {
  RECORDED = "RECORDED",
  SUBMITTED = "SUBMITTED",
  RECONCILING = "RECONCILING",
  PROCESSING = "PROCESSING",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
}

/** Kinds of live cash-receipt events. */
export enum CashbillEventType {
  BULKRESULT = "BULKRESULT",
  ISSUED = "ISSUED",
  NTS_FILED = "NTS_FILED",
  NTS_FAILED = "NTS_FAILED",
}

/** Which date a search range applies to. */
export enum CashbillDateType {
  REGISTERED = "REGISTERED",
  TRADE = "TRADE",
  ISSUED = "ISSUED",
}

/** Sort order of search results. */
export enum CashbillSortOrder {
  DESC = "DESC",
  ASC = "ASC",
}

/** The members of a TS enum, without the reverse mappings numeric enums add. */
export function enumValues<E extends Record<string, string | number>>(enumObj: E): E[keyof E][] {
  return Object.keys(enumObj)
    .filter((key) => Number.isNaN(Number(key)))
    .map((key) => enumObj[key] as E[keyof E]);
}

/** True when `value` is one of `enumObj`'s members (defends against raw strings from scripts). */
export function isEnumValue<E extends Record<string, string | number>>(
  enumObj: E,
  value: unknown,
): value is E[keyof E] {
  return enumValues(enumObj).some((member) => member === value);
}
