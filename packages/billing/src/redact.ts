import {
  UpstreamConnectionError,
  UpstreamError,
  type UpstreamErrorClass,
} from "@korbill/core-auth";
import type { WireCardFields } from "./wire.js";

const MASK = "[redacted]";
/** Long digit runs (a PAN with or without separators) and echoed `name: value` card fields. */
const DIGIT_RUN = /\d(?:[ -]?\d){11,18}/g;
const ECHOED_FIELD =
  /\b(card_number|expiry|birth|pwd_2digit|cvc)(["']?\s*[:=]\s*["']?)[^"'&,}\s]*/gi;

/** The card values of a request that must never appear in a message. */
export function cardSecrets(card: Partial<WireCardFields> | undefined): string[] {
  if (!card) return [];
  const values = [card.card_number, card.expiry, card.birth, card.cvc, card.pwd_2digit];
  const out: string[] = [];
  for (const value of values) {
    if (!value) continue;
    out.push(value, value.replace(/\D/g, ""));
  }
  // [INF] Two-digit values (PIN prefix, CVC fragments) are only removed as echoed fields: replacing
  // every "12" would also mangle PG codes such as "[F112]".
  return [...new Set(out)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

/** `message` with the given secrets, long digit runs and echoed card fields replaced. */
export function redactText(message: string, secrets: readonly string[] = []): string {
  let out = message;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out.replace(ECHOED_FIELD, `$1$2${MASK}`).replace(DIGIT_RUN, MASK);
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
