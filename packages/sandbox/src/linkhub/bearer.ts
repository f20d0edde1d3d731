import { type SandboxRequest } from "../http/request.js";
import { type SessionToken } from "../state/tokens.js";
import { ipNotAllowed, tokenInterpretationFailed, tokenNotEntered } from "./errors.js";

const BEARER = /^Bearer +(\S+)$/i;

/**
 * Authenticates `Authorization: Bearer {session_token}` for any emulated API handler.
 *
 * - no bearer token -> 401 `-10000034`;
 * - unknown or expired on the sandbox clock -> 401 `-10000033`;
 * - issued for another ServiceID than `serviceId` (e.g. a `POPBILL_TEST` token on a
 *   `POPBILL` path) -> 401 `-10000033`;
 * - bound to another IP than the caller's (not `*`) -> 403 `-10000029`;
 * - lacking one of `scopes` (e.g. `["140"]` for cash receipts) -> 403 `-10000033`.
 *
 * Returns the token so the handler knows the partner, member and scopes.
 */
export function verifyBearer(
  request: SandboxRequest,
  scopes: readonly string[] = [],
  serviceId?: string,
): SessionToken {
  const value = BEARER.exec(request.headers.get("authorization")?.trim() ?? "")?.[1];
  if (value === undefined) throw tokenNotEntered("Bearer {session_token}");
  const { clock, state } = request.env;
  const token = state.tokens.lookup(value, clock.now());
  if (token === undefined)
    throw tokenInterpretationFailed("unknown or expired session token; request a new one");
  if (serviceId !== undefined && token.serviceId !== serviceId) {
    // [INF] code and status for a token of the other stage are undocumented
    throw tokenInterpretationFailed(`token was issued for ${token.serviceId}, not ${serviceId}`);
  }
  if (token.ipAddress !== "*" && token.ipAddress !== request.remoteAddress) {
    throw ipNotAllowed(token.ipAddress, request.remoteAddress);
  }
  const missing = scopes.filter((scope) => !token.scopes.includes(scope));
  if (missing.length > 0) {
    // [INF] whether and how the real host refuses a token without the service scope is undocumented
    throw tokenInterpretationFailed(`token lacks scope ${missing.join(", ")}`, 403);
  }
  return token;
}
