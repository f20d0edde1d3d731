import {
  UpstreamAuthenticationError,
  fromResponse,
  UpstreamError,
  type UpstreamErrorClass,
  UpstreamNotFoundError,
  UpstreamPermissionError,
  isUnavailable,
} from "@korbill/core-upstream";

/**
 * POPBiLL HomeTax-crawl codes korbill acts on (popbill.md §2.6; docs.popbill.com
 * httaxinvoice/exception). `AUTH_INFO_NOT_FOUND` is [INF]: POPBiLL documents the message
 * "The information of HomeTax Authentication does not exist" for a member with nothing
 * registered, but not its number; korbill and its sandbox use -11100025 (the first number
 * after the documented table). Nothing here depends on that number alone: any -111 refusal
 * of a registration check reads as "not registered".
 */
export const HOMETAX_CODES = {
  /** "Failed login HomeTax": the department user's ID/password or the certificate was refused. */
  LOGIN_FAILED: -11100001,
  /** [INF] "The information of HomeTax Authentication does not exist". */
  AUTH_INFO_NOT_FOUND: -11100025,
  /** Department-user validation failed. */
  DEPT_USER_INVALID: -11100021,
  /** The department user's BRN differs from the member's. */
  DEPT_USER_OTHER_BRN: -11100022,
  /** The department user has no HomeTax authority for tax invoices. */
  DEPT_USER_NO_TAXINVOICE: -11100023,
  /** The department user has no HomeTax authority for cash receipts. */
  DEPT_USER_NO_CASHBILL: -11100024,
} as const;

/** POPBiLL's crawl code family `-111xxxxx`. */
export function isHometaxCode(code: number | undefined): boolean {
  return typeof code === "number" && code <= -11100000 && code > -11200000;
}

/**
 * True for a definite POPBiLL refusal about the member's HomeTax set-up (a -111 code, or
 * "does not exist"), as opposed to korbill's own token or permission trouble or an outage,
 * which must surface unchanged.
 */
export function isHometaxRefusal(error: unknown): error is UpstreamError {
  if (!(error instanceof UpstreamError) || isUnavailable(error)) return false;
  if (error instanceof UpstreamAuthenticationError || error instanceof UpstreamPermissionError)
    return false;
  return isHometaxCode(error.code) || error instanceof UpstreamNotFoundError;
}

/**
 * The same error with every occurrence of `secrets` masked in its message (rebuilt without
 * its `cause` when anything was masked). Used around registDeptUser so a password the upstream
 * might echo never reaches a client or a log.
 */
export function redacted(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const present = secrets.filter((s) => s.length > 0 && error.message.includes(s));
  if (present.length === 0) return error;
  let message = error.message;
  for (const secret of present) message = message.split(secret).join("***");
  const errorClass = error.constructor as UpstreamErrorClass;
  return new errorClass({
    upstream: error.upstream,
    message,
    status: error.status,
    code: error.code,
    requestId: error.requestId,
    retryAfterMs: error.retryAfterMs,
  });
}

/**
 * A `{code, message}` reply whose code is not 1 is a refusal even on HTTP 200: rethrown as the
 * error that code stands for, so it reaches the client with its upstream code.
 */
export function requireSuccess<T extends { code?: number | string; message?: string }>(
  reply: T,
): T {
  if (reply.code === undefined || Number(reply.code) === 1) return reply;
  throw fromResponse({ upstream: "popbill", status: 200, body: reply });
}
