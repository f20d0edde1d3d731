import {
  UpstreamConnectionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
} from "./errors/upstream-error.js";

/**
 * True when the upstream could not give a definite answer (down, overloaded, timed out): the
 * caller may try again later, and a mutation's outcome must be reconciled, not assumed.
 */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof UpstreamConnectionError ||
    error instanceof UpstreamTimeoutError ||
    error instanceof UpstreamServerError ||
    error instanceof UpstreamRateLimitError
  );
}
