import { UpstreamNotFoundError } from "@korbill/core-auth";
import type { StoredEvent } from "@korbill/core-events";
import { applyPayment } from "./apply.js";
import type { BillingDeps } from "./deps.js";
import type { BillingEventPayload } from "./events.js";
import { redactText } from "./redact.js";
import { parseIamportWebhook } from "./webhooks.js";
import type { PaymentAnnotation, WireWebhookBody } from "./wire.js";

/**
 * What a webhook did. `applied`: a new event was logged; `duplicate`: the same event was
 * already logged (a replay, or the mutation got there first); `ignored`: genuine but implies
 * no event (e.g. `ready`); `rejected`: not believable, nothing changed, `reason` says why.
 * The route acknowledges all four with 2xx; only a thrown error (i'mport unreachable,
 * database down) should be answered 5xx so i'mport retries.
 */
export type WebhookOutcome =
  | { result: "applied"; event: StoredEvent<BillingEventPayload> }
  | { result: "duplicate"; impUid: string; status: string }
  | { result: "ignored"; reason: string }
  | { result: "rejected"; reason: string };

/**
 * Verifies i'mport V1 webhooks by re-fetching (iamport.md §6): the body is only a hint. The
 * payment is fetched by `imp_uid`; its merchant_uid must be an order korbill recorded, its
 * amount the order's expected amount, and the claimed status one the payment really has. The
 * event is derived from the FETCHED payment and logged under `billing:{imp_uid}:{status}`.
 */
export class BillingWebhooks {
  constructor(private readonly deps: BillingDeps) {}

  /** Parses raw bytes (throws `IamportWebhookError` when unreadable), then verifies them. */
  async receive(raw: Buffer | string, contentType?: string | null): Promise<WebhookOutcome> {
    return this.verify(parseIamportWebhook(raw, contentType));
  }

  /** Verifies a parsed body and applies what the fetched payment says. */
  async verify(hint: WireWebhookBody): Promise<WebhookOutcome> {
    let payment: PaymentAnnotation;
    try {
      payment = await this.deps.client.getPayment(hint.imp_uid);
    } catch (error) {
      if (error instanceof UpstreamNotFoundError)
        return rejected(`i'mport knows no payment ${hint.imp_uid}`);
      throw error;
    }
    if (payment.merchant_uid !== hint.merchant_uid)
      return rejected(`payment ${payment.imp_uid} has another merchant_uid than the webhook says`);
    const order = await this.deps.store.orders.get(payment.merchant_uid);
    if (!order)
      return rejected(`merchant_uid ${payment.merchant_uid} is not an order of korbill's`);
    if (payment.amount !== order.amount) {
      return rejected(
        `payment ${payment.imp_uid} is for ${payment.amount}, the order expects ${order.amount}`,
      );
    }
    if (!statusAgrees(hint.status, payment))
      return rejected(`payment ${payment.imp_uid} is ${payment.status}, not ${hint.status}`);
    const event = await applyPayment(this.deps, order.corpNum, payment, hint.status);
    if (event) return { result: "applied", event };
    if (!["paid", "failed", "cancelled"].includes(payment.status))
      return { result: "ignored", reason: `status ${payment.status} is not tracked` };
    return { result: "duplicate", impUid: payment.imp_uid, status: payment.status };
  }
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
