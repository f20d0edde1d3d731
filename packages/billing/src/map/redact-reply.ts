import {
  UpstreamConnectionError,
  UpstreamError,
  type UpstreamErrorClass,
} from "@korbill/core-upstream";
import { redactText } from "./redact.js";

/**
 * Fields of i'mport's replies kept verbatim: identifiers korbill matches on, codes, enums and
 * URLs. Every other string (reasons, names, addresses, custom_data, fields i'mport adds later)
 * is free text and goes through {@link redactText}.
 */
const VERBATIM = new Set([
  "imp_uid",
  "merchant_uid",
  "customer_uid",
  "cancellation_id",
  "pg_tid",
  "pg_id",
  "pg_provider",
  "emb_pg_provider",
  "pay_method",
  "channel",
  "status",
  "schedule_status",
  "payment_status",
  "customer_uid_usage",
  "currency",
  "apply_num",
  "card_code",
  "card_issuer_code",
  "card_publisher_code",
  "bank_code",
  "vbank_code",
  "promotion_id",
  "receipt_url",
  "cancel_receipt_urls",
]);

/**
 * An i'mport reply with every free-text string redacted (recursively), identifiers kept, and a
 * `card_number` that is not masked re-masked as i'mport masks it (`411111******1111`).
 */
export function redactReply<T>(value: T, secrets: readonly string[] = []): T {
  return walk(value, undefined, secrets) as T;
}

function walk(value: unknown, key: string | undefined, secrets: readonly string[]): unknown {
  if (typeof value === "string") {
    if (key !== undefined && VERBATIM.has(key)) return value;
    return key === "card_number" ? masked(value) : redactText(value, secrets);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, key, secrets));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, secrets);
  return out;
}

// [INF] A PG that returned the whole number: keep what i'mport itself shows (BIN and last 4).
function masked(cardNumber: string): string {
  const digits = cardNumber.replace(/\D/g, "");
  if (digits.length < 13) return cardNumber;
  return `${digits.slice(0, 6)}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`;
}

/**
 * The same error with a message that cannot echo card data. Upstream errors keep their class,
 * status, code and request id but lose `cause` (a network error may quote the request); any
 * other error becomes a plain `Error`.
 */
export function redactError(error: unknown, secrets: readonly string[] = []): Error {
  if (error instanceof UpstreamError) {
    const init = {
      upstream: error.upstream,
      message: redactText(error.message, secrets),
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      retryAfterMs: error.retryAfterMs,
    };
    if (error instanceof UpstreamConnectionError)
      return new UpstreamConnectionError({
        ...init,
        errno: error.errno,
        connectFailed: error.connectFailed,
      });
    return new (error.constructor as UpstreamErrorClass)(init);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(redactText(message, secrets));
}
