import { FieldReader } from "../cashbill/fields.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { MEMBER_CODES as C, memberError } from "../members/codes.js";
import {
  findContact,
  registContact,
  toContactInfo,
  toCorpInfo,
  updateContact,
  updateCorpInfo,
} from "../members/directory.js";
import { readContactForm, readCorpInfoBody } from "../members/forms.js";
import { authorizeMemberCall } from "./points.route.js";

/** [INF] wording of the success messages. */
const MESSAGES = {
  corpInfo: "회사정보가 수정되었습니다.",
  registContact: "담당자가 추가되었습니다.",
  updateContact: "담당자 정보가 수정되었습니다.",
};

/** `GET /CorpInfo` (GetCorpInfo): `{ceoname, corpName, addr, bizType, bizClass}`. */
export function handleGetCorpInfo(request: SandboxRequest): SandboxReply {
  return json(toCorpInfo(authorizeMemberCall(request).member));
}

/** `POST /CorpInfo` (UpdateCorpInfo): every field required (`-10001001` [INF]). */
export function handleUpdateCorpInfo(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  updateCorpInfo(member, readCorpInfoBody(request.rawBody));
  return json({ code: 1, message: MESSAGES.corpInfo });
}

/** `GET /IDs` (ListContact): ContactInfo[] of the member's users, administrator first. */
export function handleListContact(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(member.users.map((user) => toContactInfo(member, user)));
}

/** `POST /IDs/New` (RegistContact): a new user with its password. */
export function handleRegistContact(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  const form = readContactForm(request.rawBody);
  registContact(request.env.state, member, form, request.receivedAt.getTime());
  return json({ code: 1, message: MESSAGES.registContact });
}

/** `POST /IDs` (UpdateContact): changes the user named by `id` (unknown: `-10000008`, 404). */
export function handleUpdateContact(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  updateContact(member, readContactForm(request.rawBody));
  return json({ code: 1, message: MESSAGES.updateContact });
}

/** `POST /Contact` with `{"id"}` (GetContactInfo): one ContactInfo (unknown: `-10000008`, 404). */
export function handleGetContactInfo(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  const id = new FieldReader(parseJsonObject(request.rawBody)).text("id")?.trim();
  if (!id) throw memberError(C.idMissing, "담당자 아이디가 입력되지 않았습니다. (id)");
  return json(toContactInfo(member, findContact(member, id)));
}
