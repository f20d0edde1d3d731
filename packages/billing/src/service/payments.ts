import { ConflictError, InputError, NotFoundError, defined } from "@korbill/core-domain";
import { applyPayment } from "./apply.js";
import type { BillingDeps } from "./deps.js";
import type { CancelData } from "../map/inputs.js";
import type { Owner } from "../store/store.js";
import {
  validateCustomerUid,
  validatePage,
  validatePaymentRef,
  validateCancel,
} from "../validate/validate.js";
import type { PaymentAnnotation, WirePage } from "../wire.js";
import { orNotFound, requireOwnedKey } from "./outcome.js";

/** A payment by exactly one id. */
export interface PaymentRef {
  impUid?: string | null;
  merchantUid?: string | null;
}

/**
 * One payment of the member's: its merchantUid is an order of the member's, or (for payments
 * korbill did not order, such as console retries) it used one of the member's billing keys.
 * Anything else is NOT_FOUND, exactly like a payment that does not exist.
 */
export async function getPayment(
  deps: BillingDeps,
  corpNum: string,
  ref: PaymentRef,
): Promise<PaymentAnnotation> {
  validatePaymentRef(ref.impUid, ref.merchantUid);
  const id = ref.impUid ?? defined(ref.merchantUid, "merchantUid");
  const missing = `no payment ${id}`;
  if (ref.merchantUid) {
    const order = await deps.store.orders.get(ref.merchantUid);
    if (order && order.corpNum !== corpNum) throw new NotFoundError(missing);
  }
  const payment = await orNotFound(
    ref.impUid ? deps.client.getPayment(ref.impUid) : deps.client.findPayment(id),
    missing,
  );
  const order = await deps.store.orders.get(payment.merchant_uid);
  const mine = order
    ? order.corpNum === corpNum
    : !!payment.customer_uid && (await deps.store.ownsCustomerUid(corpNum, payment.customer_uid));
  if (!mine) throw new NotFoundError(missing);
  return payment;
}

/** Payments made with the member's billing key, 20 per page, newest first. */
export async function billingKeyPayments(
  deps: BillingDeps,
  corpNum: string,
  customerUid: string,
  page: number,
): Promise<WirePage<PaymentAnnotation> & { page: number }> {
  validateCustomerUid(customerUid);
  validatePage(page);
  await requireOwnedKey(deps, corpNum, customerUid);
  return { ...(await deps.client.getCustomerPayments(customerUid, page)), page };
}

/**
 * Cancels all (amount omitted or 0) or part of the member's payment. The payment is fetched
 * first: it must be paid with something left to refund, and `amount` at most what is left;
 * that balance is sent as `checksum` so a concurrent cancel cannot refund twice.
 */
export async function cancelPayment(
  deps: BillingDeps,
  owner: Owner,
  input: CancelData,
): Promise<PaymentAnnotation> {
  validateCancel(input);
  const payment = await getPayment(deps, owner.corpNum, input);
  const remaining = payment.amount - payment.cancel_amount;
  if (payment.status !== "paid" || remaining <= 0) {
    throw new ConflictError(
      payment.status === "cancelled"
        ? `payment ${payment.imp_uid} is already fully cancelled`
        : `payment ${payment.imp_uid} is ${payment.status}; only paid payments can be cancelled`,
      { impUid: payment.imp_uid, status: payment.status },
    );
  }
  const amount = input.amount ?? 0;
  if (amount > remaining) {
    throw InputError.fromProblems([
      { path: "amount", message: `must be at most the refundable ${remaining}` },
    ]);
  }
  const cancelled = await deps.client.cancelPayment({
    imp_uid: payment.imp_uid,
    ...(amount > 0 ? { amount } : {}),
    checksum: remaining,
    reason: input.reason.trim(),
  });
  await applyPayment(deps, owner.corpNum, cancelled, "cancelled");
  return cancelled;
}
