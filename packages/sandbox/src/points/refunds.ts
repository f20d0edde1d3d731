import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { kstDateTime, parseKstDateTime } from "../kst.js";
import { TX_TYPE } from "../state/ledger.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";
import { POINTS_CODES, pointsError } from "./codes.js";
import { actingUser, type PointsDeps } from "./deps.js";
import { type RefundForm } from "./forms.js";
import { REFUND_STATE, type RefundRecord } from "./store.js";

/**
 * Refund requests (환불신청): only charged points are refundable ([INF] bonus points never
 * are). A request takes its points out of the member's charged points at once (use-history
 * txType 3) and completes (state 1 -> 2) `refundProcessingMs` later on the sandbox clock or
 * by the control API; cancelling a requested refund (3) gives the points back (txType 4).
 */
export class Refunds {
  readonly #deps: PointsDeps;

  constructor(deps: PointsDeps) {
    this.#deps = deps;
  }

  /** Charged points the member could still have refunded. */
  refundable(member: MemberRecord): number {
    return member.chargePoint;
  }

  /** Takes the points out and stores the request; `-99003004` above the refundable balance. */
  request(member: MemberRecord, user: MemberUser, form: RefundForm): RefundRecord {
    const { clock, state, settings, scheduler } = this.#deps;
    const nowMs = clock.nowMs();
    const now = kstDateTime(nowMs);
    const refundable = this.refundable(member);
    const debited =
      form.requestPoint <= refundable &&
      state.ledger.debitCharged(member.corpNum, member, {
        txType: TX_TYPE.refund,
        points: form.requestPoint,
        user,
        txDT: now,
      });
    if (!debited) {
      throw pointsError(
        POINTS_CODES.refundExceeds,
        `환불가능 포인트를 초과하였습니다. (requestPoint ${form.requestPoint} > refundable ${refundable}; bonus points are not refundable)`,
      );
    }
    const record: RefundRecord = {
      refundCode: state.points.nextCode(2, nowMs),
      corpNum: member.corpNum,
      ...form,
      state: REFUND_STATE.requested,
      reqDT: now,
      stateDT: now,
      userId: user.userId,
    };
    state.points.addRefund(record);
    scheduler.after(
      settings.refundProcessingMs,
      `points:${member.corpNum}:${record.refundCode}:refund`,
      () => {
        if (record.state === REFUND_STATE.requested) this.complete(record);
      },
    );
    return record;
  }

  /** After a restore: schedules the completion of a requested refund again. */
  resume(record: RefundRecord): void {
    const { settings, scheduler } = this.#deps;
    const requestedMs = parseKstDateTime(record.reqDT);
    if (requestedMs === undefined || record.state !== REFUND_STATE.requested) return;
    scheduler.at(
      requestedMs + settings.refundProcessingMs,
      `points:${record.corpNum}:${record.refundCode}:refund`,
      () => {
        if (record.state === REFUND_STATE.requested) this.complete(record);
      },
    );
  }

  /** Marks the refund paid out; a completed one is left as it is. */
  complete(record: RefundRecord): RefundRecord {
    if (record.state === REFUND_STATE.completed) return record;
    if (record.state !== REFUND_STATE.requested) throw conflict(record, "completed");
    record.state = REFUND_STATE.completed;
    record.stateDT = kstDateTime(this.#deps.clock.nowMs());
    return record;
  }

  /** Cancels a requested refund and credits its points back. */
  cancel(member: MemberRecord, record: RefundRecord): RefundRecord {
    if (record.state !== REFUND_STATE.requested) throw conflict(record, "cancelled");
    const txDT = kstDateTime(this.#deps.clock.nowMs());
    this.#deps.state.ledger.credit(member.corpNum, member, {
      txType: TX_TYPE.refundCancel,
      points: record.requestPoint,
      user: actingUser(member, record.userId),
      txDT,
    });
    record.state = REFUND_STATE.cancelled;
    record.stateDT = txDT;
    return record;
  }
}

function conflict(record: RefundRecord, verb: string): SandboxHttpError {
  return new SandboxHttpError(
    409,
    SANDBOX_CODES.invalidRequest,
    `refund ${record.refundCode} has state ${record.state} and cannot be ${verb}`,
  );
}
