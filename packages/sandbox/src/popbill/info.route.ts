import { notFound } from "../cashbill/codes.js";
import { toCashbillDetail, toCashbillInfo } from "../cashbill/views.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { handleReceiptPdf, handleReceiptUrl } from "./after-issue.route.js";
import { authorize } from "./auth.js";

/** Most MgtKeys per getInfos (popbill.md §3b limits). */
const MAX_INFOS = 1_000;

/**
 * `GET /Cashbill/{MgtKey}`: CashbillInfo (getInfo, checkMgtKeyInUse), or with `?Detail`
 * the full Cashbill (getDetailInfo); unknown -> `-14000003`, HTTP 404 [INF].
 */
export function handleInfo(request: SandboxRequest): SandboxReply | Promise<SandboxReply> {
  // `?TG=` URLs and `?PDF` share the path (CashbillService.js): see after-issue.route.ts
  if (request.query.has("TG")) return handleReceiptUrl(request);
  if (request.query.has("PDF")) return handleReceiptPdf(request);
  const caller = authorize(request);
  const mgtKey = request.params["mgtKey"] ?? "";
  const record = request.env.cashbill.receipt(caller.member.corpNum, mgtKey);
  if (!record) throw notFound(mgtKey);
  return json(request.query.has("Detail") ? toCashbillDetail(record) : toCashbillInfo(record));
}

/**
 * `POST /Cashbill/States` (getInfos): body = JSON array of at most 1,000 MgtKeys
 * (else 400 `-10000001` [INF]); answers the CashbillInfo of each known key in request
 * order, once per key; unknown keys are simply absent [INF].
 */
export function handleInfos(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const keys = parseKeyArray(request.rawBody);
  const seen = new Set<string>();
  const infos = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const record = request.env.cashbill.receipt(caller.member.corpNum, key);
    if (record) infos.push(toCashbillInfo(record));
  }
  return json(infos);
}

function parseKeyArray(rawBody: Buffer): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((key) => typeof key === "string"))
    throw invalid("body must be a JSON array of MgtKey strings");
  if (parsed.length > MAX_INFOS)
    throw invalid(`at most ${MAX_INFOS} MgtKeys per request, got ${parsed.length}`);
  return parsed;
}

function invalid(message: string): SandboxHttpError {
  return new SandboxHttpError(400, SANDBOX_CODES.invalidRequest, message);
}
