import { type RefundRecord, type SettlementRecord } from "./store.js";

/** [INF] PaymentHistory text fields: POPBiLL's wording is undocumented. */
const PAYMENT_TEXT = {
  productType: "포인트 충전",
  productName: "연동회원 포인트",
  settleType: "무통장입금",
} as const;

/** `PaymentHistory` as `GET /Payment/{settleCode}` and the history list answer it. */
export interface PaymentHistory {
  readonly productType: string;
  readonly productName: string;
  readonly settleType: string;
  readonly settlerName: string | null;
  readonly settlerEmail: string | null;
  /** KRW, a string of digits. */
  readonly settleCost: string;
  /** Points, a string of digits. */
  readonly settlePoint: string;
  /** 1 pending, 2 paid, 3 cancelled [INF]. */
  readonly settleState: number;
  readonly regDT: string;
  readonly stateDT: string;
}

/** `RefundHistory` as `GET /Refund/{refundCode}` and the history list answer it. */
export interface RefundHistory {
  readonly reqDT: string;
  /** Points, a string of digits. */
  readonly requestPoint: string;
  readonly accountBank: string;
  readonly accountNum: string;
  readonly accountName: string;
  /** 1 requested, 2 completed, 3 cancelled [INF]. */
  readonly state: number;
  readonly reason: string | null;
}

/** The wire form of a settlement (amounts as strings, as the typed SDKs declare them). */
export function toPaymentHistory(record: SettlementRecord): PaymentHistory {
  return {
    ...PAYMENT_TEXT,
    settlerName: record.settlerName ?? null,
    settlerEmail: record.settlerEmail ?? null,
    settleCost: String(record.settleCost),
    settlePoint: String(record.settlePoint),
    settleState: record.settleState,
    regDT: record.regDT,
    stateDT: record.stateDT,
  };
}

/** The wire form of a refund request. */
export function toRefundHistory(record: RefundRecord): RefundHistory {
  return {
    reqDT: record.reqDT,
    requestPoint: String(record.requestPoint),
    accountBank: record.accountBank,
    accountNum: record.accountNum,
    accountName: record.accountName,
    state: record.state,
    reason: record.reason ?? null,
  };
}
