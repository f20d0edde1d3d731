import { FieldReader } from "../cashbill/fields.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { MEMBER_CODES as C, memberError } from "../members/codes.js";
import { findContact, toContactInfo } from "../members/directory.js";
import { authorizeMemberCall } from "./points.route.js";

/** [INF] wording of the success messages. */
const MESSAGES = {
  deleteContact: "담당자가 삭제되었습니다.",
  quit: "탈퇴 신청이 처리되었습니다.",
};

/**
 * `POST /Contact/Delete?ContactID={id}`, empty body (DeleteContact, popbill@1.64.2
 * BaseService.js:290). Removes the member's user; an unknown id `-10000008` (404 [INF]); the
 * administrator cannot be deleted `-10001004` [INF]. The id becomes free for new logins.
 */
export function handleDeleteContact(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  const id = request.query.get("ContactID")?.trim();
  if (!id) throw memberError(C.idMissing, "담당자 아이디가 입력되지 않았습니다. (ContactID)");
  const user = findContact(member, id);
  if (toContactInfo(member, user).mgrYN)
    throw memberError(C.adminNotDeletable, `관리자는 삭제할 수 없습니다. (ContactID ${id})`);
  member.users.splice(member.users.indexOf(user), 1);
  request.env.state.logins.remove(user.userId);
  return json({ code: 1, message: MESSAGES.deleteContact });
}

/**
 * `POST /QuitRequest` with `{"quitReason"}` (QuitMember, popbill@1.64.2 BaseService.js:810;
 * the SDK sends it with the member's token and drops its cached token on `code: 1`). [INF] The
 * sandbox processes the request at once: the member and its logins are gone, so its tokens
 * stop working and its CorpNum may join again.
 */
export function handleQuitMember(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  const reason = new FieldReader(parseJsonObject(request.rawBody)).text("quitReason")?.trim();
  if (!reason)
    throw memberError(C.quitReasonMissing, "탈퇴 사유가 입력되지 않았습니다. (quitReason)");
  request.env.state.removeMember(member.corpNum);
  return json({ code: 1, message: MESSAGES.quit });
}
