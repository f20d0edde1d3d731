import { type SandboxReply } from "../http/reply.js";
import { type StoredSchedule } from "./book.js";
import { type IamportCall } from "./call.js";
import { listField, numberField, textField } from "./fields.js";
import { badParameter, envelope, IamportError, refused } from "./reply.js";
import { executeSchedule } from "./scheduler.js";

/**
 * `POST /subscribe/payments/unschedule` (§5.3): revokes the pending schedules of
 * `customer_uid`, narrowed to the `merchant_uid` array when given (a single string is
 * accepted too [INF]). Nothing to revoke: code 1.
 */
export function unschedule({ book, body, now }: IamportCall): SandboxReply {
  const customerUid = textField(body, "customer_uid");
  const merchantUids = listField(body, "merchant_uid")?.map(String);
  if (customerUid === undefined && merchantUids === undefined)
    throw badParameter("customer_uid 또는 merchant_uid 파라메터가 누락되었습니다.");
  const revoked = [...book.schedules.values()]
    .map(({ annotation }) => annotation)
    .filter(
      (schedule) =>
        schedule.schedule_status === "scheduled" &&
        (customerUid === undefined || schedule.customer_uid === customerUid) &&
        (merchantUids === undefined || merchantUids.includes(schedule.merchant_uid)),
    );
  if (revoked.length === 0) throw refused("취소할 예약결제 기록이 존재하지 않습니다.");
  for (const schedule of revoked) {
    schedule.schedule_status = "revoked";
    schedule.revoked_at = now;
  }
  return envelope(revoked);
}

/** `GET /subscribe/payments/schedule/{merchant_uid}`; unknown: 404 (§5.3). */
export function getSchedule(call: IamportCall): SandboxReply {
  return envelope(findSchedule(call).annotation);
}

/** `PUT /subscribe/payments/schedule/{merchant_uid}` `{schedule_at}`: moves a pending schedule (§5.3). */
export function moveSchedule(call: IamportCall): SandboxReply {
  const schedule = findSchedule(call);
  if (schedule.annotation.schedule_status !== "scheduled")
    throw badParameter("예약 대기 중인 예약결제만 변경할 수 있습니다."); // [INF] wording
  schedule.annotation.schedule_at = futureTime(call);
  return envelope(schedule.annotation);
}

/** `POST /subscribe/payments/schedule/{merchant_uid}/reschedule` `{schedule_at}`: a failed or revoked one again (§5.3). */
export function reschedule(call: IamportCall): SandboxReply {
  const schedule = retryable(call);
  if (!call.book.customers.has(schedule.annotation.customer_uid))
    throw refused("등록된 고객정보가 없습니다.");
  Object.assign(schedule.annotation, {
    schedule_at: futureTime(call),
    schedule_status: "scheduled",
    executed_at: 0,
    revoked_at: 0,
    imp_uid: null,
    payment_status: null,
    fail_reason: null,
  });
  return envelope(schedule.annotation);
}

/** `POST /subscribe/payments/schedule/{merchant_uid}/retry`: charges a failed or revoked one now (§5.3). */
export function retrySchedule(call: IamportCall): SandboxReply {
  const schedule = retryable(call);
  const payment = executeSchedule(call.state, call.book, schedule, call.nowMs);
  if (payment === undefined) throw refused("등록되지 않은 구매자입니다.");
  return envelope(payment);
}

function findSchedule({ request, book }: IamportCall): StoredSchedule {
  const schedule = book.schedules.get(request.params["merchant_uid"] ?? "");
  // [INF] code and wording of the 404
  if (schedule === undefined) throw new IamportError(404, -1, "존재하지 않는 예약결제정보입니다.");
  return schedule;
}

/** Only a failed execution or a revoked schedule may be rescheduled or retried (§5.3, §9). */
function retryable(call: IamportCall): StoredSchedule {
  const schedule = findSchedule(call);
  const { schedule_status: status, payment_status: payment } = schedule.annotation;
  if (status !== "revoked" && !(status === "executed" && payment === "failed"))
    throw badParameter("실패했거나 취소된 예약결제만 다시 예약하거나 재시도할 수 있습니다."); // [INF]
  if (call.book.merchantUidUsed(schedule.annotation.merchant_uid))
    throw refused("이미 주문이 이루어진 건입니다.");
  return schedule;
}

function futureTime({ body, now }: IamportCall): number {
  const scheduleAt = numberField(body, "schedule_at");
  if (scheduleAt === undefined || !Number.isSafeInteger(scheduleAt))
    throw badParameter("schedule_at 파라메터가 누락되었거나 올바르지 않습니다.");
  if (scheduleAt < now) throw badParameter("schedule_at은 현재 시각 이후여야 합니다.");
  return scheduleAt;
}
