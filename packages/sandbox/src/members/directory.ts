import { kstDateTime } from "../kst.js";
import { type SandboxState } from "../state/state.js";
import { type MemberRecord, type MemberUser } from "../state/types.js";
import { MEMBER_CODES as C, memberError } from "./codes.js";
import { type ContactForm, type CorpInfo, type JoinForm, readPassword } from "./forms.js";

/** [INF] `searchRole` of a new contact when none is sent: 1 (개인, the narrowest). */
const DEFAULT_SEARCH_ROLE = 1;
/** [INF] `searchRole` of the administrator a JoinMember creates: 3 (회사). */
const ADMIN_SEARCH_ROLE = 3;
/** [INF] ContactInfo `state` of an active contact. */
const CONTACT_STATE_ACTIVE = 1;

/** ContactInfo as ListContact / GetContactInfo answer it. */
export interface ContactInfo {
  readonly id: string;
  readonly personName: string;
  readonly email: string | null;
  readonly tel: string | null;
  readonly hp: string | null;
  readonly fax: string | null;
  readonly searchRole: number;
  readonly mgrYN: boolean;
  readonly state: number;
  readonly regDT: string | null;
}

/**
 * JoinMember: adds a member to the form's partner with its administrator (the JoinForm's
 * ID, password stored only as a hash). Refusals in order: unknown LinkID `-10000010`, a
 * CorpNum that is already a POPBiLL member (of any partner [INF]) `-10001000`, a taken ID
 * `-10001002` [INF].
 */
export function joinMember(state: SandboxState, form: JoinForm, nowMs: number): MemberRecord {
  if (!state.partner(form.linkId))
    throw memberError(
      C.partnerNotFound,
      `파트너 정보가 존재하지 않습니다. (LinkID ${form.linkId})`,
    );
  if (state.member(form.corpNum))
    throw memberError(C.alreadyMember, `이미 가입된 연동회원입니다. (CorpNum ${form.corpNum})`);
  if (state.logins.taken(form.id))
    throw memberError(C.idInUse, `이미 사용중인 아이디입니다. (ID ${form.id})`);
  const admin: MemberUser = {
    userId: form.id,
    userName: form.contactName,
    email: form.contactEmail,
    tel: form.contactTel,
    searchRole: ADMIN_SEARCH_ROLE,
    mgrYN: true,
    regDT: kstDateTime(nowMs),
  };
  const { ceoName, corpName, addr, bizType, bizClass } = form.corpInfo;
  const member = state.addMember({
    corpNum: form.corpNum,
    corpName,
    ceoName,
    linkId: form.linkId,
    users: [],
    addr,
    bizType,
    bizClass,
  });
  state.logins.register(admin.userId, member.corpNum, form.password);
  member.users.push(admin);
  return member;
}

/** CorpInfo of a member (`ceoname` lower-case, as on the wire). */
export function toCorpInfo(member: MemberRecord) {
  return {
    ceoname: member.ceoName,
    corpName: member.corpName,
    addr: member.addr ?? null,
    bizType: member.bizType ?? null,
    bizClass: member.bizClass ?? null,
  };
}

/** UpdateCorpInfo. */
export function updateCorpInfo(member: MemberRecord, info: CorpInfo): void {
  Object.assign(member, info);
}

/** A user as ContactInfo; the first user is the administrator unless it says otherwise. */
export function toContactInfo(member: MemberRecord, user: MemberUser): ContactInfo {
  const admin = user.mgrYN ?? member.users[0] === user;
  return {
    id: user.userId,
    personName: user.userName,
    email: user.email ?? null,
    tel: user.tel ?? null,
    hp: user.hp ?? null,
    fax: user.fax ?? null,
    searchRole: user.searchRole ?? (admin ? ADMIN_SEARCH_ROLE : DEFAULT_SEARCH_ROLE),
    mgrYN: admin,
    state: CONTACT_STATE_ACTIVE,
    regDT: user.regDT ?? null,
  };
}

/** The member's user with this id, else `-10000008` (404 [INF]). */
export function findContact(member: MemberRecord, id: string): MemberUser {
  const user = member.users.find((candidate) => candidate.userId === id);
  if (!user) throw memberError(C.idNotFound, `담당자 정보가 존재하지 않습니다. (id ${id})`, 404);
  return user;
}

/**
 * RegistContact: a new user of the member. Needs a password (`-10000007`), a name
 * (`-10001003`), and an id no POPBiLL user has (`-10001002` [INF]).
 */
export function registContact(
  state: SandboxState,
  member: MemberRecord,
  form: ContactForm,
  nowMs: number,
): MemberUser {
  const password = readPassword(form.password);
  if (!form.personName)
    throw memberError(C.contactInvalid, "담당자 성명이 입력되지 않았습니다. (personName)");
  if (state.logins.taken(form.id))
    throw memberError(C.idInUse, `이미 사용중인 아이디입니다. (id ${form.id})`);
  const user: MemberUser = {
    userId: form.id,
    userName: form.personName,
    ...contactFields(form),
    searchRole: form.searchRole ?? DEFAULT_SEARCH_ROLE,
    mgrYN: false,
    regDT: kstDateTime(nowMs),
  };
  state.logins.register(user.userId, member.corpNum, password);
  member.users.push(user);
  return user;
}

/** UpdateContact: changes the given fields of the member's user `form.id` (never its password). */
export function updateContact(member: MemberRecord, form: ContactForm): MemberUser {
  const user = findContact(member, form.id);
  if (form.personName !== undefined) user.userName = form.personName;
  Object.assign(user, contactFields(form));
  if (form.searchRole !== undefined) user.searchRole = form.searchRole;
  return user;
}

function contactFields(form: ContactForm): Partial<MemberUser> {
  const fields: Partial<Record<"email" | "tel" | "hp" | "fax", string>> = {};
  for (const key of ["email", "tel", "hp", "fax"] as const) {
    const value = form[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}
