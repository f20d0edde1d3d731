import { kstDate } from "../kst.js";
import { refill } from "../persist/maps.js";

/**
 * `settleState` of a bank-transfer charge. [INF] POPBiLL documents no value domain; the
 * sandbox uses 1 입금대기 (requested, waiting for the deposit), 2 입금완료 (deposit confirmed,
 * points credited), 3 취소 (cancelled) — the meanings korbill's points client maps.
 */
export const SETTLE_STATE = { pending: 1, paid: 2, cancelled: 3 } as const;

/** RefundHistory `state`. [INF] 1 신청 (requested), 2 완료 (paid out), 3 취소 (cancelled). */
export const REFUND_STATE = { requested: 1, completed: 2, cancelled: 3 } as const;

/** A bank-transfer charge (무통장 입금신청) of a member. */
export interface SettlementRecord {
  /** 18 digits: KST request date, `1`, and a sandbox-wide sequence. [INF] format. */
  readonly settleCode: string;
  readonly corpNum: string;
  readonly settlerName: string | undefined;
  readonly settlerEmail: string | undefined;
  readonly notifyHP: string | undefined;
  /** 입금자명. */
  readonly paymentName: string | undefined;
  /** KRW to deposit. */
  readonly settleCost: number;
  /** Points credited once the deposit is confirmed. */
  readonly settlePoint: number;
  /** One of {@link SETTLE_STATE}. */
  settleState: number;
  /** KST `yyyyMMddHHmmss` of the request. */
  readonly regDT: string;
  /** KST `yyyyMMddHHmmss` of the latest state change. */
  stateDT: string;
  /** The requesting user. */
  readonly userId: string;
}

/** A refund request (환불신청) of a member. */
export interface RefundRecord {
  /** 18 digits: KST request date, `2`, and a sandbox-wide sequence. [INF] format. */
  readonly refundCode: string;
  readonly corpNum: string;
  readonly contactName: string | undefined;
  readonly tel: string | undefined;
  /** Points requested back (already taken out of the member's charged points). */
  readonly requestPoint: number;
  /** 은행명, e.g. 국민. */
  readonly accountBank: string;
  readonly accountNum: string;
  /** 예금주. */
  readonly accountName: string;
  readonly reason: string | undefined;
  /** One of {@link REFUND_STATE}. */
  state: number;
  /** KST `yyyyMMddHHmmss` of the request. */
  readonly reqDT: string;
  /** KST `yyyyMMddHHmmss` of the latest state change. */
  stateDT: string;
  /** The requesting user. */
  readonly userId: string;
}

/** Settlements and refund requests per member, in request order, and their codes. */
export class PointsStore {
  readonly #settlements = new Map<string, SettlementRecord[]>();
  readonly #refunds = new Map<string, RefundRecord[]>();
  readonly #settlementsByCode = new Map<string, SettlementRecord>();
  readonly #refundsByCode = new Map<string, RefundRecord>();
  #seq = 0;

  /** A new settleCode (`kind` 1) or refundCode (`kind` 2) for a request at `nowMs`. */
  nextCode(kind: 1 | 2, nowMs: number): string {
    this.#seq += 1;
    return `${kstDate(nowMs)}${kind}${String(this.#seq).padStart(9, "0")}`;
  }

  /** Stores a settlement. */
  addSettlement(record: SettlementRecord): void {
    this.#settlementsByCode.set(record.settleCode, record);
    push(this.#settlements, record.corpNum, record);
  }

  /** The member's settlement with this code (another member's code is not found). */
  settlement(corpNum: string, settleCode: string): SettlementRecord | undefined {
    const found = this.#settlementsByCode.get(settleCode);
    return found?.corpNum === corpNum ? found : undefined;
  }

  /** The member's settlements, oldest first. */
  settlements(corpNum: string): readonly SettlementRecord[] {
    return this.#settlements.get(corpNum) ?? [];
  }

  /** Stores a refund request. */
  addRefund(record: RefundRecord): void {
    this.#refundsByCode.set(record.refundCode, record);
    push(this.#refunds, record.corpNum, record);
  }

  /** The member's refund request with this code. */
  refund(corpNum: string, refundCode: string): RefundRecord | undefined {
    const found = this.#refundsByCode.get(refundCode);
    return found?.corpNum === corpNum ? found : undefined;
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      settlements: this.#settlements,
      refunds: this.#refunds,
      settlementsByCode: this.#settlementsByCode,
      refundsByCode: this.#refundsByCode,
      seq: this.#seq,
    };
  }

  load(data: ReturnType<PointsStore["dump"]>): void {
    refill(this.#settlements, data.settlements);
    refill(this.#refunds, data.refunds);
    refill(this.#settlementsByCode, data.settlementsByCode);
    refill(this.#refundsByCode, data.refundsByCode);
    this.#seq = data.seq;
  }

  /** Every member's settlements and refunds (pending work is rescheduled from them). */
  allRecords(): { settlements: SettlementRecord[]; refunds: RefundRecord[] } {
    return {
      settlements: [...this.#settlementsByCode.values()],
      refunds: [...this.#refundsByCode.values()],
    };
  }

  /** The member's refund requests, oldest first. */
  refunds(corpNum: string): readonly RefundRecord[] {
    return this.#refunds.get(corpNum) ?? [];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}
