import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { MEMBER_CODES as C, memberError } from "../members/codes.js";
import { joinMember } from "../members/directory.js";
import { readCorpNum, readJoinForm, readLoginId } from "../members/forms.js";

/**
 * The token-less onboarding calls (BaseService.js checkIsMember, checkID, joinMember): the
 * SDK sends them without `Authorization`, and any token sent is ignored. [INF] wording of
 * every message.
 */

/** `GET /Join?CorpNum=&LID=` (CheckIsMember): `{code: 1}` a member of that partner, `{code: 0}` not. */
export function handleCheckIsMember(request: SandboxRequest): SandboxReply {
  const params = lowerCased(request.query);
  const corpNum = readCorpNum(params.get("corpnum"));
  const linkId = params.get("lid")?.trim() ?? "";
  if (!request.env.state.partner(linkId))
    throw memberError(C.partnerNotFound, `파트너 정보가 존재하지 않습니다. (LID "${linkId}")`);
  const member = request.env.state.memberOf(linkId, corpNum);
  return json(member ? { code: 1, message: "가입" } : { code: 0, message: "미가입" });
}

/** `GET /IDCheck?ID=` (CheckID): `{code: 0}` the id is free, `{code: 1}` it is taken. */
export function handleCheckId(request: SandboxRequest): SandboxReply {
  const id = readLoginId(lowerCased(request.query).get("id"));
  return json(
    request.env.state.logins.taken(id)
      ? { code: 1, message: "중복된 아이디 입니다." }
      : { code: 0, message: "사용 가능한 아이디 입니다." },
  );
}

/**
 * `POST /Join` (JoinMember) with a JoinForm (linkhub-stringified, keys case-insensitive):
 * adds the member and its administrator; `{code: 1, message}`. The password is kept only
 * as a salted hash; the request log never holds bodies.
 */
export function handleJoinMember(request: SandboxRequest): SandboxReply {
  const form = readJoinForm(request.rawBody);
  joinMember(request.env.state, form, request.receivedAt.getTime());
  return json({ code: 1, message: "회원가입이 완료되었습니다." });
}

function lowerCased(query: URLSearchParams): Map<string, string> {
  const params = new Map<string, string>();
  for (const [name, value] of query) params.set(name.toLowerCase(), value);
  return params;
}
