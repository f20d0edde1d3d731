import { type BulkIssueResult, type BulkSubmission, type CashbillRecord } from "./types.js";

/** `CashbillInfo` as getInfo / getInfos / search answer it (popbill.md §3b). Amounts are strings. */
export interface CashbillInfo {
  readonly itemKey: string;
  readonly mgtKey: string;
  readonly tradeDate: string;
  readonly tradeDT: string;
  readonly tradeType: string;
  readonly tradeUsage: string;
  readonly tradeOpt: string;
  readonly taxationType: string;
  readonly totalAmount: string;
  readonly supplyCost: string;
  readonly tax: string;
  readonly serviceFee: string;
  readonly issueDT: string;
  readonly regDT: string;
  readonly stateCode: number;
  readonly stateDT: string;
  readonly stateMemo: string | null;
  readonly identityNum: string;
  readonly itemName: string | null;
  readonly customerName: string | null;
  readonly orderNumber: string | null;
  readonly email: string | null;
  readonly hp: string | null;
  readonly confirmNum: string;
  readonly orgConfirmNum: string | null;
  readonly orgTradeDate: string | null;
  readonly ntssendDT: string | null;
  readonly ntsresult: string | null;
  readonly ntsresultDT: string | null;
  readonly ntsresultCode: string | null;
  readonly ntsresultMessage: string | null;
  readonly printYN: boolean;
  readonly interOPYN: boolean;
}

/** `BulkCashbillResult` as getBulkResult answers it; `issueResult` only at txState 2. */
export interface BulkCashbillResult {
  readonly code: 1;
  readonly message: string;
  readonly submitID: string;
  readonly submitCount: number;
  readonly successCount: number;
  readonly failCount: number;
  readonly txState: 0 | 1 | 2;
  /** [INF] null until txState 2, then 1. */
  readonly txResultCode: number | null;
  readonly txStartDT: string | null;
  readonly txEndDT: string | null;
  readonly receiptDT: string;
  readonly receiptID: string;
  readonly issueResult?: readonly BulkIssueResult[];
}

/** The {@link CashbillInfo} of a record. */
export function toCashbillInfo(record: CashbillRecord): CashbillInfo {
  const { input } = record;
  const text = (name: keyof typeof input.text) => input.text[name] ?? null;
  return {
    itemKey: record.itemKey,
    mgtKey: input.mgtKey,
    tradeDate: record.tradeDate,
    tradeDT: record.tradeDT,
    tradeType: input.tradeType,
    tradeUsage: input.tradeUsage,
    tradeOpt: input.tradeOpt,
    taxationType: input.taxationType,
    totalAmount: String(input.totalAmount),
    supplyCost: String(input.supplyCost),
    tax: String(input.tax),
    serviceFee: String(input.serviceFee),
    issueDT: record.issueDT,
    regDT: record.regDT,
    stateCode: record.stateCode,
    stateDT: record.stateDT,
    stateMemo: text("memo"),
    identityNum: input.identityNum,
    itemName: text("itemName"),
    customerName: text("customerName"),
    orderNumber: text("orderNumber"),
    email: text("email"),
    hp: text("hp"),
    confirmNum: record.confirmNum,
    orgConfirmNum: input.orgConfirmNum ?? null,
    orgTradeDate: input.orgTradeDate ?? null,
    ntssendDT: record.ntssendDT,
    ntsresult: record.ntsresult,
    ntsresultDT: record.ntsresultDT,
    ntsresultCode: record.ntsresultCode,
    ntsresultMessage: record.ntsresultMessage,
    printYN: false,
    interOPYN: true,
  };
}

/** The full `Cashbill` of a record (getDetailInfo): every request field, plus server-set ones. */
export function toCashbillDetail(record: CashbillRecord): Record<string, unknown> {
  const { input } = record;
  const text = (name: keyof typeof input.text) => input.text[name] ?? null;
  return {
    mgtKey: input.mgtKey,
    tradeDate: record.tradeDate,
    tradeDT: record.tradeDT,
    tradeType: input.tradeType,
    tradeUsage: input.tradeUsage,
    tradeOpt: input.tradeOpt,
    taxationType: input.taxationType,
    supplyCost: String(input.supplyCost),
    tax: String(input.tax),
    serviceFee: String(input.serviceFee),
    totalAmount: String(input.totalAmount),
    franchiseCorpNum: input.franchiseCorpNum,
    franchiseTaxRegID: text("franchiseTaxRegID"),
    franchiseCorpName: text("franchiseCorpName"),
    franchiseCEOName: text("franchiseCEOName"),
    franchiseAddr: text("franchiseAddr"),
    franchiseTEL: text("franchiseTEL"),
    identityNum: input.identityNum,
    customerName: text("customerName"),
    itemName: text("itemName"),
    orderNumber: text("orderNumber"),
    email: text("email"),
    hp: text("hp"),
    fax: text("fax"),
    smssendYN: input.smssendYN,
    faxsendYN: input.faxsendYN,
    confirmNum: record.confirmNum,
    orgConfirmNum: input.orgConfirmNum ?? null,
    orgTradeDate: input.orgTradeDate ?? null,
    cancelType: input.cancelType ?? null,
    memo: text("memo"),
    emailSubject: text("emailSubject"),
  };
}

/** The {@link BulkCashbillResult} of a submission at its current txState. */
export function toBulkResult(submission: BulkSubmission): BulkCashbillResult {
  const results = submission.txState === 2 ? (submission.results ?? []) : undefined;
  const successCount = results?.filter((r) => r.code === 1).length ?? 0;
  return {
    code: 1,
    message: "조회 성공", // [INF] wording
    submitID: submission.submitId,
    submitCount: submission.cashbills.length,
    successCount,
    failCount: results ? results.length - successCount : 0,
    txState: submission.txState,
    txResultCode: results ? 1 : null,
    txStartDT: submission.txStartDT,
    txEndDT: submission.txEndDT,
    receiptDT: submission.receiptDT,
    receiptID: submission.receiptId,
    ...(results ? { issueResult: results } : {}),
  };
}
