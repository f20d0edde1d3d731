import { createHash } from "node:crypto";
import { CASHBILL_CODES as C, refuse } from "../cashbill/codes.js";
import { FieldReader } from "../cashbill/fields.js";
import { toBulkResult } from "../cashbill/views.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { authorize, issueContext } from "./auth.js";

/** SubmitID rule (popbill.md §3b limits). */
export const SUBMIT_ID = /^[A-Za-z0-9_-]{1,36}$/;
/** Most receipts per submission. */
const MAX_BULK_RECEIPTS = 100;

/**
 * `POST /Cashbill` + `BULKISSUE`: checks the envelope — `x-pb-submit-id` (`-14003004`),
 * `x-pb-message-digest` = base64(SHA-1(raw body)) (`-14003002`), `{"cashbills":[1..100]}`
 * (`-14003003`), SubmitID not used before by the member (`-14003001`) — then accepts the
 * submission (txState 0) and answers `{code: 1, message, receiptID}`. The receipts
 * themselves are validated at processing time.
 */
export function handleBulkIssue(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const submitId = request.headers.get("x-pb-submit-id")?.trim() ?? "";
  if (!SUBMIT_ID.test(submitId))
    throw refuse(
      C.submitIdInvalid,
      `접수아이디(x-pb-submit-id)는 영문, 숫자, '-', '_' 1~36자입니다. (${submitId})`,
    );
  const digest = createHash("sha1").update(request.rawBody).digest("base64");
  const sent = request.headers.get("x-pb-message-digest")?.trim();
  if (sent !== digest)
    throw refuse(
      C.digestMismatch,
      `x-pb-message-digest가 요청 본문의 base64(SHA-1)과 다릅니다. (sent ${sent ?? "none"})`,
    );
  const cashbills = new FieldReader(parseJsonObject(request.rawBody)).value("cashbills");
  if (!Array.isArray(cashbills) || cashbills.length === 0 || cashbills.length > MAX_BULK_RECEIPTS) {
    const count = Array.isArray(cashbills) ? cashbills.length : 0;
    throw refuse(C.tooManyReceipts, `대량 발행은 1~${MAX_BULK_RECEIPTS}건입니다. (${count}건)`);
  }
  const submission = request.env.cashbill.submitBulk(
    issueContext(request, caller),
    submitId,
    cashbills,
  );
  return json({ code: 1, message: "접수 완료", receiptID: submission.receiptId }); // [INF] wording
}

/** `GET /Cashbill/BULK/{SubmitID}/State` (getBulkResult): BulkCashbillResult; unknown -> `-14003005` 404. */
export function handleBulkResult(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const submitId = request.params["submitId"] ?? "";
  const submission = request.env.cashbill.submission(caller.member.corpNum, submitId);
  if (!submission)
    throw refuse(
      C.submissionNotFound,
      `접수아이디(SubmitID ${submitId})에 해당하는 접수 내역이 없습니다.`,
      404,
    );
  return json(toBulkResult(submission));
}
