import { notFound, refuse } from "../cashbill/codes.js";
import { FieldReader } from "../cashbill/fields.js";
import { type CashbillInput } from "../cashbill/types.js";
import { parseJsonObject } from "../http/json.js";
import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { kstDateTime } from "../kst.js";
import { authorize } from "./auth.js";

/**
 * stateCode of a receipt cancelled before NTS filing (발행취소). The family `4**` is the SDK
 * tests' and legacy examples' (popbill.md §3b stateCode table); [INF] the exact number.
 */
const CANCELLED_STATE = 400;

/** [INF] code for a receipt that can no longer be cancelled (already sent to NTS, or cancelled). */
const NOT_CANCELLABLE = -14001025;

/**
 * `POST /Cashbill/{MgtKey}` + `CANCELISSUE` (legacy cancelIssue, popbill@1.64.2
 * CashbillService.js): body `{"memo": …}` (`{}` for an empty memo). Cancels an issued
 * receipt that was not yet sent to NTS: stateCode {@link CANCELLED_STATE}, the memo as its
 * state memo, nothing left to cancel, and filing skips it (it only sends stateCode 300).
 * Unknown MgtKey -> `-14000003` (404); sent, filed or already cancelled -> 400
 * {@link NOT_CANCELLABLE} [INF]. Answers `{code: 1, message}`.
 */
export function handleCancelIssue(request: SandboxRequest): SandboxReply {
  const caller = authorize(request);
  const mgtKey = request.params["mgtKey"] ?? "";
  const fields = new FieldReader(
    request.rawBody.length === 0 ? {} : parseJsonObject(request.rawBody),
  );
  const record = request.env.cashbill.receipt(caller.member.corpNum, mgtKey);
  if (!record) throw notFound(mgtKey);
  if (record.stateCode !== 300 || record.ntssendDT !== null) {
    throw refuse(
      NOT_CANCELLABLE,
      `국세청 전송 전의 발행완료(300) 현금영수증만 발행취소할 수 있습니다. (stateCode ${record.stateCode}${record.ntssendDT ? `, ntssendDT ${record.ntssendDT}` : ""})`,
    );
  }
  const memo = fields.text("memo");
  if (memo !== undefined) {
    // the record's input is the issued receipt; its memo is what getInfo shows as stateMemo
    const input: CashbillInput = { ...record.input, text: { ...record.input.text, memo } };
    (record as { input: CashbillInput }).input = input;
  }
  record.stateCode = CANCELLED_STATE;
  record.stateDT = kstDateTime(request.receivedAt.getTime());
  record.remaining = { supplyCost: 0, tax: 0, serviceFee: 0, totalAmount: 0 };
  return json({ code: 1, message: "발행취소 완료" }); // [INF] wording
}
