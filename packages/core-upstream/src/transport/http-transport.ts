import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { type Clock, type Sleep, systemClock, systemSleep } from "@korbill/core-domain";
import { type Upstream, UpstreamError } from "../errors/upstream-error.js";
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
  /** Told about every attempt, for logs and metrics (must not throw). */
  observer?: (attempt: UpstreamAttempt) => void;
  /** Headers added to every request when it is sent (trace context), if any. */
  extraHeaders?: () => Record<string, string> | undefined;
}

/** One attempt of an upstream request, as {@link HttpTransportOptions.observer} sees it. */
export interface UpstreamAttempt {
  service: Upstream;
  method: string;
  /** The URL's path, without query string. */
  path: string;
  /** HTTP status; 0 when no response came (network error, deadline). */
  status: number;
  durationMs: number;
  /** The upstream's own error code, when it sent one. */
  upstreamCode?: string | number;
  /** 0 for the first attempt. */
  retry: number;
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
      const extra = options.extraHeaders?.();
      const sent = extra ? { ...request, headers: { ...request.headers, ...extra } } : request;
      // Hand-written, not p-retry: the decision needs the method, Retry-After and an abortable sleep.
      for (let retry = 0; ; retry += 1) {
        const started = performance.now();
        try {
          const response = await sendOnce(sent, { ...context, requestId });
          observe(options.observer, request, retry, started, response.status);
          return response;
        } catch (error) {
          if (error instanceof UpstreamError)
            observe(options.observer, request, retry, started, error.status ?? 0, error.code);
          const waitMs = planRetry(request, error, retry, settings);
          if (waitMs === undefined) throw error;
          await sleep(waitMs, request.signal);
        }
      }
    },
    close,
  };
}

function observe(
  observer: HttpTransportOptions["observer"],
  request: HttpRequest,
  retry: number,
  started: number,
  status: number,
  upstreamCode?: string | number | null,
): void {
  if (!observer) return;
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
    // keep the raw URL
  }
  observer({
    service: request.upstream,
    method: request.method,
    path,
    status,
    durationMs: performance.now() - started,
    ...(upstreamCode === undefined || upstreamCode === null ? {} : { upstreamCode }),
    retry,
  });
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
