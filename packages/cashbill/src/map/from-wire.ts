import type {
  WireCashbillInfo,
  WireChargeInfo,
  WireIssueResponse,
  WireSearchResult,
  WireUnitCost,
} from "../wire.js";
import {
  stateCodeOf,
  stateFromCode,
  taxationTypeFromWire,
  tradeOptionFromWire,
  tradeTypeFromWire,
  tradeUsageFromWire,
} from "./codes.js";
import { wireAmount, wireDateToIso, wireIntAmount, wireTimeToIso } from "./time.js";
import type {
  CashbillSearchResultView,
  CashbillView,
  ChargeInfoView,
  IssueResultView,
  UnitCostView,
} from "./views.js";

/** Empty strings and non-strings become null: POPBiLL leaves unset fields blank. */
export function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function flag(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

/**
 * CashbillInfo -> {@link CashbillView}. Never throws on unknown upstream values: an unknown
 * state code becomes `UNKNOWN` (the raw code stays in `stateCode`), unknown Korean enum
 * strings become null, malformed times become null.
 */
export function toCashbillView(info: WireCashbillInfo): CashbillView {
  return {
    mgtKey: text(info.mgtKey),
    itemKey: text(info.itemKey),
    state: stateFromCode(info.stateCode),
    stateCode: stateCodeOf(info.stateCode),
    stateAt: wireTimeToIso(info.stateDT),
    stateMemo: text(info.stateMemo),
    tradeDate: wireDateToIso(info.tradeDate),
    tradeAt: wireTimeToIso(info.tradeDT),
    tradeType: tradeTypeFromWire(info.tradeType),
    tradeUsage: tradeUsageFromWire(info.tradeUsage),
    tradeOption: tradeOptionFromWire(info.tradeOpt),
    taxationType: taxationTypeFromWire(info.taxationType),
    supplyCost: wireIntAmount(info.supplyCost),
    tax: wireIntAmount(info.tax),
    serviceFee: wireIntAmount(info.serviceFee),
    totalAmount: wireIntAmount(info.totalAmount),
    identityNum: text(info.identityNum),
    customerName: text(info.customerName),
    itemName: text(info.itemName),
    orderNumber: text(info.orderNumber),
    email: text(info.email),
    hp: text(info.hp),
    confirmNum: text(info.confirmNum),
    orgConfirmNum: text(info.orgConfirmNum),
    orgTradeDate: wireDateToIso(info.orgTradeDate),
    issuedAt: wireTimeToIso(info.issueDT),
    registeredAt: wireTimeToIso(info.regDT),
    ntsSentAt: wireTimeToIso(info.ntssendDT),
    ntsResultAt: wireTimeToIso(info.ntsresultDT),
    ntsResultCode: text(info.ntsresultCode),
    ntsResultMessage: text(info.ntsresultMessage),
    printed: flag(info.printYN),
    interOp: flag(info.interOPYN),
  };
}

/** registIssue / revokeRegistIssue reply -> {@link IssueResultView} for `mgtKey`. */
export function toIssueResult(mgtKey: string, reply: WireIssueResponse): IssueResultView {
  return {
    mgtKey,
    confirmNum: text(reply.confirmNum),
    tradeDate: wireDateToIso(reply.tradeDate),
    tradeAt: wireTimeToIso(reply.tradeDT),
  };
}

/** Search reply -> {@link CashbillSearchResultView} (counters tolerated as numeric strings). */
export function toSearchResult(reply: WireSearchResult): CashbillSearchResultView {
  return {
    list: (reply.list ?? []).map(toCashbillView),
    total: wireIntAmount(reply.total) ?? 0,
    page: wireIntAmount(reply.pageNum) ?? 1,
    perPage: wireIntAmount(reply.perPage) ?? 0,
    pageCount: wireIntAmount(reply.pageCount) ?? 0,
  };
}

/** getUnitCost reply -> {@link UnitCostView} (the wire string parsed). */
export function toUnitCost(reply: WireUnitCost): UnitCostView {
  return { unitCost: wireAmount(reply.unitCost) };
}

/** ChargeInfo -> {@link ChargeInfoView} (the wire string amount parsed). */
export function toChargeInfo(reply: WireChargeInfo): ChargeInfoView {
  return {
    unitCost: wireAmount(reply.unitCost),
    chargeMethod: text(reply.chargeMethod),
    rateSystem: text(reply.rateSystem),
  };
}
