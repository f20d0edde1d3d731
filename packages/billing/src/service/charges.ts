import { UpstreamNotFoundError } from "@korbill/core-upstream";
import { applyPayment } from "./apply.js";
import type { BillingDeps } from "./deps.js";
import type { ChargeData, PayOnceData } from "../map/inputs.js";
import { IN_FLIGHT_MS, type NewOrder, type OrderRow } from "../store/orders.js";
import type { Owner } from "../store/store.js";
import { validateCharge, validatePayOnce } from "../validate/validate.js";
import type { CustomerAnnotation, PaymentAnnotation } from "../wire.js";
import { definitelyRefused, notice, requireOwnedKey } from "./outcome.js";

/**
 * Charges the member's billing key. The order is recorded before i'mport is called; a `paid`
 * or `failed` reply settles it and appends PAID / FAILED (the webhook later dedupes).
 */
export async function chargeBillingKey(
  deps: BillingDeps,
  owner: Owner,
  input: ChargeData,
): Promise<PaymentAnnotation> {
  const body = validateCharge(input);
  await requireOwnedKey(deps, owner.corpNum, input.customerUid);
  await prepareOrders(deps, owner, [
    {
      merchantUid: input.merchantUid,
      customerUid: input.customerUid,
      kind: "again",
      amount: input.amount,
    },
  ]);
  const payment = await charged(deps, input.merchantUid, input.amount, () =>
    deps.client.again({ ...body, ...notice(deps) }),
  );
  await applyPayment(deps, owner.corpNum, payment);
  return payment;
}

/**
 * Key-in charge; with `saveAsCustomerUid` the card is also saved as the member's billing key
 * (claimed first, like an issue). The card goes to i'mport only.
 */
export async function payOnce(
  deps: BillingDeps,
  owner: Owner,
  input: PayOnceData,
): Promise<PaymentAnnotation> {
  const body = validatePayOnce(input, deps.now());
  const uid = input.saveAsCustomerUid ?? null;
  const claim = uid ? await deps.store.claimBillingKey(owner, uid, deps.now()) : null;
  const release = async () => {
    if (uid && claim?.state === "PENDING") await deps.store.releaseClaim(owner, uid);
  };
  try {
    await prepareOrders(deps, owner, [
      { merchantUid: input.merchantUid, customerUid: uid, kind: "onetime", amount: input.amount },
    ]);
  } catch (error) {
    await release();
    throw error;
  }
  let payment: PaymentAnnotation;
  try {
    payment = await charged(deps, input.merchantUid, input.amount, () =>
      deps.client.onetime({ ...body, ...notice(deps) }),
    );
  } catch (error) {
    // An unknown outcome keeps the claim: the card may have been saved under the uid.
    if (definitelyRefused(error)) await release();
    throw error;
  }
  await applyPayment(deps, owner.corpNum, payment);
  if (uid && payment.status === "paid") await saveCharged(deps, owner, uid, payment);
  else await release();
  return payment;
}

/**
 * Records orders after reconciling a stale PENDING one of the member's with i'mport (its
 * outcome was never learned); then `OrderStore.record` refuses what must not be reused.
 */
export async function prepareOrders(deps: BillingDeps, owner: Owner, orders: NewOrder[]) {
  for (const order of orders) {
    const existing = await deps.store.orders.owned(owner.corpNum, order.merchantUid);
    if (existing?.status === "PENDING" && deps.now() - existing.updatedAt >= IN_FLIGHT_MS)
      await reconcile(deps, owner, existing);
  }
  await deps.store.orders.record(owner, orders, deps.now());
}

async function reconcile(deps: BillingDeps, owner: Owner, order: OrderRow): Promise<void> {
  const now = deps.now();
  try {
    if (order.kind === "scheduled") {
      const s = await deps.client.getSchedule(order.merchantUid);
      const status =
        s.schedule_status === "scheduled"
          ? "SCHEDULED"
          : s.schedule_status === "revoked"
            ? "REVOKED"
            : null;
      if (status) await deps.store.orders.settle(order.merchantUid, { status }, ["PENDING"], now);
      if (s.imp_uid)
        await applyPayment(deps, owner.corpNum, await deps.client.getPayment(s.imp_uid));
      return;
    }
    await applyPayment(deps, owner.corpNum, await deps.client.findPayment(order.merchantUid));
  } catch (error) {
    if (!(error instanceof UpstreamNotFoundError)) throw error;
    await deps.store.orders.settle(order.merchantUid, { status: "REFUSED" }, ["PENDING"], now);
  }
}

/**
 * Sends a charge. On any failure, asks i'mport whether the merchantUid got paid anyway (a
 * resent POST is refused as a duplicate; a timeout may hide a success). A definite refusal
 * frees the merchantUid; an unknown outcome leaves the order PENDING for reconciliation.
 */
async function charged(
  deps: BillingDeps,
  merchantUid: string,
  amount: number,
  send: () => Promise<PaymentAnnotation>,
): Promise<PaymentAnnotation> {
  try {
    return await send();
  } catch (error) {
    const found = await deps.client.findPayment(merchantUid).catch(() => null);
    if (found?.status === "paid" && found.amount === amount) return found;
    if (definitelyRefused(error))
      await deps.store.orders.settle(merchantUid, { status: "REFUSED" }, ["PENDING"], deps.now());
    throw error;
  }
}

async function saveCharged(
  deps: BillingDeps,
  owner: Owner,
  uid: string,
  payment: PaymentAnnotation,
) {
  let customer: CustomerAnnotation;
  try {
    customer = await deps.client.getBillingKey(uid);
  } catch {
    // The charge succeeded; the key's masked card is also on the payment.
    const at = payment.paid_at ?? Math.floor(deps.now() / 1000);
    customer = {
      customer_uid: uid,
      card_number: payment.card_number ?? null,
      card_name: payment.card_name ?? null,
      card_code: payment.card_code ?? null,
      card_issuer_name: payment.card_issuer_name ?? null,
      pg_provider: payment.pg_provider ?? null,
      inserted: at,
      updated: at,
    };
  }
  await deps.store.saveBillingKey(owner, customer, deps.now(), true);
}
