import { bulkMessageDigest, stringifyPopbillBody } from "@korbill/core-upstream";
import type { WireCashbill } from "../wire.js";
import { segment } from "./paths.js";

/**
 * A BULKISSUE body serialised once, with its digest. Persist both before sending; a later
 * resend (after reconciling with getBulkResult) must use exactly these bytes.
 */
export interface PreparedBulk {
  /** The exact JSON text sent: `{"cashbills":[...]}` serialised like the Node SDK. */
  body: string;
  /** `x-pb-message-digest`: base64(SHA-1(UTF-8 bytes of `body`)). */
  digest: string;
}

/** Serialises `cashbills` for BULKISSUE and digests those exact bytes (popbill.md §5.2). */
export function prepareBulk(submitId: string, cashbills: readonly WireCashbill[]): PreparedBulk {
  segment(submitId, "submitId");
  const body = stringifyPopbillBody({ cashbills });
  return { body, digest: bulkMessageDigest(body) };
}

/** The headers of a BULKISSUE; refuses a prepared body whose digest no longer matches. */
export function bulkHeaders(submitId: string, prepared: PreparedBulk): Record<string, string> {
  segment(submitId, "submitId");
  if (bulkMessageDigest(prepared.body) !== prepared.digest) {
    throw new TypeError(
      `prepared bulk ${submitId}: the digest does not match the body (was the stored body altered?)`,
    );
  }
  return { "x-pb-message-digest": prepared.digest, "x-pb-submit-id": submitId };
}
