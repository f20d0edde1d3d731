import { FieldReader } from "../cashbill/fields.js";
import { parseJsonObject } from "../http/json.js";
import { MEMBER_CODES as C, memberError } from "./codes.js";

/** Login id rule: [EX] "6자 이상 50자 미만", letters, digits, `_` and `-`. */
const LOGIN_ID = /^[A-Za-z0-9_-]{6,49}$/;
/** Password length [EX: 8-20 characters]; the sandbox checks nothing else [INF]. */
const PASSWORD = /^\S{8,20}$/;

/** A validated JoinForm (the password leaves here only to be hashed). */
export interface JoinForm {
  readonly id: string;
  readonly password: string;
  readonly linkId: string;
  readonly corpNum: string;
  readonly corpInfo: CorpInfo;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactTel: string;
}

/** Company details (CorpInfo; note the lower-case `ceoname` on the wire). */
export interface CorpInfo {
  readonly ceoName: string;
  readonly corpName: string;
  readonly addr: string;
  readonly bizType: string;
  readonly bizClass: string;
}

/** A ContactInfo of RegistContact / UpdateContact (absent fields stay as they are on update). */
export interface ContactForm {
  readonly id: string;
  readonly password: string | undefined;
  readonly personName: string | undefined;
  readonly email: string | undefined;
  readonly tel: string | undefined;
  readonly hp: string | undefined;
  readonly fax: string | undefined;
  readonly searchRole: number | undefined;
}

/** Reads and checks a JoinForm (keys case-insensitive; the legacy `PWD` is accepted too). */
export function readJoinForm(rawBody: Buffer): JoinForm {
  const fields = new FieldReader(parseJsonObject(rawBody));
  const linkId = fields.text("LinkID")?.trim();
  if (!linkId)
    throw memberError(C.partnerNotFound, "파트너 정보가 존재하지 않습니다. (LinkID missing)");
  const corpNum = readCorpNum(fields.text("CorpNum"));
  const corpInfo = readCorpInfo(fields, "CEOName");
  const id = readLoginId(fields.text("ID"));
  const password = readPassword(fields.text("Password") ?? fields.text("PWD"));
  const contact = (name: string) => {
    const value = fields.text(name)?.trim();
    if (!value) throw memberError(C.infoMissing, `담당자 정보가 입력되지 않았습니다. (${name})`);
    return value;
  };
  return {
    id,
    password,
    linkId,
    corpNum,
    corpInfo,
    contactName: contact("ContactName"),
    contactEmail: contact("ContactEmail"),
    contactTel: contact("ContactTEL"),
  };
}

/** Reads a CorpInfo body: all five fields required ([INF]), else `-10001001`. */
export function readCorpInfoBody(rawBody: Buffer): CorpInfo {
  return readCorpInfo(new FieldReader(parseJsonObject(rawBody)), "ceoname");
}

/** Reads a ContactInfo body; `-10000006`/`-10000038` for the id, `-10001003` for the rest. */
export function readContactForm(rawBody: Buffer): ContactForm {
  const fields = new FieldReader(parseJsonObject(rawBody));
  const text = (name: string) => fields.text(name)?.trim() || undefined;
  const role = fields.integer("searchRole");
  if (role === "invalid" || (typeof role === "number" && (role < 1 || role > 3)))
    throw memberError(
      C.contactInvalid,
      "담당자 권한이 올바르지 않습니다. (searchRole must be 1, 2 or 3)",
    );
  const email = text("email");
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email))
    throw memberError(C.contactInvalid, "이메일 형식이 올바르지 않습니다. (email)");
  return {
    id: readLoginId(fields.text("id")),
    password: fields.text("Password") ?? fields.text("pwd"),
    personName: text("personName"),
    email,
    tel: text("tel"),
    hp: text("hp"),
    fax: text("fax"),
    searchRole: role === "missing" ? undefined : role,
  };
}

/** Checks a password's format without ever echoing it. */
export function readPassword(value: string | undefined): string {
  if (value === undefined || !PASSWORD.test(value))
    throw memberError(
      C.passwordInvalid,
      "비밀번호 형식이 올바르지 않습니다. (8-20 characters, no spaces)",
    );
  return value;
}

/** A login id: missing `-10000006`, malformed `-10000038`. */
export function readLoginId(value: string | undefined): string {
  const id = value?.trim();
  if (!id) throw memberError(C.idMissing, "아이디가 입력되지 않았습니다. (ID)");
  if (!LOGIN_ID.test(id))
    throw memberError(
      C.idInvalid,
      "아이디 형식이 올바르지 않습니다. (6-49 characters of A-Z a-z 0-9 _ -)",
    );
  return id;
}

/** A CorpNum: 10 digits (dashes allowed and removed [INF]), else `-10000015`. */
export function readCorpNum(value: string | null | undefined): string {
  const corpNum = value?.trim().replace(/-/g, "") ?? "";
  if (!/^\d{10}$/.test(corpNum))
    throw memberError(
      C.corpNumInvalid,
      "사업자번호가 올바르지 않습니다. (CorpNum must be 10 digits)",
    );
  return corpNum;
}

function readCorpInfo(fields: FieldReader, ceoKey: string): CorpInfo {
  const required = (name: string, label: string) => {
    const value = fields.text(name)?.trim();
    if (!value)
      throw memberError(C.infoMissing, `회사정보가 입력되지 않았습니다. (${label}: ${name})`);
    return value;
  };
  return {
    ceoName: required(ceoKey, "대표자명"),
    corpName: required("CorpName", "상호"),
    addr: required("Addr", "주소"),
    bizType: required("BizType", "업태"),
    bizClass: required("BizClass", "종목"),
  };
}
