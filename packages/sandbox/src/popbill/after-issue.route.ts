// Cash receipts after issuance: URLs, PDF, resends, logs, e-mail settings, assignMgtKey.
// Paths, overrides and bodies: popbill@1.64.2 lib/CashbillService.js [SDK] and
// /work/shared/protocol/popbill.md §3b [DOC where it says so]; codes and wording marked [INF]
// are the sandbox's own guesses (the real service does not document them).
import { type ResendChannel } from "../cashbill/after-issue.js";
import { notFound, refuse } from "../cashbill/codes.js";
import { type CashbillRecord } from "../cashbill/types.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { kstDateTime } from "../kst.js";
import { PDF_CONTENT_TYPE, receiptPdf } from "../pages/cashbill-page.js";
import { pageUrl } from "../pages/page.route.js";
import { authorize, type PopbillCaller } from "./auth.js";

/** Most MgtKeys per getMassPrintURL (popbill.md §3b: "MgtKey array (max 100)"). */
export const MAX_MASS_PRINT = 100;
/** SMS text limit in bytes (popbill.md §3b: contents ≤ 90 bytes; EUC-KR counts Hangul as 2 [INF]). */
export const MAX_SMS_BYTES = 90;
/** [INF] code of an assignMgtKey on a receipt that already has a MgtKey, or a MgtKey in use. */
const MGTKEY_ALREADY_ASSIGNED = -14000017;

/** The TOGO values of `GET /Cashbill/{MgtKey}?TG=` [SDK: getPopUpURL … getPDFURL, getEPrintURL]. */
const RECEIPT_TOGO = new Set(["POPUP", "VIEW", "PRINT", "EPRINT", "MAIL", "PDF"]);

function invalid(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message); // [INF] code
}

function receiptOf(request: SandboxRequest, caller: PopbillCaller, mgtKey: string): CashbillRecord {
  const record = request.env.cashbill.receipt(caller.member.corpNum, mgtKey);
  if (!record) throw notFound(mgtKey);
  return record;
}

function createPage(
  request: SandboxRequest,
  caller: PopbillCaller,
  kind: string,
  mgtKeys: string[],
) {
  const { clock, settings, state } = request.env;
  return state.pages.create({
    kind,
    linkId: caller.token.linkId,
    corpNum: caller.member.corpNum,
    mgtKeys,
    expiresAt: new Date(clock.nowMs() + settings.shortUrlLifetimeMs),
  });
}

/**
 * `GET /Cashbill/{MgtKey}?TG=POPUP|VIEW|PRINT|EPRINT|MAIL|PDF` [SDK] -> `{url}` of a sandbox
 * page valid 30 s of sandbox time [DOC §3a]. Unknown MgtKey -> -14000003 (404).
 */
export function handleReceiptUrl(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const mgtKey = request.params["mgtKey"] ?? "";
  const togo = request.query.get("TG") ?? "";
  if (!RECEIPT_TOGO.has(togo))
    throw invalid(`TG must be one of ${[...RECEIPT_TOGO].join(", ")}, got "${togo}"`);
  receiptOf(request, caller, mgtKey);
  const kind = `Cashbill/${togo === "EPRINT" ? "PRINT" : togo}`;
  return json({ url: pageUrl(request, createPage(request, caller, kind, [mgtKey])) });
}

/** `GET /Cashbill/{MgtKey}?PDF` [SDK getPDF] -> the PDF, `application/pdf;charset=utf-8` [DOC §3b]. */
export async function handleReceiptPdf(request: SandboxRequest): Promise<SandboxReply> {
  const caller = authorize(request);
  const record = receiptOf(request, caller, request.params["mgtKey"] ?? "");
  return { status: 200, contentType: PDF_CONTENT_TYPE, body: await receiptPdf(record) };
}

/**
 * `POST /Cashbill/Prints` [SDK getMassPrintURL]: body = JSON array of MgtKeys (≤ 100 [DOC]);
 * `{url}` of one print page with every known receipt; unknown keys are left out [INF].
 */
export function handleMassPrint(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  let keys: unknown;
  try {
    keys = JSON.parse(request.rawBody.toString("utf8"));
  } catch {
    keys = undefined;
  }
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === "string"))
    throw invalid("body must be a non-empty JSON array of MgtKey strings");
  if (keys.length > MAX_MASS_PRINT)
    throw invalid(`at most ${MAX_MASS_PRINT} MgtKeys per request, got ${keys.length}`);
  const page = createPage(request, caller, "Cashbill/MASSPRINT", [...new Set(keys)]);
  return json({ url: pageUrl(request, page) });
}

/**
 * `POST /Cashbill/{MgtKey}` + `EMAIL` / `SMS` / `FAX` [SDK sendEmail/sendSMS/sendFAX]: bodies
 * `{receiver}` / `{sender, receiver, contents}` / `{sender, receiver}` [SDK]. Puts one message
 * in the outbox (control API `GET /__sandbox/cashbill/outbox`) and answers `{code: 1, message}`.
 */
export function handleResend(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const mgtKey = request.params["mgtKey"] ?? "";
  const channel = (request.override ?? "").toUpperCase() as ResendChannel;
  const body = request.rawBody.length === 0 ? {} : parseJsonObject(request.rawBody);
  const str = (name: string) => {
    const value = body[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const record = receiptOf(request, caller, mgtKey);
  const receiver = str("receiver");
  if (!receiver) throw invalid("receiver is required");
  const sender = channel === "EMAIL" ? undefined : str("sender");
  if (channel !== "EMAIL" && !sender) throw invalid("sender is required");
  const contents = channel === "SMS" ? str("contents") : undefined;
  if (channel === "SMS") {
    if (!contents) throw invalid("contents is required");
    if (smsBytes(contents) > MAX_SMS_BYTES)
      throw invalid(`contents must be at most ${MAX_SMS_BYTES} bytes`);
  }
  const { state } = request.env;
  const sentDT = kstDateTime(request.receivedAt.getTime());
  state.cashbillAfter.send({
    channel,
    corpNum: caller.member.corpNum,
    mgtKey: record.input.mgtKey,
    receiver,
    sender: sender ?? null,
    contents: contents ?? null,
    sentDT,
    userId: caller.user.userId,
  });
  const what = { EMAIL: "이메일", SMS: "문자", FAX: "팩스" }[channel];
  state.cashbillAfter.addLog({
    corpNum: caller.member.corpNum,
    mgtKey: record.input.mgtKey,
    docLogType: 9, // [INF]
    log: `${what} 재전송 (${receiver})`,
    procType: `${what} 전송`,
    procMemo: "",
    regDT: sentDT,
    ip: request.remoteAddress,
  });
  return json({ code: 1, message: "전송 요청 완료" }); // [INF] wording
}

/** Bytes of an SMS text as Korean carriers count them: 2 for non-ASCII [INF]. */
export function smsBytes(text: string): number {
  let bytes = 0;
  for (const c of text) bytes += c.charCodeAt(0) < 0x80 ? 1 : 2;
  return bytes;
}

/**
 * `GET /Cashbill/{MgtKey}/Logs` [SDK getLogs] -> CashbillLog[] (`docLogType, log, procType,
 * procMemo, regDT, ip` [DOC §3b]), oldest first: issue, NTS send, NTS result, cancel, from
 * the receipt's own times, plus resends. docLogType numbers and wording are [INF].
 */
export function handleLogs(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const record = receiptOf(request, caller, request.params["mgtKey"] ?? "");
  const logs: {
    docLogType: number;
    log: string;
    procType: string;
    procMemo: string;
    regDT: string;
    ip: string;
  }[] = [
    {
      docLogType: 1,
      log: "발행",
      procType: "발행",
      procMemo: record.input.text.memo ?? "",
      regDT: record.issueDT,
      ip: "",
    },
  ];
  if (record.ntssendDT)
    logs.push({
      docLogType: 3,
      log: "국세청 전송",
      procType: "전송",
      procMemo: "",
      regDT: record.ntssendDT,
      ip: "",
    });
  if (record.ntsresultDT)
    logs.push({
      docLogType: 4,
      log: `국세청 처리결과 ${record.ntsresult ?? ""}`,
      procType: "처리결과",
      procMemo: record.ntsresultMessage ?? "",
      regDT: record.ntsresultDT,
      ip: "",
    });
  if (record.stateCode === 400)
    logs.push({
      docLogType: 2,
      log: "발행취소",
      procType: "발행취소",
      procMemo: record.input.text.memo ?? "",
      regDT: record.stateDT,
      ip: "",
    });
  logs.push(
    ...request.env.state.cashbillAfter
      .logs(caller.member.corpNum, record.input.mgtKey)
      .map(({ corpNum: _c, mgtKey: _m, ...log }) => log),
  );
  logs.sort((a, b) => a.regDT.localeCompare(b.regDT));
  return json(logs);
}

/** `GET /Cashbill/EmailSendConfig` [SDK listEmailConfig] -> `[{emailType, sendYN}]` [INF shape, as the typed SDKs' EmailConfig]. */
export function handleListEmailConfig(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  return json(request.env.state.cashbillAfter.emailConfig(caller.member.corpNum));
}

/**
 * `POST /Cashbill/EmailSendConfig?EmailType=CSH_ISSUE&SendYN=true|false`, no body
 * [SDK updateEmailConfig] -> `{code: 1, message}`.
 */
export function handleUpdateEmailConfig(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const emailType = request.query.get("EmailType") ?? "";
  const sendYN = request.query.get("SendYN") ?? "";
  if (emailType !== "CSH_ISSUE") throw invalid(`EmailType must be CSH_ISSUE, got "${emailType}"`);
  if (sendYN !== "true" && sendYN !== "false") throw invalid("SendYN must be true or false");
  request.env.state.cashbillAfter.setEmailConfig(
    caller.member.corpNum,
    emailType,
    sendYN === "true",
  );
  return json({ code: 1, message: "수정 완료" }); // [INF] wording
}

/**
 * `POST /Cashbill/{ItemKey}`, no override, `application/x-www-form-urlencoded` body
 * `MgtKey={MgtKey}` [SDK assignMgtKey; DOC §3b]: gives a MgtKey to a receipt issued outside
 * the API. Every sandbox receipt already has one, so a known itemKey answers
 * {@link MGTKEY_ALREADY_ASSIGNED} [INF]; an unknown one -14000003 (404) [INF].
 */
export function handleAssignMgtKey(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const itemKey = request.params["mgtKey"] ?? "";
  const form = new URLSearchParams(request.rawBody.toString("utf8"));
  const mgtKey = form.get("MgtKey") ?? "";
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(mgtKey))
    throw invalid("MgtKey must be 1-24 of A-Z a-z 0-9 _ -");
  const record = request.env.state.cashbills
    .receipts(caller.member.corpNum)
    .find((r) => r.itemKey === itemKey);
  if (!record) throw notFound(itemKey);
  throw refuse(
    MGTKEY_ALREADY_ASSIGNED,
    `이미 문서번호가 할당된 문서입니다. (${record.input.mgtKey})`,
  );
}
