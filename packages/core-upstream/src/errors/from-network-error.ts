import {
  type Upstream,
  UpstreamConnectionError,
  UpstreamError,
  UpstreamTimeoutError,
} from "./upstream-error.js";

/** Context for {@link fromNetworkError}. */
export interface NetworkErrorContext {
  upstream: Upstream;
  requestId?: string | undefined;
  /** True when korbill's own deadline fired (the caller knows; the thrown error may not say). */
  timedOut?: boolean;
}

/** Codes that prove no connection was made, so nothing reached the upstream. */
const CONNECT_FAILED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** undici codes for a reply that did not arrive in time. */
const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);

/**
 * Turns something a `fetch` threw into an {@link UpstreamTimeoutError} or an
 * {@link UpstreamConnectionError}; an {@link UpstreamError} passes through unchanged.
 */
export function fromNetworkError(error: unknown, context: NetworkErrorContext): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const errno = findErrno(error);
  const base = { upstream: context.upstream, requestId: context.requestId, cause: error };
  if (context.timedOut === true || isTimeout(error, errno)) {
    return new UpstreamTimeoutError({
      ...base,
      message: `${context.upstream} did not answer in time`,
    });
  }
  return new UpstreamConnectionError({
    ...base,
    errno,
    connectFailed: errno !== undefined && CONNECT_FAILED.has(errno),
    message: `Could not reach ${context.upstream}${errno === undefined ? "" : ` (${errno})`}`,
  });
}

function isTimeout(error: unknown, errno: string | undefined): boolean {
  if (errno !== undefined && TIMEOUT_CODES.has(errno)) return true;
  return error instanceof Error && error.name === "TimeoutError";
}

// undici's fetch throws `TypeError("fetch failed")` with the socket error as `cause`.
function findErrno(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
