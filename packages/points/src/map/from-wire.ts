import { kstCompactToIso } from "@korbill/core-domain";
import type {
  WireChargeInfo,
  WireNumber,
  WirePage,
  WirePaymentHistory,
  WireRefundHistory,
  WireUseHistory,
} from "../wire.js";
import { codeOf, paymentStatusOf, pointsItemOf, refundStatusOf } from "./codes.js";
import type { PointsService } from "../enums.js";
import type { ChargeInfoView, PageView, PaymentView, RefundView, UseEntryView } from "./views.js";

/**
 * Wire -> views. Never throws on what the upstream sends: unknown codes become UNKNOWN (the raw
 * code stays beside), malformed times and amounts become null, blank strings null.
 */

/** Empty strings and non-strings become null: POPBiLL leaves unset fields blank. */
export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** A wire number (string or number) -> finite number, or null. */
export function wireNumber(value: WireNumber | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isFinite(n) ? n : null;
}

/** A wire amount GraphQL exposes as `Int`: null unless a whole number that fits 32 bits. */
export function wireInt(value: WireNumber | null | undefined): number | null {
  const n = wireNumber(value);
  return n !== null && Number.isInteger(n) && Math.abs(n) <= 2_147_483_647 ? n : null;
}

/**
 * A balance as whole points (rounded down): GetBalance is a float in the typed SDKs, the
 * schema's `balance` an `Int`, and a fraction of a point cannot be spent or refunded.
 */
export function wholePoints(value: number): number {
  return Math.floor(value + 1e-9);
}

/** ChargeInfo -> {@link ChargeInfoView}. */
export function toChargeInfo(service: PointsService, info: WireChargeInfo): ChargeInfoView {
  return {
    service,
    unitCost: wireNumber(info?.unitCost),
    chargeMethod: text(info?.chargeMethod),
    rateSystem: text(info?.rateSystem),
  };
}

/** PaymentHistory -> {@link PaymentView}. */
export function toPayment(item: WirePaymentHistory): PaymentView {
  const settleState = codeOf(item.settleState);
  return {
    productType: text(item.productType),
    productName: text(item.productName),
    settleType: text(item.settleType),
    settlerName: text(item.settlerName),
    settlerEmail: text(item.settlerEmail),
    settleCost: wireInt(item.settleCost),
    settlePoint: wireInt(item.settlePoint),
    settleState,
    settleStatus: paymentStatusOf(settleState),
    registeredAt: kstCompactToIso(item.regDT),
    stateChangedAt: kstCompactToIso(item.stateDT),
  };
}

/** UseHistory -> {@link UseEntryView}. */
export function toUseEntry(item: WireUseHistory): UseEntryView {
  const itemCode = codeOf(item.itemCode);
  return {
    itemCode,
    item: pointsItemOf(itemCode),
    txType: codeOf(item.txType),
    points: wireNumber(item.txPoint),
    balance: wireNumber(item.balance),
    at: kstCompactToIso(item.txDT),
    userId: text(item.userID),
    userName: text(item.userName),
  };
}

/** RefundHistory -> {@link RefundView}. */
export function toRefund(item: WireRefundHistory): RefundView {
  const state = codeOf(item.state);
  return {
    requestedAt: kstCompactToIso(item.reqDT),
    requestPoint: wireInt(item.requestPoint),
    bankName: text(item.accountBank),
    accountNumber: text(item.accountNum),
    accountHolder: text(item.accountName),
    state,
    status: refundStatusOf(state),
    reason: text(item.reason),
  };
}

/** A paged list -> {@link PageView}, with each item mapped. */
export function toPage<W, V>(page: WirePage<W>, map: (item: W) => V): PageView<V> {
  return {
    list: (Array.isArray(page?.list) ? page.list : []).map(map),
    total: wireInt(page?.total) ?? 0,
    page: wireInt(page?.pageNum) ?? 0,
    perPage: wireInt(page?.perPage) ?? 0,
    pageCount: wireInt(page?.pageCount) ?? 0,
  };
}
