import { field, parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler } from "../http/router.js";
import { kstDateTime } from "../kst.js";
import { hometaxCaller } from "./caller.js";
import { authInfoNotFound, badParameter, loginFailed } from "./codes.js";
import { type HometaxState } from "./state.js";
import { type HometaxService } from "./types.js";

/** A handler factory bound to the module state and one service. */
type HandlerFor = (state: HometaxState, service: HometaxService) => RouteHandler;

const ok = (message: string): SandboxReply => json({ code: 1, message });

/** `GET /CertInfo`: `{certificateExpiration}` (KST `yyyyMMddHHmmss`, also when expired) or -11100025. */
export const certInfo: HandlerFor = (state, service) => (request) => {
  const { member } = hometaxCaller(request, service);
  const certificate = state.logins.certificate(member.corpNum, service);
  if (!certificate) throw authInfoNotFound();
  return json({ certificateExpiration: kstDateTime(certificate.expiresAtMs) });
};

/** `GET /CertCheck`: logs in with the certificate: code 1, -11100001 (expired/refused) or -11100025. */
export const certCheck: HandlerFor = (state, service) => (request) => {
  const { member } = hometaxCaller(request, service);
  if (!state.logins.certificate(member.corpNum, service)) throw authInfoNotFound();
  if (!state.logins.certificateLogsIn(member.corpNum, service, request.receivedAt.getTime()))
    throw loginFailed();
  return ok("공동인증서 로그인에 성공했습니다.");
};

/**
 * `POST /DeptUser` `{"id","pwd","secAuth"?}` (keys case-insensitive, chunked or not): logs in
 * to HomeTax with them; code 1 and stored, or -11100001 and nothing stored. The password and
 * secAuth appear in no reply, log or control output.
 */
export const registDeptUser: HandlerFor = (state, service) => (request) => {
  const { member } = hometaxCaller(request, service);
  const body = parseJsonObject(request.rawBody);
  const id = field(body, "id");
  const pwd = field(body, "pwd");
  const secAuth = field(body, "secAuth");
  if (typeof id !== "string" || id.trim() === "" || typeof pwd !== "string" || pwd === "")
    throw badParameter("id and pwd of the department user are required strings");
  if (secAuth !== undefined && secAuth !== null && typeof secAuth !== "string")
    throw badParameter("secAuth must be a string when sent");
  if (!state.logins.accepts(member.corpNum, id, pwd)) throw loginFailed();
  const nowMs = request.receivedAt.getTime();
  state.logins.registerDeptUser(member.corpNum, service, { id, pwd, secAuth: !!secAuth }, nowMs);
  return ok("부서사용자 계정이 등록되었습니다.");
};

/** `GET /DeptUser`: code 1 when a department user is registered, else -11100025. */
export const checkDeptUser: HandlerFor = (state, service) => (request) => {
  const { member } = hometaxCaller(request, service);
  if (!state.logins.deptUser(member.corpNum, service)) throw authInfoNotFound();
  return ok("등록된 부서사용자 계정이 있습니다.");
};

/** `GET /DeptUser/Check`: logs in with the stored user: code 1, -11100001 or -11100025. */
export const checkLoginDeptUser: HandlerFor = (state, service) => (request) => {
  const { member } = hometaxCaller(request, service);
  if (!state.logins.deptUser(member.corpNum, service)) throw authInfoNotFound();
  if (!state.logins.deptUserLogsIn(member.corpNum, service)) throw loginFailed();
  return ok("부서사용자 로그인에 성공했습니다.");
};

/** `POST /DeptUser` + `DELETE` override: code 1, or -11100025 when none is registered [INF]. */
export const deleteDeptUser: HandlerFor = (state, service) => (request: SandboxRequest) => {
  const { member } = hometaxCaller(request, service);
  if (!state.logins.deleteDeptUser(member.corpNum, service)) throw authInfoNotFound();
  return ok("부서사용자 계정이 삭제되었습니다.");
};
