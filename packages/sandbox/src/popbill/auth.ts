import { SandboxHttpError } from "../http/errors.js";
import { type SandboxRequest } from "../http/request.js";
import { verifyBearer } from "../linkhub/bearer.js";
import { memberNotFound, tokenInterpretationFailed } from "../linkhub/errors.js";
import { CASHBILL_CODES } from "../cashbill/codes.js";
import { type IssueContext } from "../cashbill/issuer.js";
import { type SessionToken } from "../state/tokens.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";

/** Scope of the cash-receipt service (popbill.md §1.5). */
const CASHBILL_SCOPE = "140";

/** An authenticated caller of the POPBiLL API host. */
export interface PopbillCaller {
  readonly token: SessionToken;
  readonly member: MemberRecord;
  /** The `x-pb-userid` user, else the member's first (administrator) user [INF]. */
  readonly user: MemberUser;
}

/**
 * Authenticates a POPBiLL API call: a member bearer token of the configured ServiceID
 * with `scopes` (errors exactly as on the auth host), the member still linked to the
 * partner, and an optional `x-pb-userid` that must be one of the member's users
 * (`-10000011`, HTTP 403 [INF]). `x-pb-version` is tolerated and ignored.
 */
export function authorize(
  request: SandboxRequest,
  scopes: readonly string[] = [CASHBILL_SCOPE],
): PopbillCaller {
  const { settings, state } = request.env;
  const token = verifyBearer(request, scopes, settings.popbillServiceId);
  if (token.corpNum === undefined) {
    // [INF] code and status for a partner-level token on a member call are undocumented
    throw tokenInterpretationFailed("a member token (with access_id) is required", 403);
  }
  const member = state.memberOf(token.linkId, token.corpNum);
  if (!member) throw memberNotFound(token.linkId, token.corpNum);
  const userId = request.headers.get("x-pb-userid")?.trim();
  const user = userId ? member.users.find((u) => u.userId === userId) : member.users[0];
  if (!user) {
    throw new SandboxHttpError(
      403,
      CASHBILL_CODES.userNotFound,
      `사용자 정보가 존재하지 않습니다. (x-pb-userid ${userId ?? ""} is not a user of ${member.corpNum})`,
    );
  }
  return { token, member, user };
}

/** The issue context of a caller at the request's arrival time. */
export function issueContext(request: SandboxRequest, caller: PopbillCaller): IssueContext {
  return { member: caller.member, user: caller.user, nowMs: request.receivedAt.getTime() };
}
