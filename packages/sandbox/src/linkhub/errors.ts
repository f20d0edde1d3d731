import { SandboxHttpError } from "../http/errors.js";

/**
 * Linkhub error codes (popbill.md §1.3, §2.6). The codes are documented; the HTTP
 * statuses are not — POPBiLL only promises "non-200", so every status here is a sandbox
 * choice.
 */
export const LINKHUB_CODES = {
  /** -10000010 partner information does not exist. */
  partnerNotFound: -10000010,
  /** -10000012 no member for this LinkID and business registration number. */
  memberNotFound: -10000012,
  /** -10000029 IP information to access does not exist. */
  ipNotAllowed: -10000029,
  /** -10000032 Token Generation failed. */
  tokenGenerationFailed: -10000032,
  /** -10000033 Token Interpretation failed. */
  tokenInterpretationFailed: -10000033,
  /** -10000034 Auth token is not entered. */
  tokenNotEntered: -10000034,
} as const;

/** Token request refused: bad signature, stale or malformed `x-lh-date`, bad version. */
export function tokenGenerationFailed(detail: string, status = 401): SandboxHttpError {
  // [INF] status not documented
  return new SandboxHttpError(
    status,
    LINKHUB_CODES.tokenGenerationFailed,
    `Token Generation failed: ${detail}`,
  );
}

/** Unknown LinkID. */
export function partnerNotFound(linkId: string): SandboxHttpError {
  // [INF] status not documented
  return new SandboxHttpError(
    401,
    LINKHUB_CODES.partnerNotFound,
    `partner information does not exist: LinkID ${linkId}`,
  );
}

/** `access_id` is not a member of the partner. */
export function memberNotFound(linkId: string, corpNum: string): SandboxHttpError {
  // [INF] status not documented; [INF] -10000012 also for a CorpNum unknown to every partner
  const message = `no member for LinkID ${linkId} and business registration number ${corpNum}`;
  return new SandboxHttpError(403, LINKHUB_CODES.memberNotFound, message);
}

/** No `Authorization` header (or none of the expected scheme). */
export function tokenNotEntered(expected: string): SandboxHttpError {
  // [INF] status not documented
  return new SandboxHttpError(
    401,
    LINKHUB_CODES.tokenNotEntered,
    `Auth token is not entered: send Authorization: ${expected}`,
  );
}

/** Bearer token unknown, expired, of another ServiceID, or lacking a scope. */
export function tokenInterpretationFailed(detail: string, status = 401): SandboxHttpError {
  // [INF] status not documented
  return new SandboxHttpError(
    status,
    LINKHUB_CODES.tokenInterpretationFailed,
    `Token Interpretation failed: ${detail}`,
  );
}

/** The token is bound to another IP address. */
export function ipNotAllowed(tokenIp: string, peer: string): SandboxHttpError {
  // [INF] status not documented; [INF] that the real host enforces the binding this way
  const message = `IP information to access does not exist: token bound to ${tokenIp}, request from ${peer}`;
  return new SandboxHttpError(403, LINKHUB_CODES.ipNotAllowed, message);
}
