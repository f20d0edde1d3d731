import { json, type SandboxReply } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { readPaymentForm, readRefundForm } from "../points/forms.js";
import { parseHistoryQuery, parsePaging } from "../points/query.js";
import { requireServiceScope } from "../linkhub/service-scope.js";
import { authorize, type PopbillCaller } from "./auth.js";

/** The member and points calls need a member token with scope `member` (popbill.md §1.5). */
const MEMBER_SCOPES = ["member"] as const;

/** A member or points call: scope `member` and some service's code, as every SDK sends. */
export function authorizeMemberCall(request: SandboxRequest): PopbillCaller {
  const caller = authorize(request, MEMBER_SCOPES);
  requireServiceScope(caller.token);
  return caller;
}

/** [INF] wording of the success messages. */
const MESSAGES = { payment: "입금신청이 접수되었습니다.", refund: "환불신청이 접수되었습니다." };

/** `POST /Payment` (PaymentRequest): PaymentForm -> `{code: 1, message, settleCode}`. */
export function handlePaymentRequest(request: SandboxRequest): SandboxReply {
  const { member, user } = authorizeMemberCall(request);
  const form = readPaymentForm(request.rawBody);
  const { settleCode } = request.env.points.requestPayment(member, user, form);
  return json({ code: 1, message: MESSAGES.payment, settleCode });
}

/** `GET /Payment/{settleCode}` (GetSettleResult): PaymentHistory, unknown -> `-99003002` (404). */
export function handleSettleResult(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(request.env.points.settlement(member, request.params["settleCode"] ?? ""));
}

/** `GET /PaymentHistory?SDate&EDate[&Page][&PerPage]`: PaymentHistoryResult, newest first. */
export function handlePaymentHistory(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(request.env.points.paymentHistory(member, parseHistoryQuery(request.query)));
}

/** `GET /UseHistory?SDate&EDate[&Page][&PerPage][&Order=D|A]`: UseHistoryResult. */
export function handleUseHistory(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(request.env.points.useHistoryPage(member, parseHistoryQuery(request.query)));
}

/** `POST /Refund` (Refund): RefundForm -> `{code: 1, message, refundCode}`. */
export function handleRefund(request: SandboxRequest): SandboxReply {
  const { member, user } = authorizeMemberCall(request);
  const form = readRefundForm(request.rawBody);
  const { refundCode } = request.env.points.requestRefund(member, user, form);
  return json({ code: 1, message: MESSAGES.refund, refundCode });
}

/** `GET /RefundHistory[?Page][&PerPage]` (also Node's `?&Page=`): RefundHistoryResult, newest first. */
export function handleRefundHistory(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(request.env.points.refundHistory(member, parsePaging(request.query)));
}

/** `GET /Refund/{refundCode}` (GetRefundInfo): RefundHistory, unknown -> `-99003005` (404). */
export function handleRefundInfo(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json(request.env.points.refund(member, request.params["refundCode"] ?? ""));
}

/** `GET /RefundPoint` (GetRefundableBalance): `{refundableBalance}` as a number (popbill.md §3a). */
export function handleRefundPoint(request: SandboxRequest): SandboxReply {
  const { member } = authorizeMemberCall(request);
  return json({ refundableBalance: request.env.points.refundableBalance(member) });
}
