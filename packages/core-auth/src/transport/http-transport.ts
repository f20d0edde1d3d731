import { randomUUID } from "node:crypto";
import { type Clock, type Sleep, systemClock, systemSleep } from "../clock/clock.js";
import { UpstreamError } from "../errors/upstream-error.js";
import { type BackoffOptions, backoffDelayMs } from "./backoff.js";
import { type PoolOptions, type PooledFetch, createPooledFetch } from "./pooled-fetch.js";
import { mayRetry } from "./retry-policy.js";
import { sendOnce } from "./send-once.js";
import { type FetchLike, type HttpRequest, type HttpTransport } from "./types.js";

/** Options of {@link createHttpTransport}; every one has a production default. */
export interface HttpTransportOptions {
  /** Injected fetch (tests); default: undici's fetch over a keep-alive pool. */
  fetch?: FetchLike;
  clock?: Clock;
  sleep?: Sleep;
  /** Per-attempt deadline. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Default `korbill`. */
  userAgent?: string;
  backoff?: BackoffOptions;
  /** A `Retry-After` longer than this is not waited for: the error is thrown. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Pool settings of the default fetch. */
  pool?: PoolOptions;
}

interface RetrySettings {
  maxRetries: number;
  maxRetryAfterMs: number;
  backoff: BackoffOptions;
}

/**
 * Creates the transport every upstream client sends through: deadlines, gzip,
 * request ids, error mapping and retries only where a duplicate is harmless.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): HttpTransport {
  const { fetch, close } = resolveFetch(options);
  const sleep = options.sleep ?? systemSleep;
  const settings: RetrySettings = {
    maxRetries: options.maxRetries ?? 2,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    backoff: options.backoff ?? {},
  };
  const context = {
    fetch,
    clock: options.clock ?? systemClock,
    defaultHeaders: { "User-Agent": options.userAgent ?? "korbill", "Accept-Encoding": "gzip" },
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  return {
    async request(request: HttpRequest) {
      // [INF] Kept local (errors, logs), not sent: neither upstream documents a request-id header.
      const requestId = `korbill-${randomUUID()}`;
      for (let retry = 0; ; retry += 1) {
        try {
          return await sendOnce(request, { ...context, requestId });
        } catch (error) {
          const waitMs = planRetry(request, error, retry, settings);
          if (waitMs === undefined) throw error;
          await sleep(waitMs, request.signal);
        }
      }
    },
    close,
  };
}

function resolveFetch(options: HttpTransportOptions): PooledFetch {
  if (options.fetch === undefined) return createPooledFetch(options.pool);
  // The caller owns an injected fetch and whatever pool is behind it.
  return { fetch: options.fetch, close: async () => {} };
}

/** Milliseconds to wait before the next attempt, or undefined to give up. */
function planRetry(
  request: HttpRequest,
  error: unknown,
  retry: number,
  settings: RetrySettings,
): number | undefined {
  if (
    retry >= settings.maxRetries ||
    !(error instanceof UpstreamError) ||
    !mayRetry(request, error)
  )
    return undefined;
  if (error.retryAfterMs === undefined) return backoffDelayMs(retry, settings.backoff);
  return error.retryAfterMs <= settings.maxRetryAfterMs ? error.retryAfterMs : undefined;
}
