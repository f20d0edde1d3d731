import { isRetryable } from "./errors/upstream-error.js";

/**
 * True when the upstream could not give a definite answer (down, overloaded, timed out): the
 * caller may try again later, and a mutation's outcome must be reconciled, not assumed.
 * The same classes the transport retries.
 */
export function isUnavailable(error: unknown): boolean {
  return isRetryable(error);
}
