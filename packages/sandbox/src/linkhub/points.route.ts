import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { remainPoint } from "../state/state.js";
import { verifyBearer } from "./bearer.js";
import { requireServiceScope } from "./service-scope.js";
import { memberNotFound, partnerNotFound, tokenInterpretationFailed } from "./errors.js";

/** The `{serviceID}` path segment; an unknown one fails the bearer's ServiceID check. */
export function pathServiceId(request: SandboxRequest): string {
  return request.params["serviceId"] ?? "";
}

/** `GET /{serviceID}/Point`: the token's member's balance, `{"remainPoint": n}`. */
export function handleMemberPoint(request: SandboxRequest): SandboxReply {
  const token = verifyBearer(request, ["member"], pathServiceId(request));
  requireServiceScope(token);
  if (token.corpNum === undefined) {
    // [INF] code and status for a partner-level token on a member call are undocumented
    throw tokenInterpretationFailed("a member token (with access_id) is required", 403);
  }
  const member = request.env.state.memberOf(token.linkId, token.corpNum);
  if (!member) throw memberNotFound(token.linkId, token.corpNum);
  return json({ remainPoint: remainPoint(member) });
}

/** `GET /{serviceID}/PartnerPoint`: the token's partner's balance, `{"remainPoint": n}`. */
export function handlePartnerPoint(request: SandboxRequest): SandboxReply {
  const token = verifyBearer(request, [], pathServiceId(request));
  requireServiceScope(token);
  const partner = request.env.state.partner(token.linkId);
  if (!partner) throw partnerNotFound(token.linkId);
  return json({ remainPoint: partner.partnerPoint });
}
