import { UpstreamBusinessError, UpstreamNotFoundError } from "@korbill/core-upstream";
import type { BillingDeps } from "./deps.js";
import type { CardData, CustomerData } from "../map/inputs.js";
import type { BillingKeyRow, Owner } from "../store/store.js";
import {
  validateCustomerUid,
  validateDeleteBillingKey,
  validateIssue,
  validatePage,
} from "../validate/validate.js";
import { definitelyRefused, requireOwnedKey } from "./outcome.js";

/**
 * Issues a billing key, or replaces the card of the member's existing one. The uid is claimed
 * for the member first (CONFLICT when another member has it); the card goes to i'mport only,
 * and only i'mport's masked answer is stored.
 */
export async function issueBillingKey(
  deps: BillingDeps,
  owner: Owner,
  customerUid: string,
  card: CardData,
  customer?: CustomerData | null,
): Promise<BillingKeyRow> {
  const wire = validateIssue(customerUid, card, customer, deps.now());
  const claim = await deps.store.claimBillingKey(owner, customerUid, deps.now());
  try {
    const issued = await deps.client.issueBillingKey(customerUid, wire.card, wire.customer);
    return await deps.store.saveBillingKey(owner, issued, deps.now(), true);
  } catch (error) {
    if (claim.state === "PENDING" && definitelyRefused(error))
      await deps.store.releaseClaim(owner, customerUid);
    throw error;
  }
}

/** The member's billing key, refreshed from i'mport (NOT_FOUND for another member's). */
export async function getBillingKey(
  deps: BillingDeps,
  corpNum: string,
  customerUid: string,
): Promise<BillingKeyRow> {
  validateCustomerUid(customerUid);
  const row = await requireOwnedKey(deps, corpNum, customerUid);
  try {
    const fresh = await deps.client.getBillingKey(customerUid);
    return await deps.store.saveBillingKey({ corpNum, keyId: row.keyId }, fresh, deps.now(), false);
  } catch (error) {
    if (!(error instanceof UpstreamNotFoundError)) throw error;
    // Deleted outside korbill (console, another integration): the tombstone keeps the uid ours.
    await deps.store.markBillingKeyDeleted(corpNum, customerUid, deps.now());
    return requireOwnedKey(deps, corpNum, customerUid);
  }
}

/** The member's billing keys from korbill's store (no upstream call). */
export async function listBillingKeys(
  deps: BillingDeps,
  corpNum: string,
  page: number,
  perPage: number,
) {
  validatePage(page, perPage);
  return deps.store.listBillingKeys(corpNum, page, perPage);
}

/**
 * Deletes the member's billing key: its pending schedules are revoked first [INF: i'mport does
 * not say whether deleting a key revokes them, iamport.md §11.6], then the key is deleted at
 * i'mport and kept as a tombstone, so the uid stays the member's. Returns the key as it was.
 */
export async function deleteBillingKey(
  deps: BillingDeps,
  corpNum: string,
  customerUid: string,
  reason?: string | null,
): Promise<BillingKeyRow> {
  validateDeleteBillingKey(customerUid, reason);
  const row = await requireOwnedKey(deps, corpNum, customerUid);
  try {
    const revoked = await deps.client.unschedule(customerUid);
    for (const s of revoked)
      await deps.store.orders.settle(
        s.merchant_uid,
        { status: "REVOKED" },
        ["SCHEDULED"],
        deps.now(),
      );
  } catch (error) {
    // "Nothing to revoke" is a business refusal (code 1); anything else stops the delete.
    if (!(error instanceof UpstreamBusinessError)) throw error;
  }
  try {
    await deps.client.deleteBillingKey(customerUid, reason ?? undefined);
  } catch (error) {
    if (!(error instanceof UpstreamNotFoundError)) throw error;
  }
  await deps.store.markBillingKeyDeleted(corpNum, customerUid, deps.now());
  return { ...row, state: "DELETED" };
}
