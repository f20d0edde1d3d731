import type {
  BulkState,
  CashbillEventType,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";

/**
 * Plain output shapes in English terms. The GraphQL object types implement these, so
 * resolvers return mapped plain objects and scripts get the same shapes without GraphQL.
 * Times are ISO-8601 with +09:00; dates `yyyy-MM-dd`; null where the upstream has no value.
 */
export interface CashbillView {
  /** Null for a receipt issued on POPBiLL's website without a document number. */
  mgtKey: string | null;
  itemKey: string | null;
  state: CashbillState;
  stateCode: number | null;
  stateAt: string | null;
  stateMemo: string | null;
  tradeDate: string | null;
  tradeAt: string | null;
  tradeType: TradeType | null;
  tradeUsage: TradeUsage | null;
  tradeOption: TradeOption | null;
  taxationType: TaxationType | null;
  supplyCost: number | null;
  tax: number | null;
  serviceFee: number | null;
  totalAmount: number | null;
  identityNum: string | null;
  customerName: string | null;
  itemName: string | null;
  orderNumber: string | null;
  email: string | null;
  hp: string | null;
  confirmNum: string | null;
  orgConfirmNum: string | null;
  orgTradeDate: string | null;
  issuedAt: string | null;
  registeredAt: string | null;
  ntsSentAt: string | null;
  ntsResultAt: string | null;
  ntsResultCode: string | null;
  ntsResultMessage: string | null;
  printed: boolean | null;
  interOp: boolean | null;
}

/** The reply of an immediate issue or revoke. */
export interface IssueResultView {
  mgtKey: string;
  confirmNum: string | null;
  tradeDate: string | null;
  tradeAt: string | null;
}

/** One page of search results. */
export interface CashbillSearchResultView {
  list: CashbillView[];
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
}

/** One receipt's outcome in a bulk submission. */
export interface BulkReceiptResultView {
  mgtKey: string;
  code: number;
  success: boolean;
  message: string | null;
  confirmNum: string | null;
  tradeDate: string | null;
  issuedAt: string | null;
  /** NTS_FILED / NTS_FAILED once filed; null before. */
  ntsState: CashbillState | null;
  ntsResultCode: string | null;
}

/** What getBulkResult says about a submission (korbill adds its own record's fields). */
export interface BulkResultPieces {
  submitId: string;
  state: BulkState;
  txState: number;
  txResultCode: number | null;
  receiptId: string | null;
  submitCount: number;
  successCount: number;
  failCount: number;
  filedCount: number;
  filingFailedCount: number;
  submittedAt: string | null;
  completedAt: string | null;
  /** Per-receipt outcomes; null until POPBiLL has finished (txState 2). */
  results: BulkReceiptResultView[] | null;
}

/** A bulk submission as the schema shows it. */
export interface BulkSubmissionView extends BulkResultPieces {
  error: string | null;
}

/** A live cash-receipt event as subscribers receive it. */
export interface CashbillEventView {
  cursor: string;
  type: CashbillEventType;
  corpNum: string | null;
  submitId: string | null;
  mgtKey: string | null;
  code: number | null;
  success: boolean | null;
  message: string | null;
  confirmNum: string | null;
  tradeDate: string | null;
  ntsResultCode: string | null;
  ntsResultMessage: string | null;
  at: string;
}

/** POPBiLL's price of one cash receipt. */
export interface UnitCostView {
  unitCost: number | null;
}

/** The member's charging terms for cash receipts. */
export interface ChargeInfoView {
  unitCost: number | null;
  chargeMethod: string | null;
  rateSystem: string | null;
}
