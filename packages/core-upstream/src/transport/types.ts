import { type Upstream } from "../errors/upstream-error.js";

/**
 * When a failed request may be sent again.
 * - `safe`: retry idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS); never a POST.
 * - `idempotent-post`: also retry a POST, because a duplicate can be detected and reconciled
 *   (POPBiLL SubmitID / mgtKey, i'mport merchant_uid, Linkhub token requests).
 * - `never`: one attempt only.
 */
export type RetryPolicy = "safe" | "never" | "idempotent-post";

/** The request options a {@link FetchLike} receives. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
  redirect: "manual";
}

/** The part of a fetch `Response` the transport reads. */
export interface FetchResponseLike {
  status: number;
  headers: {
    get(name: string): string | null;
    forEach(callback: (value: string, name: string) => void): void;
  };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A `fetch`-compatible function; the global one, undici's, or a scripted fake in tests. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;

/** One logical upstream request (retries included). */
export interface HttpRequest {
  /** Which upstream errors are attributed to. */
  upstream: Upstream;
  method: string;
  /** Absolute URL. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Defaults to `safe`. */
  retry?: RetryPolicy;
  /** Per-attempt deadline; defaults to the transport's. */
  timeoutMs?: number;
  /** Cancels the request (and any wait between attempts). */
  signal?: AbortSignal;
}

/** A reply with status < 400 (statuses >= 400 are thrown as `UpstreamError`s). */
export interface HttpResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  /** The decoded body as UTF-8 text. */
  bodyText: string;
  /** The decoded body's bytes (for binary replies such as POPBiLL's getPDF). */
  body?: Buffer;
  /** The upstream's `x-request-id`, else one korbill generated for this request. */
  requestId: string;
  /** Parses `bodyText`; throws an `UpstreamError` when it is not JSON. */
  json<T = unknown>(): T;
}

/** Sends upstream requests with deadlines, safe retries and error mapping. */
export interface HttpTransport {
  /** Sends `request`, retrying what is safe; resolves with a status < 400 or throws an `UpstreamError`. */
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Closes the connection pool the transport created (a no-op with an injected fetch). */
  close(): Promise<void>;
}
