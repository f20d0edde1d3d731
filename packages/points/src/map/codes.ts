import type { WireNumber } from "../wire.js";
import {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsSortOrder,
  RefundStatus,
} from "../enums.js";

/**
 * Upstream codes <-> English enums. Where POPBiLL documents no meanings the mapping is marked
 * [INF]; the raw code is always exposed beside the enum, and anything unmapped is UNKNOWN.
 */

/** A wire code (int, or a string of digits) as an integer; null when absent or not one. */
export function codeOf(value: WireNumber | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value.trim());
  return Number.isInteger(n) ? n : null;
}

/** [INF] settleState: 1 입금대기, 2 입금완료(충전), 3 취소. */
const PAYMENT_STATUS: Record<number, PaymentStatus> = {
  1: PaymentStatus.PENDING,
  2: PaymentStatus.COMPLETED,
  3: PaymentStatus.CANCELLED,
};

/** `settleState` -> {@link PaymentStatus}. */
export function paymentStatusOf(code: number | null): PaymentStatus {
  return (code !== null && PAYMENT_STATUS[code]) || PaymentStatus.UNKNOWN;
}

/** [INF] RefundHistory.state: 1 신청, 2 완료, 3 취소. */
const REFUND_STATUS: Record<number, RefundStatus> = {
  1: RefundStatus.REQUESTED,
  2: RefundStatus.COMPLETED,
  3: RefundStatus.CANCELLED,
};

/** RefundHistory `state` -> {@link RefundStatus}. */
export function refundStatusOf(code: number | null): RefundStatus {
  return (code !== null && REFUND_STATUS[code]) || RefundStatus.UNKNOWN;
}

/** `itemCode` -> {@link PointsItem} (popbill.md §1.5; 182/183 per AccountCheckService scopes). */
export function pointsItemOf(code: number | null): PointsItem {
  if (code === null) return PointsItem.UNKNOWN;
  if (code >= 121 && code <= 126) return PointsItem.STATEMENT;
  if (code >= 150 && code <= 152) return PointsItem.MESSAGE;
  if (code >= 153 && code <= 158) return PointsItem.KAKAO;
  const single: Record<number, PointsItem> = {
    110: PointsItem.TAXINVOICE,
    111: PointsItem.HOMETAX_TAXINVOICE,
    140: PointsItem.CASHBILL,
    141: PointsItem.HOMETAX_CASHBILL,
    160: PointsItem.FAX,
    161: PointsItem.FAX,
    170: PointsItem.CLOSEDOWN,
    171: PointsItem.BIZ_INFO_CHECK,
    180: PointsItem.EASYFIN_BANK,
    182: PointsItem.ACCOUNT_CHECK_NAME,
    183: PointsItem.ACCOUNT_CHECK_REAL_NAME,
  };
  return single[code] ?? PointsItem.UNKNOWN;
}

/** {@link PointsSortOrder} -> GetUseHistory `Order`. */
export const SORT_ORDER_WIRE: Record<PointsSortOrder, "D" | "A"> = {
  [PointsSortOrder.DESC]: "D",
  [PointsSortOrder.ASC]: "A",
};

/** {@link IdentityType} -> CheckDepositorInfo `t`. */
export const IDENTITY_TYPE_WIRE: Record<IdentityType, "P" | "B"> = {
  [IdentityType.PERSON]: "P",
  [IdentityType.BUSINESS]: "B",
};

/** CheckDepositorInfo `identityNumType` -> {@link IdentityType}, null when unknown. */
export function identityTypeOf(value: unknown): IdentityType | null {
  if (value === "P") return IdentityType.PERSON;
  if (value === "B") return IdentityType.BUSINESS;
  return null;
}

/** [INF] An account check's `result`: `0000` success, any other code a failure. */
export function accountCheckOutcomeOf(result: unknown): AccountCheckOutcome {
  if (typeof result !== "string" || result.trim() === "") return AccountCheckOutcome.UNKNOWN;
  return result.trim() === "0000" ? AccountCheckOutcome.SUCCESS : AccountCheckOutcome.FAILURE;
}

/** {@link ContactRole} -> `searchRole` (node-popbill.example routes: 1 개인, 2 읽기, 3 회사). */
export const CONTACT_ROLE_WIRE: Record<Exclude<ContactRole, ContactRole.UNKNOWN>, number> = {
  [ContactRole.PERSONAL]: 1,
  [ContactRole.READ]: 2,
  [ContactRole.COMPANY]: 3,
};

/** `searchRole` -> {@link ContactRole}. */
export function contactRoleOf(code: number | null): ContactRole {
  const found = Object.entries(CONTACT_ROLE_WIRE).find(([, wire]) => wire === code);
  return found ? (found[0] as ContactRole) : ContactRole.UNKNOWN;
}
