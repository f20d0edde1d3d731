/** `tradeType` values: approval, cancel. */
export const TRADE_TYPES = ["승인거래", "취소거래"] as const;
/** `tradeUsage` values: income deduction, expense proof. */
export const TRADE_USAGES = ["소득공제용", "지출증빙용"] as const;
/** `tradeOpt` values: general (default), books/performances, public transport. */
export const TRADE_OPTS = ["일반", "도서공연", "대중교통"] as const;
/** `taxationType` values: taxable, tax-free. */
export const TAXATION_TYPES = ["과세", "비과세"] as const;

/** The four amounts of a receipt, in KRW. */
export interface Amounts {
  readonly supplyCost: number;
  readonly tax: number;
  readonly serviceFee: number;
  readonly totalAmount: number;
}

/** A cash receipt as validated from a request body (popbill.md §3b Cashbill object). */
export interface CashbillInput extends Amounts {
  readonly mgtKey: string;
  /** KST `yyyyMMddHHmmss`; `undefined` = the issue time. */
  readonly tradeDT: string | undefined;
  readonly tradeType: (typeof TRADE_TYPES)[number];
  readonly tradeUsage: (typeof TRADE_USAGES)[number];
  readonly tradeOpt: (typeof TRADE_OPTS)[number];
  readonly taxationType: (typeof TAXATION_TYPES)[number];
  readonly franchiseCorpNum: string;
  readonly identityNum: string;
  readonly smssendYN: boolean;
  readonly faxsendYN: boolean;
  /** Optional free-text fields, present only when sent non-empty. */
  readonly text: Readonly<Partial<Record<OptionalTextField, string>>>;
  /** For cancel receipts: the original's confirmNum, trade date and cancel type. */
  readonly orgConfirmNum: string | undefined;
  readonly orgTradeDate: string | undefined;
  readonly cancelType: number | undefined;
  /** Revoke only: whether this is a partial cancel (amounts given) or a full one. */
  readonly isPartCancel: boolean;
}

/** Free-text Cashbill fields the sandbox stores and echoes without checking. */
export const OPTIONAL_TEXT_FIELDS = [
  "franchiseTaxRegID",
  "franchiseCorpName",
  "franchiseCEOName",
  "franchiseAddr",
  "franchiseTEL",
  "customerName",
  "itemName",
  "orderNumber",
  "email",
  "hp",
  "fax",
  "memo",
  "emailSubject",
] as const;

/** One of {@link OPTIONAL_TEXT_FIELDS}. */
export type OptionalTextField = (typeof OPTIONAL_TEXT_FIELDS)[number];

/** An issued cash receipt as the sandbox keeps it. */
export interface CashbillRecord {
  /** Issue order across the sandbox, from 1. */
  readonly seq: number;
  readonly corpNum: string;
  readonly linkId: string;
  /** POPBiLL's own 18-character id. */
  readonly itemKey: string;
  /** NTS approval number, 9 characters. */
  readonly confirmNum: string;
  /** The receipt as issued (a full cancel carries the amounts it cancelled). */
  readonly input: CashbillInput;
  readonly tradeDT: string;
  readonly tradeDate: string;
  readonly issueDT: string;
  readonly regDT: string;
  /** Sandbox epoch ms of issue (= regDT). */
  readonly issuedMs: number;
  /** The bulk submission it came from, if any. */
  readonly submitId: string | undefined;
  /** 300 issued, 304 filed, 305 filing failed. */
  stateCode: number;
  stateDT: string;
  ntssendDT: string | null;
  ntsresult: string | null;
  ntsresultDT: string | null;
  ntsresultCode: string | null;
  ntsresultMessage: string | null;
  /** Approvals: what partial cancels may still cancel. */
  remaining: Amounts;
}

/** One receipt's outcome in a bulk submission (`issueResult[]` item). */
export interface BulkIssueResult {
  readonly mgtKey: string;
  readonly code: number;
  readonly message: string;
  readonly confirmNum: string | null;
  readonly tradeDate: string | null;
  readonly issueDT: string | null;
}

/** A BULKISSUE submission. */
export interface BulkSubmission {
  readonly corpNum: string;
  readonly linkId: string;
  readonly submitId: string;
  readonly receiptId: string;
  /** KST `yyyyMMddHHmmss` of acceptance. */
  readonly receiptDT: string;
  readonly acceptedMs: number;
  /** Who submitted (from `x-pb-userid`, else the member's first user). */
  readonly userId: string;
  /** The receipts exactly as parsed from the body; validated one by one at processing. */
  readonly cashbills: readonly unknown[];
  /** 0 접수 (accepted), 1 처리중 (processing), 2 완료 (completed). */
  txState: 0 | 1 | 2;
  txStartDT: string | null;
  txEndDT: string | null;
  /** Filled at txState 2. */
  results: BulkIssueResult[] | undefined;
}
