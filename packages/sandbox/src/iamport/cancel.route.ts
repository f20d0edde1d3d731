import { type SandboxReply } from "../http/reply.js";
import { type MerchantBook } from "./book.js";
import { type IamportCall } from "./call.js";
import { booleanField, numberField, textField } from "./fields.js";
import { receiptUrl } from "./ids.js";
import { badParameter, envelope, refused } from "./reply.js";
import { type PaymentAnnotation } from "./wire.js";

/**
 * `POST /payments/cancel` (§5.4): by `imp_uid` (wins) or `merchant_uid`; `amount`
 * omitted or 0 cancels the rest. A partial cancel keeps `paid` with `cancel_amount`
 * and a `cancel_history` entry; the last one makes it `cancelled` [INF §11.8]. A
 * `checksum` other than the refundable balance is refused. The webhook is sent only
 * with `enable_webhook: true`.
 */
export function cancelPayment({ state, book, body, now }: IamportCall): SandboxReply {
  const payment = target(book, textField(body, "imp_uid"), textField(body, "merchant_uid"));
  if (payment === undefined) throw refused("취소할 결제건이 존재하지 않습니다.");
  if (payment.status === "cancelled") throw refused("이미 전액취소된 주문입니다.");
  // [INF] a failed or unpaid attempt has nothing to cancel
  if (payment.status !== "paid") throw refused("취소할 결제건이 존재하지 않습니다.");
  const balance = payment.amount - payment.cancel_amount;
  const checksum = numberField(body, "checksum");
  // [INF] wording of the checksum and over-amount refusals
  if (checksum !== undefined && checksum !== balance)
    throw refused(`취소가능잔액(checksum) 검증에 실패하였습니다. 현재 취소가능잔액: ${balance}`);
  const requested = numberField(body, "amount") ?? 0;
  if (requested < 0) throw badParameter("amount는 0 이상이어야 합니다.");
  const amount = requested === 0 ? balance : requested;
  if (amount > balance) throw refused(`취소 요청 금액이 취소가능잔액(${balance})을 초과합니다.`);
  const cancellationId = state.ids.cancellationId();
  const reason = textField(body, "reason") ?? null;
  const slip = receiptUrl(payment.pg_tid, cancellationId);
  payment.cancel_history.push({
    pg_tid: payment.pg_tid,
    amount,
    cancelled_at: now,
    reason,
    cancellation_id: cancellationId,
    receipt_url: slip,
  });
  payment.cancel_receipt_urls.push(slip);
  payment.cancel_amount += amount;
  payment.cancel_reason = reason;
  payment.cancelled_at = now; // [INF] also set by a partial cancel
  if (payment.cancel_amount >= payment.amount) {
    payment.status = "cancelled";
    markScheduleCancelled(book, payment);
  }
  if (booleanField(body, "enable_webhook")) {
    // [INF] `cancelled` also for a partial cancel (the receiver re-fetches anyway), sent to
    // the payment's own notice_url when it had one
    const event = {
      imp_uid: payment.imp_uid,
      merchant_uid: payment.merchant_uid,
      status: "cancelled",
    };
    state.webhooks.send(
      { ...event, cancellation_id: cancellationId },
      book.noticeUrlOf(payment.imp_uid),
    );
  }
  return envelope(payment);
}

/** By imp_uid; else the newest `paid` payment of the merchant_uid, else its newest `cancelled` one. */
function target(
  book: MerchantBook,
  impUid: string | undefined,
  merchantUid: string | undefined,
): PaymentAnnotation | undefined {
  if (impUid === undefined && merchantUid === undefined)
    throw badParameter("imp_uid 또는 merchant_uid 파라메터가 누락되었습니다.");
  if (impUid !== undefined) return book.payment(impUid);
  const payments = book.paymentsOf(merchantUid ?? "");
  return (
    payments.find((payment) => payment.status === "paid") ??
    payments.find((payment) => payment.status === "cancelled")
  );
}

/** A fully cancelled scheduled payment shows `payment_status: "cancelled"` on its schedule (§5.3). */
function markScheduleCancelled(book: MerchantBook, payment: PaymentAnnotation): void {
  const schedule = book.schedules.get(payment.merchant_uid)?.annotation;
  if (schedule?.imp_uid === payment.imp_uid) schedule.payment_status = "cancelled";
}
