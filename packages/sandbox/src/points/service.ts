import { type UseHistoryEntry } from "../state/ledger.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";
import { type PaymentForm, type RefundForm } from "./forms.js";
import { PointsInspection } from "./inspection.js";
import { type HistoryPage, type HistoryQuery, inRange, pageOf, type Paging } from "./query.js";
import { type RefundRecord, type SettlementRecord } from "./store.js";
import {
  type PaymentHistory,
  type RefundHistory,
  toPaymentHistory,
  toRefundHistory,
} from "./views.js";

/**
 * The points domain behind the POPBiLL API host (popbill.md §3a): bank-transfer charges,
 * refunds, the histories and refundable balance — plus, inherited, the inspector tests
 * drive (`sandbox.points`). Handlers call it after authentication and form parsing.
 */
export class PointsService extends PointsInspection {
  /** After a restore from persisted state: schedules pending charges and refunds again. */
  resumePending(): void {
    const { settlements, refunds } = this.deps.state.points.allRecords();
    for (const record of settlements) this.settlementFlow.resume(record);
    for (const record of refunds) this.refundFlow.resume(record);
  }

  /** PaymentRequest: a pending charge. */
  requestPayment(member: MemberRecord, user: MemberUser, form: PaymentForm): SettlementRecord {
    return this.settlementFlow.request(member, user, form);
  }

  /** GetSettleResult: the member's charge, else `-99003002` (404). */
  settlement(member: MemberRecord, settleCode: string): PaymentHistory {
    return toPaymentHistory(this.settlementOf(member.corpNum, settleCode));
  }

  /** GetPaymentHistory: charges requested on the range's days, newest first [INF]. */
  paymentHistory(member: MemberRecord, query: HistoryQuery): HistoryPage<PaymentHistory> {
    const found = this.deps.state.points
      .settlements(member.corpNum)
      .filter((record) => inRange(record.regDT, query))
      .reverse();
    return pageOf(found.map(toPaymentHistory), query);
  }

  /** GetUseHistory: the member's own ledger movements on the range's days, by `Order`. */
  useHistoryPage(member: MemberRecord, query: HistoryQuery): HistoryPage<UseHistoryEntry> {
    const found = this.deps.state.ledger
      .history(member.corpNum)
      .filter((entry) => inRange(entry.txDT, query));
    return pageOf(query.order === "D" ? found.reverse() : found, query);
  }

  /** Refund: takes the points out, `-99003004` above the refundable balance. */
  requestRefund(member: MemberRecord, user: MemberUser, form: RefundForm): RefundRecord {
    return this.refundFlow.request(member, user, form);
  }

  /** GetRefundInfo: the member's refund request, else `-99003005` (404). */
  refund(member: MemberRecord, refundCode: string): RefundHistory {
    return toRefundHistory(this.refundOf(member.corpNum, refundCode));
  }

  /** GetRefundHistory: the member's refund requests, newest first [INF]. */
  refundHistory(member: MemberRecord, paging: Paging): HistoryPage<RefundHistory> {
    const found = [...this.deps.state.points.refunds(member.corpNum)].reverse();
    return pageOf(found.map(toRefundHistory), paging);
  }

  /** GetRefundableBalance: the member's charged points. */
  refundableBalance(member: MemberRecord): number {
    return this.refundFlow.refundable(member);
  }
}
