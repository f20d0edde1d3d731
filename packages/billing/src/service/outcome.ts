import { NotFoundError, RateLimitedError } from "@korbill/core-domain";
import {
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamRateLimitError,
  isRetryable,
} from "@korbill/core-upstream";
import type { BillingDeps } from "./deps.js";
import type { BillingKeyRow } from "../store/store.js";

/**
 * Whether i'mport definitely did not act on a request: it answered with a refusal (business
 * error, 4xx, 429), or korbill's own rate limit refused to send it. Timeouts, resets and 5xx leave the outcome unknown.
 */
export function definitelyRefused(error: unknown): boolean {
  // korbill's own rate limit refuses before anything is sent.
  if (error instanceof RateLimitedError) return true;
  if (!(error instanceof UpstreamError)) return false;
  return error instanceof UpstreamRateLimitError || !isRetryable(error);
}

/** The member's usable billing key; NOT_FOUND for a missing key and for another member's. */
export async function requireOwnedKey(
  deps: BillingDeps,
  corpNum: string,
  customerUid: string,
): Promise<BillingKeyRow> {
  const row = await deps.store.billingKey(corpNum, customerUid);
  if (!row) throw new NotFoundError(`no billing key with customerUid ${customerUid}`);
  return row;
}

/** Runs an upstream lookup, turning i'mport's 404 into NOT_FOUND with `message`. */
export async function orNotFound<T>(lookup: Promise<T>, message: string): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) throw new NotFoundError(message);
    throw error;
  }
}

/** `notice_url` for bodies that take one, when the gateway configured it. */
export function notice(deps: BillingDeps): { notice_url?: string } {
  return deps.noticeUrl ? { notice_url: deps.noticeUrl } : {};
}
