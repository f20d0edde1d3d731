import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { kstDateTime, parseKstDateTime } from "../kst.js";
import { TX_TYPE } from "../state/ledger.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";
import { actingUser, type PointsDeps } from "./deps.js";
import { type PaymentForm, pointsForDeposit } from "./forms.js";
import { SETTLE_STATE, type SettlementRecord } from "./store.js";

/**
 * Bank-transfer charges (무통장 입금신청): a request is stored pending (settleState 1); when
 * its deposit is confirmed — automatically `depositConfirmMs` later on the sandbox clock, or
 * by the control API — the points are credited to the member's charged points with a
 * use-history entry (txType 1) and the state becomes 2. A pending request can be cancelled (3).
 */
export class Settlements {
  readonly #deps: PointsDeps;

  constructor(deps: PointsDeps) {
    this.#deps = deps;
  }

  /** Stores a pending charge and schedules its automatic confirmation (when configured). */
  request(member: MemberRecord, user: MemberUser, form: PaymentForm): SettlementRecord {
    const { clock, state, settings, scheduler } = this.#deps;
    const nowMs = clock.nowMs();
    const now = kstDateTime(nowMs);
    const record: SettlementRecord = {
      settleCode: state.points.nextCode(1, nowMs),
      corpNum: member.corpNum,
      settlerName: form.settlerName,
      settlerEmail: form.settlerEmail,
      notifyHP: form.notifyHP,
      paymentName: form.paymentName,
      settleCost: form.settleCost,
      settlePoint: pointsForDeposit(form.settleCost),
      settleState: SETTLE_STATE.pending,
      regDT: now,
      stateDT: now,
      userId: user.userId,
    };
    state.points.addSettlement(record);
    if (settings.depositConfirmMs !== null) {
      const label = `points:${member.corpNum}:${record.settleCode}:deposit`;
      scheduler.after(settings.depositConfirmMs, label, () => {
        if (record.settleState === SETTLE_STATE.pending) this.confirm(member, record);
      });
    }
    return record;
  }

  /** After a restore: schedules the automatic confirmation of a pending charge again. */
  resume(record: SettlementRecord): void {
    const { state, settings, scheduler } = this.#deps;
    const member = state.member(record.corpNum);
    const requestedMs = parseKstDateTime(record.regDT);
    if (!member || requestedMs === undefined || settings.depositConfirmMs === null) return;
    if (record.settleState !== SETTLE_STATE.pending) return;
    const label = `points:${member.corpNum}:${record.settleCode}:deposit`;
    scheduler.at(requestedMs + settings.depositConfirmMs, label, () => {
      if (record.settleState === SETTLE_STATE.pending) this.confirm(member, record);
    });
  }

  /** Confirms the deposit: credits the points once; a paid charge is left as it is. */
  confirm(member: MemberRecord, record: SettlementRecord): SettlementRecord {
    if (record.settleState === SETTLE_STATE.paid) return record;
    if (record.settleState !== SETTLE_STATE.pending) throw conflict(record, "confirmed");
    const { clock, state } = this.#deps;
    const txDT = kstDateTime(clock.nowMs());
    state.ledger.credit(member.corpNum, member, {
      txType: TX_TYPE.charge,
      points: record.settlePoint,
      user: actingUser(member, record.userId),
      txDT,
    });
    record.settleState = SETTLE_STATE.paid;
    record.stateDT = txDT;
    return record;
  }

  /** Cancels a pending charge (nothing was credited). */
  cancel(record: SettlementRecord): SettlementRecord {
    if (record.settleState !== SETTLE_STATE.pending) throw conflict(record, "cancelled");
    record.settleState = SETTLE_STATE.cancelled;
    record.stateDT = kstDateTime(this.#deps.clock.nowMs());
    return record;
  }
}

function conflict(record: SettlementRecord, verb: string): SandboxHttpError {
  return new SandboxHttpError(
    409,
    SANDBOX_CODES.invalidRequest,
    `settlement ${record.settleCode} has settleState ${record.settleState} and cannot be ${verb}`,
  );
}
