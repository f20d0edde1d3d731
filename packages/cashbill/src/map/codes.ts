import type { WireTaxationType, WireTradeOpt, WireTradeType, WireTradeUsage } from "../wire.js";
import {
  CashbillDateType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";

/** English enum -> POPBiLL's Korean wire string (popbill.md §3b, Cashbill object). */
export const TRADE_TYPE_WIRE: Readonly<Record<TradeType, WireTradeType>> = {
  [TradeType.APPROVAL]: "승인거래",
  [TradeType.CANCEL]: "취소거래",
};

/** English enum -> wire string. */
export const TRADE_USAGE_WIRE: Readonly<Record<TradeUsage, WireTradeUsage>> = {
  [TradeUsage.INCOME_DEDUCTION]: "소득공제용",
  [TradeUsage.EXPENSE_PROOF]: "지출증빙용",
};

/** English enum -> wire string. */
export const TRADE_OPTION_WIRE: Readonly<Record<TradeOption, WireTradeOpt>> = {
  [TradeOption.GENERAL]: "일반",
  [TradeOption.BOOKS_PERFORMANCES]: "도서공연",
  [TradeOption.PUBLIC_TRANSPORT]: "대중교통",
};

/** English enum -> wire string. */
export const TAXATION_TYPE_WIRE: Readonly<Record<TaxationType, WireTaxationType>> = {
  [TaxationType.TAXABLE]: "과세",
  [TaxationType.TAX_FREE]: "비과세",
};

/** English enum -> one-letter code of the search query (popbill.md §3b "Search parameters"). */
export const SEARCH_CODES = {
  tradeType: { [TradeType.APPROVAL]: "N", [TradeType.CANCEL]: "C" },
  tradeUsage: { [TradeUsage.INCOME_DEDUCTION]: "P", [TradeUsage.EXPENSE_PROOF]: "C" },
  tradeOption: {
    [TradeOption.GENERAL]: "N",
    [TradeOption.BOOKS_PERFORMANCES]: "B",
    [TradeOption.PUBLIC_TRANSPORT]: "T",
  },
  taxationType: { [TaxationType.TAXABLE]: "T", [TaxationType.TAX_FREE]: "N" },
  dateType: {
    [CashbillDateType.REGISTERED]: "R",
    [CashbillDateType.TRADE]: "T",
    [CashbillDateType.ISSUED]: "I",
  },
  order: { [CashbillSortOrder.DESC]: "D", [CashbillSortOrder.ASC]: "A" },
} as const;

/**
 * Search `State` filter per state: exact codes where known, the `1**` / `4**` families
 * where only the family is documented (popbill.md §3b stateCode table). UNKNOWN has none.
 */
export const STATE_SEARCH_CODE: Readonly<Partial<Record<CashbillState, string>>> = {
  [CashbillState.DRAFT]: "1**",
  [CashbillState.ISSUED]: "300",
  [CashbillState.NTS_FILED]: "304",
  [CashbillState.NTS_FAILED]: "305",
  [CashbillState.CANCELLED]: "4**",
};

/** Inverts a enum -> wire table; unknown wire values give undefined, never an error. */
function inverse<E extends string, W extends string>(table: Readonly<Record<E, W>>) {
  const map = new Map<string, E>(Object.entries(table).map(([e, w]) => [w as string, e as E]));
  return (wire: string | null | undefined): E | null => (wire ? (map.get(wire) ?? null) : null);
}

/** Wire `tradeType` -> enum, null when absent or unknown. */
export const tradeTypeFromWire = inverse(TRADE_TYPE_WIRE);
/** Wire `tradeUsage` -> enum, null when absent or unknown. */
export const tradeUsageFromWire = inverse(TRADE_USAGE_WIRE);
/** Wire `tradeOpt` -> enum, null when absent or unknown. */
export const tradeOptionFromWire = inverse(TRADE_OPTION_WIRE);
/** Wire `taxationType` -> enum, null when absent or unknown. */
export const taxationTypeFromWire = inverse(TAXATION_TYPE_WIRE);

/**
 * `stateCode` -> state: 100 DRAFT, 300 ISSUED, 304 NTS_FILED, 305 NTS_FAILED, 4xx CANCELLED,
 * anything else (2xx, 301-303, a missing or non-numeric code) UNKNOWN.
 */
export function stateFromCode(stateCode: unknown): CashbillState {
  const code = stateCodeOf(stateCode);
  if (code === null) return CashbillState.UNKNOWN;
  if (code >= 400 && code <= 499) return CashbillState.CANCELLED;
  switch (code) {
    case 100:
      return CashbillState.DRAFT;
    case 300:
      return CashbillState.ISSUED;
    case 304:
      return CashbillState.NTS_FILED;
    case 305:
      return CashbillState.NTS_FAILED;
    default:
      return CashbillState.UNKNOWN;
  }
}

/** The raw `stateCode` as an integer (a numeric string is tolerated), or null. */
export function stateCodeOf(stateCode: unknown): number | null {
  const code =
    typeof stateCode === "string" && /^\d{1,9}$/.test(stateCode) ? Number(stateCode) : stateCode;
  return typeof code === "number" && Number.isSafeInteger(code) ? code : null;
}
