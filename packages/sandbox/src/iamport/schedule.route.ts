import { type SandboxReply } from "../http/reply.js";
import { type IamportBody } from "./body.js";
import { type MerchantBook } from "./book.js";
import { type IamportCall } from "./call.js";
import { type MaskedCard, validateCard } from "./card.js";
import { merchantUidOf, orderFields } from "./charge.js";
import { customerDetailsOf, customerUidOf, upsertCustomer } from "./customer.js";
import { amountField, listField, numberField, textField } from "./fields.js";
import { type PgChannel, resolvePg } from "./pg.js";
import { badParameter, envelope, missing, refused } from "./reply.js";
import { type CustomerAnnotation, type ScheduleAnnotation } from "./wire.js";

interface ScheduleItem {
  readonly body: IamportBody;
  readonly merchantUid: string;
  readonly scheduleAt: number;
  readonly amount: number;
}

/**
 * `POST /subscribe/payments/schedule` (§5.3, §8.4): schedules charges of a billing key,
 * issuing the key first from card fields when the uid has none. All items are checked
 * before anything is stored [INF]. Answers the array of `ScheduleResultAnnotation`s.
 */
export function schedulePayments({ state, book, body, nowMs, now }: IamportCall): SandboxReply {
  const customerUid = customerUidOf(textField(body, "customer_uid"));
  const items = (listField(body, "schedules") ?? []).map((item) => readItem(item, now));
  if (items.length === 0) throw missing("schedules");
  let customer = book.customers.get(customerUid);
  let newKey: { card: MaskedCard; pg: PgChannel } | undefined;
  if (customer === undefined) {
    if (textField(body, "card_number") === undefined) throw refused("등록된 고객정보가 없습니다.");
    const card = validateCard(body, "schedule", nowMs, () => state.cardRefusals.next());
    newKey = {
      card,
      pg: resolvePg(textField(body, "pg"), state.merchant(book.scope.impKey)?.pg ?? ""),
    };
  }
  assertUnscheduled(book, items);
  if (newKey !== undefined)
    customer = upsertCustomer(book, customerUid, newKey, customerDetailsOf(body, "customer"), now);
  return envelope(items.map((item) => store(book, customerUid, customer, item)));
}

function readItem(value: unknown, now: number): ScheduleItem {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw badParameter("schedules의 각 항목은 객체여야 합니다.");
  const body = value as IamportBody;
  const merchantUid = merchantUidOf(body);
  const scheduleAt = numberField(body, "schedule_at");
  if (merchantUid === undefined || scheduleAt === undefined)
    throw missing(
      ...(merchantUid === undefined ? ["merchant_uid"] : []),
      ...(scheduleAt === undefined ? ["schedule_at"] : []),
    );
  if (!Number.isSafeInteger(scheduleAt))
    throw badParameter("schedule_at은 UNIX timestamp(초)여야 합니다.");
  // [INF] a time in the past is refused (as the documented PUT does)
  if (scheduleAt < now) throw refused(`schedule_at(${scheduleAt})이 현재 시각 이전입니다.`);
  return { body, merchantUid, scheduleAt, amount: amountField(body) };
}

/**
 * Refuses a merchant_uid already pending, already paid, or repeated in the request
 * (iamport.md §5.6) [INF: code 1 and the wording].
 */
function assertUnscheduled(book: MerchantBook, items: readonly ScheduleItem[]): void {
  const seen = new Set<string>();
  for (const { merchantUid } of items) {
    const pending = book.schedules.get(merchantUid)?.annotation.schedule_status === "scheduled";
    if (seen.has(merchantUid) || pending || book.merchantUidUsed(merchantUid))
      throw refused(`이미 예약되었거나 결제가 이루어진 merchant_uid입니다. (${merchantUid})`);
    seen.add(merchantUid);
  }
}

function store(
  book: MerchantBook,
  customerUid: string,
  customer: CustomerAnnotation | undefined,
  item: ScheduleItem,
): ScheduleAnnotation {
  const fields = orderFields(item.body, customer);
  const annotation: ScheduleAnnotation = {
    customer_uid: customerUid,
    merchant_uid: item.merchantUid,
    imp_uid: null,
    schedule_at: item.scheduleAt,
    executed_at: 0,
    revoked_at: 0,
    amount: item.amount,
    currency: fields.currency,
    name: fields.name,
    ...fields.buyer,
    custom_data: fields.customData,
    schedule_status: "scheduled",
    payment_status: null,
    fail_reason: null,
  };
  const noticeUrl = textField(item.body, "notice_url") ?? null;
  return book.addSchedule({ annotation, noticeUrl, cardQuota: fields.cardQuota }).annotation;
}
