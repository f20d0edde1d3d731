/**
 * Who pays for a member's usage (popbill.md §3a ChargeInfo `chargeMethod`):
 * - `member` (연동과금): each member spends its own points;
 * - `partner` (파트너과금): every member's usage is spent from the partner's points.
 * [INF] POPBiLL configures this per partner contract; the sandbox per partner seed.
 */
export type PartnerBilling = "member" | "partner";

/** A balance the points ledger moves: points bought and points granted. */
export interface PointAccount {
  /** Points bought (충전 포인트); the only refundable kind. */
  chargePoint: number;
  /** Points granted for free (보너스 포인트); spent first, never refunded. */
  bonusPoint: number;
}

/** A Linkhub partner (the SaaS company integrating POPBiLL) and its own points ledger. */
export interface PartnerRecord extends PointAccount {
  /** The partner's LinkID, e.g. `TESTER`. */
  readonly linkId: string;
  /** The HMAC key as base64 text, exactly as the partner configures it in the SDK. */
  readonly secretKey: string;
  /** Who pays for members' usage. */
  billing: PartnerBilling;
  /** `chargePoint + bonusPoint`, as `GET /{serviceID}/PartnerPoint` answers it. */
  readonly partnerPoint: number;
}

/** A user account (담당자, a POPBiLL login) of a member business. */
export interface MemberUser {
  /** POPBiLL user id (sent as `x-pb-userid`); unique across all members. */
  readonly userId: string;
  /** Display name (`personName`). */
  userName: string;
  /** E-mail address. */
  email?: string;
  /** Phone number. */
  tel?: string;
  /** Mobile phone number. */
  hp?: string;
  /** Fax number. */
  fax?: string;
  /** 1 개인, 2 읽기, 3 회사 (what the user may see in POPBiLL's web UI). */
  searchRole?: number;
  /** Whether the user is the member's administrator (관리자). */
  mgrYN?: boolean;
  /** KST `yyyyMMddHHmmss` of registration. */
  regDT?: string;
}

/** A member business (연동회원) registered under a partner. */
export interface MemberRecord extends PointAccount {
  /** Business registration number, 10 digits without dashes. */
  readonly corpNum: string;
  /** Company name (상호). */
  corpName: string;
  /** CEO name (대표자명). */
  ceoName: string;
  /** LinkID of the partner the member is linked to. */
  readonly linkId: string;
  /** The member's users; the first is the administrator. */
  users: MemberUser[];
  /** Address (주소). */
  addr?: string;
  /** Business type (업태). */
  bizType?: string;
  /** Business class (종목). */
  bizClass?: string;
}

/** Input for adding a partner; balances default to 0 and billing to `member`. */
export interface PartnerSeed {
  readonly linkId: string;
  readonly secretKey: string;
  /** Charged points of the partner (the name predates the bonus balance). */
  readonly partnerPoint?: number;
  /** Bonus points of the partner. */
  readonly partnerBonusPoint?: number;
  readonly billing?: PartnerBilling;
}

/** Input for adding a member; point balances default to 0. */
export interface MemberSeed {
  readonly corpNum: string;
  readonly corpName: string;
  readonly ceoName: string;
  readonly linkId: string;
  readonly users: readonly MemberUser[];
  readonly chargePoint?: number;
  readonly bonusPoint?: number;
  readonly addr?: string;
  readonly bizType?: string;
  readonly bizClass?: string;
}
