import { type NewEvent, topicFor } from "@korbill/core-events";
import type { PaymentAnnotation, WirePaymentStatus } from "../wire.js";

/** Types of events on a member's `billing:{corpNum}` topic. */
export type BillingEventType = "PAID" | "FAILED" | "CANCELLED" | "SCHEDULED_EXECUTED";

/** Self-contained payload of a billing event (no card data, masked or not). */
export interface BillingEventPayload {
  corpNum: string;
  impUid: string;
  merchantUid: string;
  customerUid: string | null;
  /** The payment's amount. */
  amount: number;
  /** Cancelled so far. */
  cancelAmount: number;
  /** i'mport's status of the payment when korbill looked (`paid`, `failed`, `cancelled`). */
  status: string;
  failReason: string | null;
  /** When it happened upstream (epoch ms), else null. */
  happenedAt: number | null;
}

/** The event a payment's state implies, with the id that makes it exactly-once. */
export interface DerivedEvent {
  type: BillingEventType;
  upstreamId: string;
}

/**
 * `billing:{imp_uid}:{status}`: one event per payment and state whichever path reports it
 * (the mutation's reply or the webhook). A partial cancel keeps status `paid` upstream
 * [INF, iamport.md §11.8], so it is `billing:{imp_uid}:cancelled:{cancel_amount so far}`.
 */
export function billingEventId(impUid: string, status: string, partialCancelAmount?: number) {
  const base = `billing:${impUid}:${status}`;
  return partialCancelAmount === undefined ? base : `${base}:${partialCancelAmount}`;
}

/**
 * The event a FETCHED (or returned) payment implies. `hint` is what the reporter claims
 * happened; it matters only for a partial cancel, which leaves the status `paid`.
 * `ready` and unknown statuses imply no event.
 */
export function deriveEvent(
  payment: PaymentAnnotation,
  hint?: WirePaymentStatus,
): DerivedEvent | null {
  const id = payment.imp_uid;
  switch (payment.status) {
    case "paid":
      if (hint === "cancelled" && payment.cancel_amount > 0)
        return {
          type: "CANCELLED",
          upstreamId: billingEventId(id, "cancelled", payment.cancel_amount),
        };
      return {
        type: payment.customer_uid_usage === "payment.scheduled" ? "SCHEDULED_EXECUTED" : "PAID",
        upstreamId: billingEventId(id, "paid"),
      };
    case "failed":
      return { type: "FAILED", upstreamId: billingEventId(id, "failed") };
    case "cancelled":
      return { type: "CANCELLED", upstreamId: billingEventId(id, "cancelled") };
    default:
      return null;
  }
}

/** Builds the log entry for a payment of `corpNum`. */
export function billingEvent(
  corpNum: string,
  payment: PaymentAnnotation,
  derived: DerivedEvent,
): NewEvent<BillingEventPayload> {
  const at =
    derived.type === "FAILED"
      ? payment.failed_at
      : derived.type === "CANCELLED"
        ? payment.cancelled_at
        : payment.paid_at;
  return {
    topic: topicFor("billing", corpNum),
    tenant: corpNum,
    type: derived.type,
    upstreamId: derived.upstreamId,
    payload: {
      corpNum,
      impUid: payment.imp_uid,
      merchantUid: payment.merchant_uid,
      customerUid: payment.customer_uid ?? null,
      amount: payment.amount,
      cancelAmount: payment.cancel_amount,
      status: payment.status,
      failReason: payment.fail_reason ?? null,
      happenedAt: at ? at * 1000 : null,
    },
  };
}
