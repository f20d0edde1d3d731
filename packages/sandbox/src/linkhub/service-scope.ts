import { type SessionToken } from "../state/tokens.js";
import { tokenInterpretationFailed } from "./errors.js";

/**
 * Refuses a points or member call (balances, charge URLs, payments, refunds, histories,
 * company and contact info) whose token carries no service scope. These calls are methods of
 * popbill's BaseService, made on a service object whose token always asks for `member` plus
 * that service's own code (popbill.md §1.5; popbill@1.64.2 BaseService.js:70
 * `this._scopes = ['member']`, then e.g. CashbillService.js:9 `this._scopes.push('140')`).
 * No official SDK can send a token of `member` alone, so it is refused like a token lacking
 * the service scope on a service call ([INF] the real host's answer to either is
 * undocumented; the sandbox uses 403 `-10000033`, as verifyBearer does for a missing scope).
 */
export function requireServiceScope(token: SessionToken): void {
  if (token.scopes.some((scope) => scope !== "member" && scope !== "partner")) return;
  throw tokenInterpretationFailed(
    `token lacks a service scope (scope ${JSON.stringify(token.scopes)}): every POPBiLL SDK asks for "member" plus its service's code, e.g. ["member","140"]`,
    403,
  );
}
