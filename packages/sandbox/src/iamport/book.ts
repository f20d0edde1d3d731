import { refill } from "../persist/maps.js";
import {
  type CustomerAnnotation,
  type PaymentAnnotation,
  type ScheduleAnnotation,
} from "./wire.js";

/** Whose data a request touches: the token's merchant and the optional `Tier` header. */
export interface IamportScope {
  /** The REST API key (`imp_key`) the token was issued for. */
  readonly impKey: string;
  /** The sub-merchant's tier code, `null` without a `Tier` header (iamport.md §2.3). */
  readonly tier: string | null;
}

/** A schedule with what its execution needs beyond the wire object. */
export interface StoredSchedule {
  readonly annotation: ScheduleAnnotation;
  /** Webhook target of the execution, `null` for the configured URL. */
  readonly noticeUrl: string | null;
  readonly cardQuota: number;
  /** Creation order, to break ties between equal `schedule_at`. */
  readonly seq: number;
}

/**
 * The billing keys, payments and schedules of one {@link IamportScope}. Payments are
 * kept by imp_uid and indexed by merchant_uid as a list, since failed attempts may be
 * followed by new ones (iamport.md §9).
 */
export class MerchantBook {
  readonly scope: IamportScope;
  /** Billing keys by customer_uid; only masked card data. */
  readonly customers = new Map<string, CustomerAnnotation>();
  /** Schedules by merchant_uid (the newest for a reused merchant_uid). */
  readonly schedules = new Map<string, StoredSchedule>();
  readonly #payments = new Map<string, PaymentAnnotation>();
  readonly #noticeUrls = new Map<string, string>();
  #scheduleSeq = 0;

  /** Creates an empty book. */
  constructor(scope: IamportScope) {
    this.scope = scope;
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      scope: this.scope,
      customers: this.customers,
      schedules: this.schedules,
      payments: this.#payments,
      noticeUrls: this.#noticeUrls,
      scheduleSeq: this.#scheduleSeq,
    };
  }

  load(data: ReturnType<MerchantBook["dump"]>): void {
    refill(this.customers, data.customers);
    refill(this.schedules, data.schedules);
    refill(this.#payments, data.payments);
    refill(this.#noticeUrls, data.noticeUrls);
    this.#scheduleSeq = data.scheduleSeq;
  }

  /** Stores a new payment with the `notice_url` its request gave, if any. */
  addPayment(payment: PaymentAnnotation, noticeUrl: string | null): void {
    this.#payments.set(payment.imp_uid, payment);
    if (noticeUrl !== null) this.#noticeUrls.set(payment.imp_uid, noticeUrl);
  }

  /** The `notice_url` given when the payment was made, `null` for the configured URL. */
  noticeUrlOf(impUid: string): string | null {
    return this.#noticeUrls.get(impUid) ?? null;
  }

  /** The payment with this imp_uid. */
  payment(impUid: string): PaymentAnnotation | undefined {
    return this.#payments.get(impUid);
  }

  /** Every payment, newest first (by `started_at`, then creation). */
  payments(): PaymentAnnotation[] {
    return [...this.#payments.values()].reverse().sort((a, b) => b.started_at - a.started_at);
  }

  /** The payments of one merchant_uid, newest first. */
  paymentsOf(merchantUid: string): PaymentAnnotation[] {
    return this.payments().filter((payment) => payment.merchant_uid === merchantUid);
  }

  /**
   * Whether a merchant_uid may not be charged again: one of its payments is `paid`, or
   * `cancelled` [INF: "already paid once"; iamport.md §11.4]. Failed attempts do not count.
   */
  merchantUidUsed(merchantUid: string): boolean {
    return this.paymentsOf(merchantUid).some(
      (payment) => payment.status === "paid" || payment.status === "cancelled",
    );
  }

  /** Stores a schedule, replacing an earlier (revoked or failed) one of the same merchant_uid. */
  addSchedule(schedule: Omit<StoredSchedule, "seq">): StoredSchedule {
    const stored = { ...schedule, seq: ++this.#scheduleSeq };
    this.schedules.set(schedule.annotation.merchant_uid, stored);
    return stored;
  }
}
