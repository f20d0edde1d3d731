import { type MerchantBook, type StoredSchedule } from "./book.js";
import { charge, type ChargeDeps } from "./charge.js";
import { sourceOf } from "./customer.js";
import { toSeconds } from "./ids.js";
import { type PaymentAnnotation, type ScheduleAnnotation } from "./wire.js";

/**
 * Runs every `scheduled` charge of `book` whose `schedule_at` has come at `nowMs`,
 * oldest first, dated at its `schedule_at`, as PortOne does: the `again` equivalent with `customer_uid_usage:
 * "payment.scheduled"`, then the webhook for `paid` **and** `failed` (iamport.md §5.3).
 */
export function executeDueSchedules(
  deps: ChargeDeps,
  book: MerchantBook,
  nowMs: number,
): ScheduleAnnotation[] {
  const due = [...book.schedules.values()]
    .filter(({ annotation }) => annotation.schedule_status === "scheduled")
    .filter(({ annotation }) => annotation.schedule_at * 1000 <= nowMs)
    .sort((a, b) => a.annotation.schedule_at - b.annotation.schedule_at || a.seq - b.seq);
  // [INF] timestamps are those of `schedule_at`, however late the tick catches up, so that
  // results do not depend on the tick interval
  for (const schedule of due)
    executeSchedule(deps, book, schedule, schedule.annotation.schedule_at * 1000);
  return due.map(({ annotation }) => annotation);
}

/**
 * Executes one schedule at `nowMs` (also `retry`): `executed` with `imp_uid`, `payment_status`
 * and `fail_reason`. Returns the payment, `undefined` when the key is gone.
 */
export function executeSchedule(
  deps: ChargeDeps,
  book: MerchantBook,
  schedule: StoredSchedule,
  nowMs: number,
): PaymentAnnotation | undefined {
  const { annotation } = schedule;
  annotation.schedule_status = "executed";
  annotation.executed_at = toSeconds(nowMs);
  const customer = book.customers.get(annotation.customer_uid);
  if (customer === undefined) {
    // [INF] unreachable while deleting a key revokes its schedules; no payment, no webhook
    annotation.payment_status = "failed";
    annotation.fail_reason = "등록되지 않은 구매자입니다.";
    return undefined;
  }
  // [INF] a merchant_uid paid in the meantime makes the attempt fail (a failed payment is recorded)
  const taken = book.merchantUidUsed(annotation.merchant_uid);
  const payment = charge(
    deps,
    book,
    {
      merchantUid: annotation.merchant_uid,
      amount: annotation.amount,
      currency: annotation.currency,
      name: annotation.name,
      cardQuota: schedule.cardQuota,
      customData: annotation.custom_data,
      buyer: {
        buyer_name: annotation.buyer_name,
        buyer_email: annotation.buyer_email,
        buyer_tel: annotation.buyer_tel,
        buyer_addr: annotation.buyer_addr,
        buyer_postcode: annotation.buyer_postcode,
      },
      customerUid: annotation.customer_uid,
      usage: "payment.scheduled",
      noticeUrl: schedule.noticeUrl,
    },
    sourceOf(customer),
    nowMs,
    {
      webhookOnFailure: true,
      ...(taken ? { outcome: { kind: "decline", reason: "이미 주문이 이루어진 건입니다." } } : {}),
    },
  );
  annotation.imp_uid = payment.imp_uid;
  annotation.payment_status = payment.status === "paid" ? "paid" : "failed";
  annotation.fail_reason = payment.fail_reason;
  return payment;
}
