import type { StoredEvent } from "@korbill/core-events";
import type { BillingDeps } from "./deps.js";
import { type BillingEventPayload, billingEvent, deriveEvent } from "./events.js";
import type { OrderStatus } from "../store/orders.js";
import type { PaymentAnnotation, WirePaymentStatus } from "../wire.js";

/** Which order statuses a payment's status may overwrite (a late report never rolls back). */
const SETTLE_FROM: Record<string, { to: OrderStatus; from: OrderStatus[] }> = {
  paid: { to: "PAID", from: ["PENDING", "SCHEDULED", "FAILED", "REFUSED", "PAID"] },
  failed: { to: "FAILED", from: ["PENDING", "SCHEDULED", "REFUSED", "FAILED"] },
  cancelled: { to: "CANCELLED", from: ["PENDING", "SCHEDULED", "PAID", "CANCELLED"] },
};

/**
 * Applies what i'mport says about a payment of `corpNum`'s: updates its order (if korbill
 * recorded one) and appends the implied event under its exactly-once id. Returns the event
 * when it is new, null when it was already logged or the status implies none.
 */
export async function applyPayment(
  deps: BillingDeps,
  corpNum: string,
  payment: PaymentAnnotation,
  hint?: WirePaymentStatus,
): Promise<StoredEvent<BillingEventPayload> | null> {
  const settle = SETTLE_FROM[payment.status];
  const order = await deps.store.orders.owned(corpNum, payment.merchant_uid);
  if (settle && order) {
    await deps.store.orders.settle(
      payment.merchant_uid,
      {
        status: settle.to,
        impUid: payment.imp_uid,
        cancelAmount: payment.cancel_amount,
        failReason: payment.fail_reason ?? null,
      },
      settle.from,
      deps.now(),
    );
  }
  const derived = deriveEvent(payment, hint);
  if (!derived) return null;
  return deps.events.append(billingEvent(corpNum, payment, derived));
}
