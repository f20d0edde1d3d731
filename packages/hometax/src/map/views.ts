import type {
  HometaxDateType,
  HometaxDirection,
  HometaxJobState,
  HometaxJobStatus,
  HometaxPurposeType,
  HometaxService,
  HometaxTaxType,
  HometaxTradeType,
  HometaxTradeUsage,
} from "../enums.js";

/**
 * What the schema shows, in English terms: ISO dates (`yyyy-MM-dd`), ISO times with +09:00,
 * KRW amounts as numbers. The GraphQL object types implement these; scripts can use them too.
 */

/** A crawl job as korbill tracks it (or as POPBiLL lists it). */
export interface HometaxJobView {
  jobId: string;
  service: HometaxService;
  direction: HometaxDirection | null;
  dateType: HometaxDateType | null;
  from: string | null;
  to: string | null;
  status: HometaxJobStatus;
  jobState: HometaxJobState | null;
  errorCode: number | null;
  errorReason: string | null;
  collectCount: number;
  requestedAt: string | null;
  expiresAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Whether korbill requested (and so follows) this job. */
  tracked: boolean;
}

/** One crawled cash receipt. */
export interface HometaxCashbillView {
  ntsConfirmNum: string | null;
  tradeDate: string | null;
  tradeAt: string | null;
  tradeType: HometaxTradeType | null;
  tradeUsage: HometaxTradeUsage | null;
  direction: HometaxDirection | null;
  supplyCost: number | null;
  tax: number | null;
  serviceFee: number | null;
  totalAmount: number | null;
  franchiseCorpNum: string | null;
  franchiseCorpName: string | null;
  franchiseCorpType: number | null;
  identityNum: string | null;
  identityNumType: number | null;
  customerName: string | null;
  cardOwnerName: string | null;
  deductionType: number | null;
  deductible: boolean | null;
}

/** A party of a crawled tax invoice. */
export interface HometaxPartyView {
  corpNum: string | null;
  taxRegId: string | null;
  corpName: string | null;
  ceoName: string | null;
  email: string | null;
  /** Buyer only: a second e-mail address. */
  email2: string | null;
  /** Buyer only: POPBiLL's invoicee type as sent (e.g. 사업자 / 개인 / 외국인). */
  type: string | null;
}

/** One crawled tax invoice (the abbreviated form POPBiLL searches return). */
export interface HometaxTaxinvoiceView {
  ntsConfirmNum: string | null;
  writeDate: string | null;
  issueDate: string | null;
  sendDate: string | null;
  taxType: HometaxTaxType | null;
  purposeType: HometaxPurposeType | null;
  modified: boolean | null;
  orgNtsConfirmNum: string | null;
  direction: HometaxDirection | null;
  invoicer: HometaxPartyView;
  invoicee: HometaxPartyView;
  trustee: HometaxPartyView | null;
  supplyCostTotal: number | null;
  taxTotal: number | null;
  totalAmount: number | null;
  remark1: string | null;
  purchaseDate: string | null;
  itemName: string | null;
  spec: string | null;
  qty: string | null;
  unitCost: string | null;
  supplyCost: number | null;
  tax: number | null;
  remark: string | null;
}

/** Paging facts of a result page. */
export interface HometaxPageView {
  jobId: string;
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
}

/** Totals of crawled cash receipts. */
export interface HometaxCashbillSummaryView {
  jobId: string;
  count: number;
  supplyCostTotal: number;
  taxTotal: number;
  serviceFeeTotal: number;
  amountTotal: number;
}

/** Totals of crawled tax invoices. */
export interface HometaxTaxinvoiceSummaryView {
  jobId: string;
  count: number;
  supplyCostTotal: number;
  taxTotal: number;
  amountTotal: number;
}
