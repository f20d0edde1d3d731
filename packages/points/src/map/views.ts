import type {
  AccountCheckOutcome,
  ContactRole,
  IdentityType,
  PaymentStatus,
  PointsItem,
  PointsService,
  RefundStatus,
} from "../enums.js";

/**
 * Plain output shapes in English terms. The GraphQL object types implement these, so resolvers
 * return mapped plain objects and scripts get the same shapes without GraphQL. Times are
 * ISO-8601 with +09:00; null where the upstream has no (usable) value.
 */

/** How a member is charged for one service. */
export interface ChargeInfoView {
  service: PointsService;
  /** Points per use; may be fractional. */
  unitCost: number | null;
  chargeMethod: string | null;
  rateSystem: string | null;
}

/** One bank-transfer charge (무통장 입금). */
export interface PaymentView {
  productType: string | null;
  productName: string | null;
  settleType: string | null;
  settlerName: string | null;
  settlerEmail: string | null;
  /** KRW paid. */
  settleCost: number | null;
  /** Points credited. */
  settlePoint: number | null;
  /** The raw `settleState`. */
  settleState: number | null;
  settleStatus: PaymentStatus;
  registeredAt: string | null;
  stateChangedAt: string | null;
}

/** One points movement. */
export interface UseEntryView {
  itemCode: number | null;
  item: PointsItem;
  /** The raw `txType` (increase/decrease kind; meanings undocumented). */
  txType: number | null;
  /** Points moved; may be fractional (unit costs can be). */
  points: number | null;
  /** Balance after the movement; may be fractional. */
  balance: number | null;
  at: string | null;
  userId: string | null;
  userName: string | null;
}

/** One refund request. */
export interface RefundView {
  requestedAt: string | null;
  requestPoint: number | null;
  bankName: string | null;
  accountNumber: string | null;
  accountHolder: string | null;
  /** The raw `state`. */
  state: number | null;
  status: RefundStatus;
  reason: string | null;
}

/** One page of a POPBiLL list with its totals. */
export interface PageView<T> {
  list: T[];
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
}

/** The answer of a 예금주 성명조회. */
export interface AccountHolderView {
  bankCode: string | null;
  accountNumber: string | null;
  accountHolder: string | null;
  /** The raw `result` code. */
  result: string | null;
  resultMessage: string | null;
  outcome: AccountCheckOutcome;
  checkedAt: string | null;
}

/** The answer of a 예금주 실명조회. */
export interface AccountVerificationView extends AccountHolderView {
  identityType: IdentityType | null;
  identityNum: string | null;
}

/** A `{code, message}` reply. */
export interface PopbillResultView {
  success: boolean;
  code: number;
  message: string | null;
}

/** CheckIsMember (its `code` is the answer, not a success flag). */
export interface MemberCheckView {
  corpNum: string;
  isMember: boolean;
  code: number;
  message: string | null;
}

/** CheckID (its `code` is the answer, not a success flag). */
export interface IdCheckView {
  id: string;
  available: boolean;
  code: number;
  message: string | null;
}

/** A member's company details. */
export interface CorpInfoView {
  ceoName: string | null;
  corpName: string | null;
  address: string | null;
  bizType: string | null;
  bizClass: string | null;
}

/** One contact (POPBiLL login account) of a member. */
export interface ContactView {
  id: string | null;
  name: string | null;
  email: string | null;
  tel: string | null;
  role: ContactRole;
  /** The raw `searchRole`. */
  searchRole: number | null;
  admin: boolean | null;
  state: string | null;
  registeredAt: string | null;
}
