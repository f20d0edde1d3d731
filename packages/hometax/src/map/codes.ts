import {
  HometaxDateType,
  HometaxDirection,
  HometaxJobState,
  HometaxPurposeType,
  HometaxSortOrder,
  HometaxTaxRegIdParty,
  HometaxTaxType,
  HometaxTaxinvoiceKind,
  HometaxTradeType,
  HometaxTradeUsage,
} from "../enums.js";
import type { WireDateType, WireQueryType } from "../wire.js";

/** English direction -> requestJob path segment. */
export const DIRECTION_TO_WIRE: Record<HometaxDirection, WireQueryType> = {
  [HometaxDirection.SELL]: "SELL",
  [HometaxDirection.BUY]: "BUY",
  [HometaxDirection.TRUSTEE]: "TRUSTEE",
};

/** English date type -> `DType`. */
export const DATE_TYPE_TO_WIRE: Record<HometaxDateType, WireDateType> = {
  [HometaxDateType.WRITE]: "W",
  [HometaxDateType.ISSUE]: "I",
  [HometaxDateType.SEND]: "S",
};

/** Search codes of the cash-receipt filters. */
export const TRADE_TYPE_TO_WIRE = {
  [HometaxTradeType.APPROVAL]: "N",
  [HometaxTradeType.CANCEL]: "C",
} as const satisfies Record<HometaxTradeType, string>;
export const TRADE_USAGE_TO_WIRE = {
  [HometaxTradeUsage.INCOME_DEDUCTION]: "P",
  [HometaxTradeUsage.EXPENSE_PROOF]: "C",
} as const satisfies Record<HometaxTradeUsage, string>;

/** Search codes of the tax-invoice filters. */
export const KIND_TO_WIRE = {
  [HometaxTaxinvoiceKind.NORMAL]: "N",
  [HometaxTaxinvoiceKind.MODIFIED]: "M",
} as const satisfies Record<HometaxTaxinvoiceKind, string>;
export const TAX_TYPE_TO_WIRE = {
  [HometaxTaxType.TAXABLE]: "T",
  [HometaxTaxType.TAX_FREE]: "N",
  [HometaxTaxType.ZERO_RATED]: "Z",
} as const satisfies Record<HometaxTaxType, string>;
export const PURPOSE_TYPE_TO_WIRE = {
  [HometaxPurposeType.RECEIPT]: "R",
  [HometaxPurposeType.CLAIM]: "C",
  [HometaxPurposeType.NONE]: "N",
} as const satisfies Record<HometaxPurposeType, string>;
export const TAX_REG_ID_PARTY_TO_WIRE = {
  [HometaxTaxRegIdParty.SELLER]: "S",
  [HometaxTaxRegIdParty.BUYER]: "B",
  [HometaxTaxRegIdParty.TRUSTEE]: "T",
} as const satisfies Record<HometaxTaxRegIdParty, string>;
export const ORDER_TO_WIRE = {
  [HometaxSortOrder.DESCENDING]: "D",
  [HometaxSortOrder.ASCENDING]: "A",
} as const satisfies Record<HometaxSortOrder, string>;

/** The Korean strings of crawled documents -> English (unknown values -> null). */
const FROM_KOREAN = {
  tradeType: { 승인거래: HometaxTradeType.APPROVAL, 취소거래: HometaxTradeType.CANCEL },
  tradeUsage: {
    소득공제용: HometaxTradeUsage.INCOME_DEDUCTION,
    지출증빙용: HometaxTradeUsage.EXPENSE_PROOF,
  },
  direction: {
    매출: HometaxDirection.SELL,
    매입: HometaxDirection.BUY,
    수탁: HometaxDirection.TRUSTEE,
  },
  taxType: {
    과세: HometaxTaxType.TAXABLE,
    영세: HometaxTaxType.ZERO_RATED,
    면세: HometaxTaxType.TAX_FREE,
  },
  purposeType: {
    영수: HometaxPurposeType.RECEIPT,
    청구: HometaxPurposeType.CLAIM,
    없음: HometaxPurposeType.NONE,
  },
} as const;

type KoreanTables = typeof FROM_KOREAN;

/** Looks a Korean wire string up in one of the tables above. */
export function fromKorean<K extends keyof KoreanTables>(
  table: K,
  value: string | null | undefined,
): KoreanTables[K][keyof KoreanTables[K]] | null {
  if (!value) return null;
  const map: Record<string, unknown> = FROM_KOREAN[table];
  return (map[value.trim()] ?? null) as KoreanTables[K][keyof KoreanTables[K]] | null;
}

/** `queryType` of a JobState ("매출"/"매입"/"수탁", or the path word) -> direction. */
export function directionFromWire(value: string | null | undefined): HometaxDirection | null {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  if (upper === "SELL" || upper === "BUY" || upper === "TRUSTEE") return upper as HometaxDirection;
  return fromKorean("direction", value);
}

/** `queryDateType` of a JobState ("WriteDate"/"IssueDate"/"SendDate" or W/I/S) -> date type. */
export function dateTypeFromWire(value: string | null | undefined): HometaxDateType | null {
  const v = value?.trim().toUpperCase();
  if (!v) return null;
  if (v === "W" || v === "WRITEDATE") return HometaxDateType.WRITE;
  if (v === "I" || v === "ISSUEDATE") return HometaxDateType.ISSUE;
  if (v === "S" || v === "SENDDATE") return HometaxDateType.SEND;
  return null;
}

/** POPBiLL `jobState` 1/2/3 (string or number) -> English; null when unknown. */
export function jobStateFromWire(
  value: string | number | null | undefined,
): HometaxJobState | null {
  switch (Number(value)) {
    case 1:
      return HometaxJobState.PENDING;
    case 2:
      return HometaxJobState.PROCESSING;
    case 3:
      return HometaxJobState.FINISHED;
    default:
      return null;
  }
}
