import { UpstreamNotFoundError } from "@korbill/core-upstream";
import { LocalClaims, type StoredEvent, type WorkClaims } from "@korbill/core-events";
import { applyPayment } from "./apply.js";
import type { BillingDeps } from "./deps.js";
import type { BillingEventPayload } from "./events.js";
import { redactText } from "../map/redact.js";
import type { Kysely } from "kysely";
import { DeferralStore } from "../store/deferrals.js";
import type { OrderRow } from "../store/orders.js";
import { type RefetchLimits, RefetchGate } from "./refetch-gate.js";
import { parseIamportWebhook } from "../webhooks.js";
import type { PaymentAnnotation, WireWebhookBody } from "../wire.js";

/**
 * What a webhook did. `applied`: a new event was logged; `duplicate`: the same event was
 * already logged (a replay, or the mutation got there first); `ignored`: genuine but implies
 * no event (e.g. `ready`); `rejected`: not believable, nothing changed, `reason` says why;
 * `deferred`: the re-fetch budget is spent, so the webhook is recorded and verified later by a
 * background pass ({@link BillingWebhooks.drainDeferred}). The route acknowledges all five with
 * 2xx; only a thrown error (i'mport unreachable, database down) should be answered 5xx so
 * i'mport retries.
 */
export type WebhookOutcome =
  | { result: "applied"; event: StoredEvent<BillingEventPayload> }
  | { result: "duplicate"; impUid: string; status: string }
  | { result: "ignored"; reason: string }
  | { result: "rejected"; reason: string }
  | { result: "deferred"; merchantUid: string };

/**
 * Verifies i'mport V1 webhooks by re-fetching (iamport.md §6): the body is only a hint. The
 * merchant_uid must be an order korbill recorded (checked first, costing no upstream call); the
 * payment is fetched by `imp_uid` through a {@link RefetchGate} (coalesced per imp_uid, within a
 * global budget); its amount must be the order's expected amount, and the claimed status one
 * the payment really has. The event is derived from the FETCHED payment and logged under
 * `billing:{imp_uid}:{status}`. Webhooks over the budget are deferred, never dropped.
 */
export class BillingWebhooks {
  private readonly gate: RefetchGate;
  private readonly deferrals: DeferralStore;

  constructor(
    private readonly deps: BillingDeps,
    private readonly limits?: RefetchLimits,
    /** Which instance verifies which deferred webhook (in-process when alone). */
    private readonly claims: WorkClaims = new LocalClaims(),
  ) {
    this.gate = new RefetchGate(limits, (impUid) => this.fetch(impUid), deps.now);
    this.deferrals = new DeferralStore(deps.store.db as Kysely<unknown>, deps.store.stage);
  }

  /** Parses raw bytes (throws `IamportWebhookError` when unreadable), then verifies them. */
  async receive(raw: Buffer | string, contentType?: string | null): Promise<WebhookOutcome> {
    return this.verify(parseIamportWebhook(raw, contentType));
  }

  /** Verifies a parsed body and applies what the fetched payment says. */
  async verify(hint: WireWebhookBody): Promise<WebhookOutcome> {
    const order = await this.deps.store.orders.get(hint.merchant_uid);
    if (!order) return rejected(`merchant_uid ${hint.merchant_uid} is not an order of korbill's`);
    const gated = await this.gate.payment(
      hint.imp_uid,
      (p) => p !== null && p.merchant_uid === hint.merchant_uid && statusAgrees(hint.status, p),
    );
    if ("defer" in gated) {
      await this.deferrals.defer(order.merchantUid, hint.imp_uid, hint.status, this.deps.now());
      return { result: "deferred", merchantUid: order.merchantUid };
    }
    const payment = gated.payment;
    if (!payment) return rejected(`i'mport knows no payment ${hint.imp_uid}`);
    if (payment.merchant_uid !== hint.merchant_uid)
      return rejected(`payment ${payment.imp_uid} has another merchant_uid than the webhook says`);
    if (!statusAgrees(hint.status, payment))
      return rejected(`payment ${payment.imp_uid} is ${payment.status}, not ${hint.status}`);
    return this.apply(order, payment, hint.status);
  }

  /**
   * One pass over deferred webhooks, oldest first, while the budget lasts: each order is looked
   * up by its merchant_uid (a forger cannot point it at another payment) and applied like a
   * verified webhook. Returns how many were verified.
   */
  async drainDeferred(limit = 50): Promise<number> {
    let verified = 0;
    const rows = await this.deferrals.oldest(limit);
    const unit = (merchantUid: string) =>
      `${this.deps.store.stage}:billing-deferral:${merchantUid}`;
    // Each deferred webhook is a unit of work: verified by the instance that claims it.
    const held = await this.claims.claimMany(rows.map((r) => unit(r.merchantUid)));
    for (const row of rows.filter((r) => held.has(unit(r.merchantUid)))) {
      try {
        if (this.limits && !(await this.limits.take())) break;
        const order = await this.deps.store.orders.get(row.merchantUid);
        const payment = order ? await this.find(row.merchantUid) : null;
        if (order && payment) {
          const hint = statusAgrees(row.status, payment) ? row.status : undefined;
          await this.apply(order, payment, hint);
        }
        await this.deferrals.done(row);
        verified += 1;
      } finally {
        await this.claims.release(unit(row.merchantUid));
      }
    }
    for (const key of held) await this.claims.release(key); // those the budget left undone
    return verified;
  }

  /** How many webhooks wait for verification. */
  pendingDeferred(): Promise<number> {
    return this.deferrals.count();
  }

  private async apply(
    order: OrderRow,
    payment: PaymentAnnotation,
    claimed: string | undefined,
  ): Promise<WebhookOutcome> {
    if (payment.amount !== order.amount) {
      return rejected(
        `payment ${payment.imp_uid} is for ${payment.amount}, the order expects ${order.amount}`,
      );
    }
    const event = await applyPayment(this.deps, order.corpNum, payment, claimed);
    if (event) return { result: "applied", event };
    if (!["paid", "failed", "cancelled"].includes(payment.status))
      return { result: "ignored", reason: `status ${payment.status} is not tracked` };
    return { result: "duplicate", impUid: payment.imp_uid, status: payment.status };
  }

  private fetch(impUid: string): Promise<PaymentAnnotation | null> {
    return this.deps.client.getPayment(impUid).catch(notFoundAsNull);
  }

  private find(merchantUid: string): Promise<PaymentAnnotation | null> {
    return this.deps.client.findPayment(merchantUid).catch(notFoundAsNull);
  }
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof UpstreamNotFoundError) return null;
  throw error;
}

// A partial cancel leaves the status `paid` with cancel_amount > 0 [INF, iamport.md §11.8].
function statusAgrees(claimed: string, payment: PaymentAnnotation): boolean {
  if (claimed === payment.status) return true;
  return claimed === "cancelled" && payment.status === "paid" && payment.cancel_amount > 0;
}

// The reason quotes the sender's ids (any visible characters) and is logged: redacted.
function rejected(reason: string): WebhookOutcome {
  return { result: "rejected", reason: redactText(reason) };
}
