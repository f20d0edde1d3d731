/** A Linkhub partner (the SaaS company integrating POPBiLL). */
export interface PartnerRecord {
  /** The partner's LinkID, e.g. `TESTER`. */
  readonly linkId: string;
  /** The HMAC key as base64 text, exactly as the partner configures it in the SDK. */
  readonly secretKey: string;
  /** The partner's own point balance (`GET /{serviceID}/PartnerPoint`). */
  partnerPoint: number;
}

/** A user account of a member business. */
export interface MemberUser {
  /** POPBiLL user id (sent as `x-pb-userid`). */
  readonly userId: string;
  /** Display name. */
  readonly userName: string;
}

/** A member business (연동회원) registered under a partner. */
export interface MemberRecord {
  /** Business registration number, 10 digits without dashes. */
  readonly corpNum: string;
  /** Company name (상호). */
  readonly corpName: string;
  /** CEO name (대표자명). */
  readonly ceoName: string;
  /** LinkID of the partner the member is linked to. */
  readonly linkId: string;
  /** The member's users; the first is the administrator. */
  readonly users: readonly MemberUser[];
  /** Points bought (충전 포인트). */
  chargePoint: number;
  /** Points granted for free (보너스 포인트). */
  bonusPoint: number;
}

/** Input for adding a partner; the point balance defaults to 0. */
export type PartnerSeed = Omit<PartnerRecord, "partnerPoint"> & { readonly partnerPoint?: number };

/** Input for adding a member; point balances default to 0. */
export type MemberSeed = Omit<MemberRecord, "chargePoint" | "bonusPoint"> & {
  readonly chargePoint?: number;
  readonly bonusPoint?: number;
};
