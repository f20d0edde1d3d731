import {
  type IamportReply,
  type IamportRequest,
  type IamportTransport,
  UpstreamBusinessError,
  UpstreamNotFoundError,
  UpstreamTimeoutError,
} from "@korbill/core-upstream";
import type {
  CustomerAnnotation,
  PaymentAnnotation,
  ScheduleResultAnnotation,
  WireWebhookBody,
} from "../wire.js";

type Body = Record<string, unknown>;

/**
 * A small stateful stand-in for the i'mport API, for unit tests of one package only (the
 * sandbox is the independent emulator). Records every request; `before` runs before each.
 */
export class FakeIamport implements IamportTransport {
  readonly calls: IamportRequest[] = [];
  readonly customers = new Map<string, CustomerAnnotation>();
  readonly payments: PaymentAnnotation[] = [];
  readonly schedules = new Map<string, ScheduleResultAnnotation>();
  /** Outcome of the next charges: `paid` or `failed` (a decline with code 0). */
  outcome: "paid" | "failed" = "paid";
  /** `fail_reason` of a decline (a test may make it echo card fields, as a careless PG does). */
  failReason = "한도초과";
  /** Card numbers (digits) the PG refuses, with a message that echoes the card. */
  readonly refusedCards = new Set<string>();
  /** Runs before each request; throw to simulate a transport failure. */
  before?: (request: IamportRequest) => void | Promise<void>;
  /** When set, the next request is processed but its reply is lost (a timeout). */
  loseNextReply = false;
  private seq = 0;

  constructor(private readonly nowMs: () => number) {}

  async request<T>(request: IamportRequest): Promise<IamportReply<T>> {
    this.calls.push(structuredClone(request));
    await this.before?.(request);
    const response = this.route(request) as T;
    if (this.loseNextReply) {
      this.loseNextReply = false;
      throw new UpstreamTimeoutError({ upstream: "iamport", message: "no reply in time" });
    }
    return { response, partial: false, requestId: `req-${this.calls.length}` };
  }

  /** Runs a schedule as i'mport would at its time; returns the webhook it sends. */
  execute(merchantUid: string, outcome: "paid" | "failed" = "paid"): WireWebhookBody {
    const s = this.schedules.get(merchantUid);
    if (!s) throw new Error(`fake i'mport has no schedule ${merchantUid}`);
    const p = this.pay(s.customer_uid, merchantUid, s.amount, s.name ?? null, outcome);
    p.customer_uid_usage = "payment.scheduled";
    Object.assign(s, { schedule_status: "executed", executed_at: this.sec(), imp_uid: p.imp_uid });
    s.payment_status = outcome;
    return { imp_uid: p.imp_uid, merchant_uid: merchantUid, status: outcome };
  }

  private route(r: IamportRequest): unknown {
    const body = (r.body ?? {}) as Body;
    const key = `${r.method} ${r.path}`;
    let m: RegExpExecArray | null;
    if ((m = /^POST \/subscribe\/customers\/([^/]+)$/.exec(key))) return this.issue(dec(m), body);
    if ((m = /^GET \/subscribe\/customers\/([^/]+)$/.exec(key)))
      return this.customers.get(dec(m)) ?? notFound("customer");
    if ((m = /^DELETE \/subscribe\/customers\/([^/]+)$/.exec(key))) return this.remove(dec(m));
    if ((m = /^GET \/subscribe\/customers\/([^/]+)\/payments$/.exec(key))) {
      const uid = dec(m);
      return page(this.payments.filter((p) => p.customer_uid === uid));
    }
    if ((m = /^GET \/subscribe\/customers\/([^/]+)\/schedules$/.exec(key))) {
      const uid = dec(m);
      return page([...this.schedules.values()].filter((s) => s.customer_uid === uid));
    }
    if (key === "POST /subscribe/payments/again") return this.again(body);
    if (key === "POST /subscribe/payments/onetime") return this.onetime(body);
    if (key === "POST /subscribe/payments/schedule") return this.schedule(body);
    if (key === "POST /subscribe/payments/unschedule") return this.unschedule(body);
    if ((m = /^GET \/subscribe\/payments\/schedule\/([^/]+)$/.exec(key)))
      return this.schedules.get(dec(m)) ?? notFound("schedule");
    if (key === "POST /payments/cancel") return this.cancel(body);
    if ((m = /^GET \/payments\/find\/([^/]+)$/.exec(key))) return this.find(dec(m));
    if ((m = /^GET \/payments\/([^/]+)$/.exec(key))) {
      const uid = dec(m);
      return this.payments.find((p) => p.imp_uid === uid) ?? notFound("payment");
    }
    throw new Error(`fake i'mport has no route ${key}`);
  }

  private issue(uid: string, body: Body): CustomerAnnotation {
    this.checkCard(body, "카드정보 인증 및 빌키 발급에 실패하였습니다.");
    const now = this.sec();
    const before = this.customers.get(uid);
    const customer: CustomerAnnotation = {
      customer_uid: uid,
      pg_provider: "nice",
      card_name: "신한카드",
      card_code: "366",
      card_issuer_name: "신한카드",
      card_number: mask(String(body.card_number)),
      card_type: 0,
      customer_name: (body.customer_name as string | undefined) ?? null,
      inserted: before?.inserted ?? now,
      updated: now,
    };
    this.customers.set(uid, customer);
    return customer;
  }

  private remove(uid: string): CustomerAnnotation {
    const c = this.customers.get(uid) ?? notFound("customer");
    this.customers.delete(uid);
    return c;
  }

  private again(body: Body): PaymentAnnotation {
    const uid = String(body.customer_uid);
    if (!this.customers.has(uid)) business(1, "등록되지 않은 구매자입니다.");
    this.refusePaid(String(body.merchant_uid));
    const p = this.pay(uid, String(body.merchant_uid), Number(body.amount), String(body.name));
    p.customer_uid_usage = "payment";
    return p;
  }

  private onetime(body: Body): PaymentAnnotation {
    this.checkCard(body, "카드정보 인증에 실패하였습니다.");
    this.refusePaid(String(body.merchant_uid));
    const uid = (body.customer_uid as string | undefined) ?? null;
    const p = this.pay(uid, String(body.merchant_uid), Number(body.amount), String(body.name));
    p.card_number = mask(String(body.card_number));
    if (uid && p.status === "paid") this.issue(uid, body);
    p.customer_uid_usage = uid ? "issue" : null;
    return p;
  }

  private schedule(body: Body): ScheduleResultAnnotation[] {
    const uid = String(body.customer_uid);
    if (!this.customers.has(uid)) business(1, "등록된 고객정보가 없습니다.");
    const items = body.schedules as Body[];
    for (const i of items)
      if (this.schedules.get(String(i.merchant_uid))?.schedule_status === "scheduled")
        business(1, "이미 예약된 merchant_uid 입니다.");
    return items.map((i) => {
      const s: ScheduleResultAnnotation = {
        customer_uid: uid,
        merchant_uid: String(i.merchant_uid),
        imp_uid: null,
        schedule_at: Number(i.schedule_at),
        executed_at: 0,
        revoked_at: 0,
        amount: Number(i.amount),
        name: (i.name as string | undefined) ?? null,
        schedule_status: "scheduled",
        payment_status: null,
      };
      this.schedules.set(s.merchant_uid, s);
      return s;
    });
  }

  private unschedule(body: Body): ScheduleResultAnnotation[] {
    const only = body.merchant_uid as string[] | undefined;
    const hits = [...this.schedules.values()].filter(
      (s) =>
        s.customer_uid === body.customer_uid &&
        s.schedule_status === "scheduled" &&
        (!only || only.includes(s.merchant_uid)),
    );
    if (hits.length === 0) business(1, "취소할 예약결제 기록이 존재하지 않습니다.");
    for (const s of hits) Object.assign(s, { schedule_status: "revoked", revoked_at: this.sec() });
    return hits;
  }

  private cancel(body: Body): PaymentAnnotation {
    const p = body.imp_uid
      ? this.payments.find((x) => x.imp_uid === body.imp_uid)
      : this.find(String(body.merchant_uid));
    if (!p) return business(1, "취소할 결제건이 존재하지 않습니다.");
    const remaining = p.amount - p.cancel_amount;
    if (remaining <= 0) business(1, "이미 전액취소된 주문입니다.");
    if (body.checksum !== undefined && Number(body.checksum) !== remaining)
      business(1, "checksum mismatch");
    const amount = Number(body.amount ?? 0) || remaining;
    p.cancel_amount += amount;
    p.cancelled_at = this.sec();
    if (p.cancel_amount >= p.amount) p.status = "cancelled";
    return { ...p };
  }

  private find(merchantUid: string): PaymentAnnotation {
    const hits = this.payments.filter((p) => p.merchant_uid === merchantUid);
    return hits.at(-1) ?? notFound("payment");
  }

  private pay(
    uid: string | null,
    merchantUid: string,
    amount: number,
    name: string | null,
    outcome = this.outcome,
  ): PaymentAnnotation {
    const now = this.sec();
    const p: PaymentAnnotation = {
      imp_uid: `imp_${String(100000000000 + ++this.seq)}`,
      merchant_uid: merchantUid,
      amount,
      cancel_amount: 0,
      currency: "KRW",
      name,
      status: outcome,
      started_at: now,
      paid_at: outcome === "paid" ? now : 0,
      failed_at: outcome === "failed" ? now : 0,
      cancelled_at: 0,
      fail_reason: outcome === "failed" ? this.failReason : null,
      card_number: uid ? (this.customers.get(uid)?.card_number ?? null) : null,
      customer_uid: uid,
    };
    this.payments.push(p);
    return p;
  }

  private refusePaid(merchantUid: string): void {
    if (this.payments.some((p) => p.merchant_uid === merchantUid && p.status !== "failed"))
      business(-1, "이미 주문이 이루어진 건입니다.");
  }

  private checkCard(body: Body, message: string): void {
    const digits = String(body.card_number ?? "").replace(/\D/g, "");
    // Echo the request, as a careless upstream or proxy might: the client must redact it.
    if (this.refusedCards.has(digits))
      business(
        -1,
        `${message} [F113] card_number=${String(body.card_number)} birth=${String(body.birth)}`,
      );
  }

  private sec(): number {
    return Math.floor(this.nowMs() / 1000);
  }
}

function dec(m: RegExpExecArray): string {
  return decodeURIComponent(m[1] ?? "");
}

function mask(card: string): string {
  const d = card.replace(/\D/g, "");
  return `${d.slice(0, 6)}******${d.slice(-4)}`;
}

function page<T>(list: T[]) {
  return { total: list.length, previous: 0, next: 0, list };
}

function business(code: number, message: string): never {
  throw new UpstreamBusinessError({ upstream: "iamport", status: 200, code, message });
}

function notFound(what: string): never {
  throw new UpstreamNotFoundError({
    upstream: "iamport",
    status: 404,
    code: -1,
    message: `존재하지 않는 ${what}`,
  });
}
