/** The upstream service an error came from. */
export type Upstream = "popbill" | "linkhub" | "iamport";

/** Constructor input shared by every {@link UpstreamError}. */
export interface UpstreamErrorInit {
  upstream: Upstream;
  message: string;
  /** HTTP status of the reply, when there was one. */
  status?: number | undefined;
  /** Upstream code: POPBiLL's negative 8-digit number, or the i'mport envelope `code`. */
  code?: number | undefined;
  requestId?: string | undefined;
  /** Delay the upstream asked for (`Retry-After`), in ms. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/** Base of every failure talking to POPBiLL, Linkhub or i'mport; the generic fallback class. */
export class UpstreamError extends Error {
  override readonly name: string = "UpstreamError";
  readonly upstream: Upstream;
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;

  /** Builds the error; `cause` is kept as the standard `Error.cause`. */
  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.upstream = init.upstream;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Bad, expired or missing token, bad Linkhub signature, HTTP 401. */
export class UpstreamAuthenticationError extends UpstreamError {
  override readonly name: string = "UpstreamAuthenticationError";
}

/** HTTP 403, insufficient authority, IP not allowed, disabled account. */
export class UpstreamPermissionError extends UpstreamError {
  override readonly name: string = "UpstreamPermissionError";
}

/** HTTP 400 and other 4xx, and POPBiLL validation codes: the request must change. */
export class UpstreamInvalidRequestError extends UpstreamError {
  override readonly name: string = "UpstreamInvalidRequestError";
}

/** HTTP 404 and POPBiLL "does not exist" codes. */
export class UpstreamNotFoundError extends UpstreamError {
  override readonly name: string = "UpstreamNotFoundError";
}

/** The key is already taken: MgtKey in use, duplicate SubmitID, HTTP 409. */
export class UpstreamConflictError extends UpstreamError {
  override readonly name: string = "UpstreamConflictError";
}

/** HTTP 429. */
export class UpstreamRateLimitError extends UpstreamError {
  override readonly name: string = "UpstreamRateLimitError";
}

/** Constructor input of {@link UpstreamConnectionError}. */
export interface UpstreamConnectionErrorInit extends UpstreamErrorInit {
  /** The system or undici error code, e.g. `ECONNRESET`. */
  errno?: string | undefined;
  /** True when no connection was made, so nothing reached the upstream. */
  connectFailed?: boolean;
}

/** The network failed: refused, reset, DNS, TLS. The outcome of a sent request is unknown. */
export class UpstreamConnectionError extends UpstreamError {
  override readonly name: string = "UpstreamConnectionError";
  readonly errno: string | undefined;
  readonly connectFailed: boolean;

  /** Builds the error with its network details. */
  constructor(init: UpstreamConnectionErrorInit) {
    super(init);
    this.errno = init.errno;
    this.connectFailed = init.connectFailed ?? false;
  }
}

/** No complete reply in time (our deadline or HTTP 408). The outcome is unknown. */
export class UpstreamTimeoutError extends UpstreamError {
  override readonly name: string = "UpstreamTimeoutError";
}

/** HTTP 5xx. */
export class UpstreamServerError extends UpstreamError {
  override readonly name: string = "UpstreamServerError";
}

/** The upstream understood and refused: i'mport code != 0, POPBiLL business refusals. */
export class UpstreamBusinessError extends UpstreamError {
  override readonly name: string = "UpstreamBusinessError";
}

/** Any concrete class of the hierarchy, for tables that map to one. */
export type UpstreamErrorClass = new (init: UpstreamErrorInit) => UpstreamError;

/**
 * Whether trying the same request again can succeed: connection failures, timeouts,
 * rate limits and server errors. Whether it is *safe* also depends on the method.
 */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof UpstreamConnectionError ||
    error instanceof UpstreamTimeoutError ||
    error instanceof UpstreamRateLimitError ||
    error instanceof UpstreamServerError
  );
}
