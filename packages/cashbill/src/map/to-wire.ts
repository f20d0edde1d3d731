import type { WireCashbill, WireRevokeRequest } from "../wire.js";
import type { CashbillSearchQuery } from "../client/search.js";
import {
  SEARCH_CODES,
  STATE_SEARCH_CODE,
  TAXATION_TYPE_WIRE,
  TRADE_OPTION_WIRE,
  TRADE_TYPE_WIRE,
  TRADE_USAGE_WIRE,
} from "./codes.js";
import { CashbillDateType, CashbillSortOrder } from "../enums.js";
import type { CashbillFields, CashbillSearchFields, RevokeCashbillFields } from "./inputs.js";
import { isoDateToWire, isoToKstCompact } from "./time.js";

/** Search defaults that Node's SDK also sends (popbill.md §3a "Paging defaults"). */
export const SEARCH_DEFAULTS = { page: 1, perPage: 500, order: CashbillSortOrder.DESC } as const;

/** Drops null, undefined and "" members so the wire object holds exactly what is sent. */
function defined<T extends object>(value: T): T {
  // A plain loop: this runs for every receipt of a bulk (entries/filter/fromEntries was a
  // visible share of a 100-receipt mutation). Keys keep their order.
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v: unknown = value[key];
    if (v !== undefined && v !== null && v !== "") out[key] = v;
  }
  return out as T;
}

/** Removes the dashes a human writes in an identity number (`010-1234-1234`). */
export function stripDashes(value: string): string {
  return value.replace(/-/g, "");
}

/**
 * A validated {@link CashbillFields} -> the wire Cashbill, keys in the SDK's order (popbill.md
 * §5.2). Amounts become digit strings; `tradeAt` becomes KST `tradeDT`; `identityNum` loses its
 * dashes; `franchiseCorpNum` defaults to `corpNum` (the member acting). `tradeAt` and
 * `tradeOption` are left out when absent: POPBiLL then uses the issue time and 일반.
 */
export function toWireCashbill(input: CashbillFields, corpNum: string): WireCashbill {
  return defined<WireCashbill>({
    mgtKey: input.mgtKey,
    tradeDT: input.tradeAt ? isoToKstCompact(input.tradeAt) : undefined,
    tradeType: TRADE_TYPE_WIRE[input.tradeType],
    tradeUsage: TRADE_USAGE_WIRE[input.tradeUsage],
    tradeOpt: input.tradeOption ? TRADE_OPTION_WIRE[input.tradeOption] : undefined,
    taxationType: TAXATION_TYPE_WIRE[input.taxationType],
    supplyCost: String(input.supplyCost),
    tax: String(input.tax),
    serviceFee: String(input.serviceFee ?? 0),
    totalAmount: String(input.totalAmount),
    franchiseCorpNum: input.franchiseCorpNum || corpNum,
    franchiseTaxRegID: input.franchiseTaxRegId ?? undefined,
    franchiseCorpName: input.franchiseCorpName ?? undefined,
    franchiseCEOName: input.franchiseCeoName ?? undefined,
    franchiseAddr: input.franchiseAddr ?? undefined,
    franchiseTEL: input.franchiseTel ?? undefined,
    identityNum: stripDashes(input.identityNum),
    customerName: input.customerName ?? undefined,
    itemName: input.itemName ?? undefined,
    orderNumber: input.orderNumber ?? undefined,
    email: input.email ?? undefined,
    hp: input.hp ?? undefined,
    smssendYN: input.sendSms ?? undefined,
    memo: input.memo ?? undefined,
    emailSubject: input.emailSubject ?? undefined,
    orgConfirmNum: input.orgConfirmNum ?? undefined,
    orgTradeDate: input.orgTradeDate ? isoDateToWire(input.orgTradeDate) : undefined,
    cancelType: input.cancelType ?? undefined,
  });
}

/**
 * A validated {@link RevokeCashbillFields} -> the REVOKEISSUE body (popbill.md §5.4): always
 * `smssendYN` and `isPartCancel`; the four amounts and `cancelType` only for a partial cancel.
 */
export function toWireRevoke(input: RevokeCashbillFields): WireRevokeRequest {
  const partial = input.partial ?? undefined;
  return defined<WireRevokeRequest>({
    mgtKey: input.mgtKey,
    orgConfirmNum: input.orgConfirmNum,
    orgTradeDate: isoDateToWire(input.orgTradeDate),
    smssendYN: input.sendSms ?? false,
    memo: input.memo ?? undefined,
    isPartCancel: partial !== undefined,
    cancelType: partial?.cancelType,
    supplyCost: partial && String(partial.supplyCost),
    tax: partial && String(partial.tax),
    serviceFee: partial && String(partial.serviceFee),
    totalAmount: partial && String(partial.totalAmount),
    emailSubject: input.emailSubject ?? undefined,
    tradeDT: input.tradeAt ? isoToKstCompact(input.tradeAt) : undefined,
  });
}

/** Maps each given enum member through `table`; undefined for an absent or empty list. */
function codes<E extends string, C>(list: readonly E[] | null | undefined, table: Record<E, C>) {
  return list?.length ? [...new Set(list)].map((member) => table[member]) : undefined;
}

/** Validated {@link CashbillSearchFields} -> the client's Search query. */
export function toSearchQuery(input: CashbillSearchFields): CashbillSearchQuery {
  return defined<CashbillSearchQuery>({
    dType: SEARCH_CODES.dateType[input.dateType ?? CashbillDateType.TRADE],
    sDate: isoDateToWire(input.from),
    eDate: isoDateToWire(input.to),
    state: input.states?.length
      ? [...new Set(input.states.map((s) => STATE_SEARCH_CODE[s]).filter((c) => c !== undefined))]
      : undefined,
    tradeType: codes(input.tradeTypes, SEARCH_CODES.tradeType),
    tradeOpt: codes(input.tradeOptions, SEARCH_CODES.tradeOption),
    tradeUsage: codes(input.tradeUsages, SEARCH_CODES.tradeUsage),
    taxationType: codes(input.taxationTypes, SEARCH_CODES.taxationType),
    order: SEARCH_CODES.order[input.order ?? SEARCH_DEFAULTS.order],
    page: input.page ?? SEARCH_DEFAULTS.page,
    perPage: input.perPage ?? SEARCH_DEFAULTS.perPage,
    qString: input.identityNum ? stripDashes(input.identityNum) : undefined,
    franchiseTaxRegID: input.franchiseTaxRegIds?.length ? input.franchiseTaxRegIds : undefined,
  });
}
