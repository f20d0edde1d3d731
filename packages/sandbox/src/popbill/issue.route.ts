import { ISSUE_MESSAGE } from "../cashbill/codes.js";
import { type CashbillRecord } from "../cashbill/types.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { authorize, issueContext } from "./auth.js";

/** `POST /Cashbill` + `ISSUE` (registIssue): issues the Cashbill body; answers CBIssueResponse. */
export function handleRegistIssue(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const body = parseJsonObject(request.rawBody);
  return issueResponse(request.env.cashbill.registIssue(issueContext(request, caller), body));
}

/** `POST /Cashbill` + `REVOKEISSUE` (revokeRegistIssue): issues a full or partial cancel receipt. */
export function handleRevokeIssue(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const body = parseJsonObject(request.rawBody);
  return issueResponse(request.env.cashbill.revokeIssue(issueContext(request, caller), body));
}

/** CBIssueResponse `{code: 1, message, confirmNum, tradeDate, tradeDT}`. */
function issueResponse(record: CashbillRecord): SandboxReply {
  return json({
    code: 1,
    message: ISSUE_MESSAGE,
    confirmNum: record.confirmNum,
    tradeDate: record.tradeDate,
    tradeDT: record.tradeDT,
  });
}
