import { type UseHistoryEntry } from "../state/ledger.js";
import { type PaymentHistory, type RefundHistory } from "./views.js";

/** A ledger's balances. */
export interface PointsBalance {
  readonly chargePoint: number;
  readonly bonusPoint: number;
  /** Charged plus bonus points (`remainPoint`). */
  readonly remainPoint: number;
}

/** A member's balances with what it may still have refunded. */
export interface MemberPointsBalance extends PointsBalance {
  readonly corpNum: string;
  /** Charged points (`GET /RefundPoint`); bonus points are never refundable. */
  readonly refundableBalance: number;
}

/** A partner's own balances (`GET /{serviceID}/PartnerPoint`). */
export interface PartnerPointsBalance extends PointsBalance {
  readonly linkId: string;
  /** Who pays for members' usage. */
  readonly billing: "member" | "partner";
}

/** New balances; an absent one stays as it is. */
export interface BalanceChange {
  readonly chargePoint?: number;
  readonly bonusPoint?: number;
}

/** A settlement as the wire shows it, with its code. */
export type SettlementView = PaymentHistory & { readonly settleCode: string };

/** A refund request as the wire shows it, with its code. */
export type RefundView = RefundHistory & { readonly refundCode: string };

/**
 * What tests ask and do about points (`sandbox.points`). Unknown members, partners and codes
 * throw a `SandboxHttpError` (404); a settlement or refund in the wrong state throws one with
 * status 409. Setting balances writes no history (it is not a POPBiLL operation).
 */
export interface PointsInspector {
  /** The member's balances. */
  balance(corpNum: string): MemberPointsBalance;
  /** Sets the member's balances (whole numbers ≥ 0; else `RangeError`). */
  setBalance(corpNum: string, change: BalanceChange): MemberPointsBalance;
  /** The partner's own balances. */
  partnerBalance(linkId: string): PartnerPointsBalance;
  /** Sets the partner's balances. */
  setPartnerBalance(linkId: string, change: BalanceChange): PartnerPointsBalance;
  /** The member's point movements, oldest first. */
  useHistory(corpNum: string): readonly UseHistoryEntry[];
  /** The partner's point movements (usage billed to the partner), oldest first. */
  partnerUseHistory(linkId: string): readonly UseHistoryEntry[];
  /** The member's bank-transfer charges, oldest first. */
  settlements(corpNum: string): SettlementView[];
  /** Confirms a pending deposit now: points credited, settleState 2 (idempotent once paid). */
  confirmDeposit(corpNum: string, settleCode: string): SettlementView;
  /** Cancels a pending charge: settleState 3, nothing credited. */
  cancelSettlement(corpNum: string, settleCode: string): SettlementView;
  /** The member's refund requests, oldest first. */
  refunds(corpNum: string): RefundView[];
  /** Completes a requested refund now: state 2 (idempotent once completed). */
  completeRefund(corpNum: string, refundCode: string): RefundView;
  /** Cancels a requested refund: state 3, the points go back to the member's charged points. */
  cancelRefund(corpNum: string, refundCode: string): RefundView;
}
