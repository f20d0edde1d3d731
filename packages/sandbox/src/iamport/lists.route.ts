import { type SandboxReply } from "../http/reply.js";
import { type MerchantBook } from "./book.js";
import { type IamportCall } from "./call.js";
import { customerUidOf } from "./customer.js";
import { checkWindow, PAGE_SIZE, positiveParam, secondsParam, toPage } from "./pages.js";
import { badParameter, envelope } from "./reply.js";
import { type ScheduleAnnotation, type ScheduleStatus } from "./wire.js";

const SCHEDULE_STATUSES: readonly string[] = ["scheduled", "executed", "revoked"];

/** `GET /subscribe/customers/{customer_uid}/payments?page=`: 20 per page, newest first (§4.2). */
export function customerPayments({ request, book }: IamportCall): SandboxReply {
  const customerUid = customerUidOf(request.params["customer_uid"]);
  const page = positiveParam(request.query, "page", 1);
  // [INF] an unknown or deleted key answers its (possibly empty) history, not a 404
  const payments = book.payments().filter((payment) => payment.customer_uid === customerUid);
  return envelope(toPage(payments, page, PAGE_SIZE));
}

/**
 * `GET /subscribe/customers/{customer_uid}/schedules?from=&to=&schedule-status=&page=`
 * (hyphenated), also at `/subscribe/payments/schedule/customers/{customer_uid}`: a page
 * (iamport.md §4.2 [I]), `from` ≤ schedule_at < `to`, newest first.
 */
export function customerSchedules({ request, book }: IamportCall): SandboxReply {
  const customerUid = customerUidOf(request.params["customer_uid"]);
  const { query } = request;
  const schedules = filterSchedules(book, {
    customerUid,
    from: secondsParam(query, "from"),
    to: secondsParam(query, "to"),
    status: statusParam(query, "schedule-status"),
  });
  return envelope(toPage(schedules, positiveParam(query, "page", 1), PAGE_SIZE));
}

/**
 * `GET /subscribe/payments/schedule?schedule_from=&schedule_to=&schedule_status=&page=&limit=&sorting=`:
 * a page (§5.3); `limit` 20 by default, at most 1000; `sorting=scheduled` oldest first.
 */
export function listSchedules({ request, book }: IamportCall): SandboxReply {
  const { query } = request;
  const limit = positiveParam(query, "limit", PAGE_SIZE);
  if (limit > 1000) throw badParameter("limit은 1000 이하여야 합니다.");
  const sorting = query.get("sorting") ?? "-scheduled";
  if (sorting !== "scheduled" && sorting !== "-scheduled")
    throw badParameter("지원되지 않는 정렬 기준입니다."); // [INF]
  const schedules = filterSchedules(book, {
    from: secondsParam(query, "schedule_from"),
    to: secondsParam(query, "schedule_to"),
    status: statusParam(query, "schedule_status"),
  });
  if (sorting === "scheduled") schedules.reverse();
  return envelope(toPage(schedules, positiveParam(query, "page", 1), limit));
}

interface ScheduleFilter {
  readonly customerUid?: string;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly status: ScheduleStatus | undefined;
}

/** Matching schedules, newest `schedule_at` first. */
function filterSchedules(book: MerchantBook, filter: ScheduleFilter): ScheduleAnnotation[] {
  checkWindow(filter.from, filter.to);
  return [...book.schedules.values()]
    .sort((a, b) => b.annotation.schedule_at - a.annotation.schedule_at || b.seq - a.seq)
    .map(({ annotation }) => annotation)
    .filter(
      (schedule) =>
        (filter.customerUid === undefined || schedule.customer_uid === filter.customerUid) &&
        (filter.from === undefined || schedule.schedule_at >= filter.from) &&
        (filter.to === undefined || schedule.schedule_at < filter.to) &&
        (filter.status === undefined || schedule.schedule_status === filter.status),
    );
}

function statusParam(query: URLSearchParams, name: string): ScheduleStatus | undefined {
  const status = query.get(name);
  if (status === null || status === "") return undefined;
  if (!SCHEDULE_STATUSES.includes(status)) throw badParameter("지원되지 않는 상태값입니다.");
  return status as ScheduleStatus;
}
