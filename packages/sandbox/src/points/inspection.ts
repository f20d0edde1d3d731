import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { partnerLedgerKey, totalPoints, type UseHistoryEntry } from "../state/ledger.js";
import { type MemberRecord, type PartnerRecord, type PointAccount } from "../state/types.js";
import { POINTS_CODES, pointsError } from "./codes.js";
import { type PointsDeps } from "./deps.js";
import {
  type BalanceChange,
  type MemberPointsBalance,
  type PartnerPointsBalance,
  type PointsInspector,
  type RefundView,
  type SettlementView,
} from "./inspector.js";
import { Refunds } from "./refunds.js";
import { Settlements } from "./settlements.js";
import { type RefundRecord, type SettlementRecord } from "./store.js";
import { toPaymentHistory, toRefundHistory } from "./views.js";

/**
 * The inspector half of the points domain (`sandbox.points`, the control API): balances,
 * histories, and the transitions a test triggers (confirm a deposit, complete or cancel a
 * refund), plus the lookups the wire half shares.
 */
export class PointsInspection implements PointsInspector {
  protected readonly deps: PointsDeps;
  protected readonly settlementFlow: Settlements;
  protected readonly refundFlow: Refunds;

  constructor(deps: PointsDeps) {
    this.deps = deps;
    this.settlementFlow = new Settlements(deps);
    this.refundFlow = new Refunds(deps);
  }

  balance(corpNum: string): MemberPointsBalance {
    const member = this.member(corpNum);
    return { corpNum, ...balances(member), refundableBalance: this.refundFlow.refundable(member) };
  }

  setBalance(corpNum: string, change: BalanceChange): MemberPointsBalance {
    applyChange(this.member(corpNum), change);
    return this.balance(corpNum);
  }

  partnerBalance(linkId: string): PartnerPointsBalance {
    const partner = this.partner(linkId);
    return { linkId, billing: partner.billing, ...balances(partner) };
  }

  setPartnerBalance(linkId: string, change: BalanceChange): PartnerPointsBalance {
    applyChange(this.partner(linkId), change);
    return this.partnerBalance(linkId);
  }

  useHistory(corpNum: string): readonly UseHistoryEntry[] {
    this.member(corpNum);
    return this.deps.state.ledger.history(corpNum);
  }

  partnerUseHistory(linkId: string): readonly UseHistoryEntry[] {
    this.partner(linkId);
    return this.deps.state.ledger.history(partnerLedgerKey(linkId));
  }

  settlements(corpNum: string): SettlementView[] {
    this.member(corpNum);
    return this.deps.state.points.settlements(corpNum).map(settlementView);
  }

  confirmDeposit(corpNum: string, settleCode: string): SettlementView {
    const record = this.settlementOf(corpNum, settleCode);
    return settlementView(this.settlementFlow.confirm(this.member(corpNum), record));
  }

  cancelSettlement(corpNum: string, settleCode: string): SettlementView {
    return settlementView(this.settlementFlow.cancel(this.settlementOf(corpNum, settleCode)));
  }

  refunds(corpNum: string): RefundView[] {
    this.member(corpNum);
    return this.deps.state.points.refunds(corpNum).map(refundView);
  }

  completeRefund(corpNum: string, refundCode: string): RefundView {
    return refundView(this.refundFlow.complete(this.refundOf(corpNum, refundCode)));
  }

  cancelRefund(corpNum: string, refundCode: string): RefundView {
    const record = this.refundOf(corpNum, refundCode);
    return refundView(this.refundFlow.cancel(this.member(corpNum), record));
  }

  /** The member, else a 404 (control API). */
  protected member(corpNum: string): MemberRecord {
    const member = this.deps.state.member(corpNum);
    if (!member) throw notFound(`no member ${corpNum}`);
    return member;
  }

  /** The partner, else a 404 (control API). */
  protected partner(linkId: string): PartnerRecord {
    const partner = this.deps.state.partner(linkId);
    if (!partner) throw notFound(`no partner ${linkId}`);
    return partner;
  }

  /** The member's settlement, else `-99003002` (404). */
  protected settlementOf(corpNum: string, settleCode: string): SettlementRecord {
    const found = this.deps.state.points.settlement(corpNum, settleCode);
    if (found) return found;
    const message = `해당 정산코드의 결제내역이 존재하지 않습니다. (settleCode ${settleCode})`;
    throw pointsError(POINTS_CODES.settlementNotFound, message, 404);
  }

  /** The member's refund request, else `-99003005` (404). */
  protected refundOf(corpNum: string, refundCode: string): RefundRecord {
    const found = this.deps.state.points.refund(corpNum, refundCode);
    if (found) return found;
    const message = `해당 환불코드의 환불신청 내역이 존재하지 않습니다. (refundCode ${refundCode})`;
    throw pointsError(POINTS_CODES.refundNotFound, message, 404);
  }
}

function balances(account: PointAccount) {
  const { chargePoint, bonusPoint } = account;
  return { chargePoint, bonusPoint, remainPoint: totalPoints(account) };
}

function applyChange(account: PointAccount, change: BalanceChange): void {
  for (const key of ["chargePoint", "bonusPoint"] as const) {
    const value = change[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${key} must be a whole number >= 0`);
  }
  account.chargePoint = change.chargePoint ?? account.chargePoint;
  account.bonusPoint = change.bonusPoint ?? account.bonusPoint;
}

function settlementView(record: SettlementRecord): SettlementView {
  return { settleCode: record.settleCode, ...toPaymentHistory(record) };
}

function refundView(record: RefundRecord): RefundView {
  return { refundCode: record.refundCode, ...toRefundHistory(record) };
}

function notFound(message: string): SandboxHttpError {
  return new SandboxHttpError(404, SANDBOX_CODES.routeNotFound, message);
}
