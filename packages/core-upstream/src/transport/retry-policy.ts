import {
  UpstreamConnectionError,
  type UpstreamError,
  isRetryable,
} from "../errors/upstream-error.js";
import { type HttpRequest } from "./types.js";

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * Whether `error` allows sending `request` again: the error must be transient (connection,
 * timeout, 408, 429, 5xx) and a duplicate harmless. A plain POST is resent only when the
 * connection was never made, so the first attempt cannot have reached the upstream.
 */
export function mayRetry(
  request: Pick<HttpRequest, "method" | "retry">,
  error: UpstreamError,
): boolean {
  const policy = request.retry ?? "safe";
  if (policy === "never" || !isRetryable(error)) return false;
  if (IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || policy === "idempotent-post")
    return true;
  // [INF] ECONNREFUSED, DNS failures and connect timeouts happen before a byte is written.
  return error instanceof UpstreamConnectionError && error.connectFailed;
}
