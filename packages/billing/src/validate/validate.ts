import { ProblemList, checkTextInput, defined } from "@korbill/core-domain";
import type {
  CancelData,
  CardData,
  ChargeData,
  CustomerData,
  PayOnceData,
  ScheduleData,
  ScheduleWindowData,
} from "../map/inputs.js";
import {
  buyerRule,
  cardRule,
  compact,
  customerUidRule,
  emailRule,
  merchantUidRule,
  orderRule,
  paymentRefRule,
} from "./field-rules.js";
import * as rule from "./rules.js";
import type {
  AgainBody,
  OnetimeBody,
  WireCardFields,
  WireCustomerFields,
  WireScheduleItem,
} from "../wire.js";

/**
 * Input validation before any upstream call: every problem of a request at once, as one
 * `InputError` whose `problems[].path` names each field. Messages never quote card data.
 */

const DAY_MS = 86_400_000;
/** [INF] The furthest ahead a charge may be scheduled. */
const MAX_SCHEDULE_AHEAD_MS = 365 * DAY_MS;
/** [INF] i'mport allows "at most 3 months" per schedule query; 90 days is always within it. */
const MAX_SCHEDULE_WINDOW_MS = 90 * DAY_MS;
/** [INF] Schedules per call. */
const MAX_SCHEDULES = 100;

/** Checks a customerUid (optionally under another path). */
export function validateCustomerUid(customerUid: string, path = "customerUid"): void {
  const p = new ProblemList();
  checkTextInput(p, customerUid, path);
  customerUidRule(p, path, customerUid);
  p.throwIfAny();
}

/** Checks a billing key's deletion: its customerUid and the optional reason kept by i'mport. */
export function validateDeleteBillingKey(customerUid: string, reason?: string | null): void {
  const p = new ProblemList();
  checkTextInput(p, { customerUid, reason }, "");
  customerUidRule(p, "customerUid", customerUid);
  rule.text(p, "reason", reason, 256); // [INF] the cancel reason's cap
  p.throwIfAny();
}

/** Validates an issue request; returns the card and customer as i'mport wants them. */
export function validateIssue(
  customerUid: string,
  card: CardData,
  customer: CustomerData | null | undefined,
  nowMs: number,
): { card: WireCardFields; customer: WireCustomerFields } {
  const p = new ProblemList();
  checkTextInput(p, { customerUid, card, customer }, "");
  customerUidRule(p, "customerUid", customerUid);
  const wireCard = cardRule(p, "card", card, nowMs);
  const c = customer ?? {};
  rule.text(p, "customer.name", c.name, 20);
  rule.text(p, "customer.tel", c.tel, 20);
  emailRule(p, "customer.email", c.email, 200);
  rule.text(p, "customer.address", c.address, 200);
  rule.text(p, "customer.postcode", c.postcode, 8);
  p.throwIfAny();
  return {
    card: defined(wireCard, "validated card"),
    customer: compact({
      customer_name: c.name,
      customer_tel: c.tel,
      customer_email: c.email,
      customer_addr: c.address,
      customer_postcode: c.postcode,
    }),
  };
}

/** Validates a billing-key charge; returns the `again` body (without `notice_url`). */
export function validateCharge(input: ChargeData): AgainBody {
  const p = new ProblemList();
  checkTextInput(p, input, "");
  customerUidRule(p, "customerUid", input.customerUid);
  orderRule(p, "", input);
  p.throwIfAny();
  return compact({
    customer_uid: input.customerUid,
    merchant_uid: input.merchantUid,
    amount: input.amount,
    name: input.name,
    tax_free: input.taxFree ?? undefined,
    custom_data: input.customData ?? undefined,
  });
}

/** Validates a key-in charge; returns the `onetime` body (without `notice_url`). */
export function validatePayOnce(input: PayOnceData, nowMs: number): OnetimeBody {
  const p = new ProblemList();
  checkTextInput(p, input, "");
  orderRule(p, "", input);
  const card = cardRule(p, "card", input.card, nowMs);
  if (input.saveAsCustomerUid !== undefined && input.saveAsCustomerUid !== null)
    customerUidRule(p, "saveAsCustomerUid", input.saveAsCustomerUid);
  const buyer = buyerRule(p, "customer", input.customer);
  p.throwIfAny();
  return compact({
    ...buyer,
    ...defined(card, "validated card"),
    merchant_uid: input.merchantUid,
    amount: input.amount,
    name: input.name,
    customer_uid: input.saveAsCustomerUid ?? undefined,
    tax_free: input.taxFree ?? undefined,
    custom_data: input.customData ?? undefined,
  });
}

/** Validates schedules: future, at most a year ahead, unique merchantUids. */
export function validateSchedules(
  customerUid: string,
  schedules: ScheduleData[],
  nowMs: number,
): WireScheduleItem[] {
  const p = new ProblemList();
  checkTextInput(p, { customerUid, schedules }, "");
  customerUidRule(p, "customerUid", customerUid);
  p.check(
    schedules.length >= 1 && schedules.length <= MAX_SCHEDULES,
    "schedules",
    `give 1 to ${MAX_SCHEDULES} schedules`,
  );
  const seen = new Set<string>();
  const items = schedules.map((s, i) => {
    const path = `schedules.${i}`;
    orderRule(p, `${path}.`, { ...s, taxFree: null, customData: null });
    if (seen.has(s.merchantUid)) p.add(`${path}.merchantUid`, "is used twice in this request");
    seen.add(s.merchantUid);
    const at = rule.isoInstant(p, `${path}.scheduleAt`, s.scheduleAt);
    if (at !== null && at <= nowMs) p.add(`${path}.scheduleAt`, "must be in the future");
    if (at !== null && at > nowMs + MAX_SCHEDULE_AHEAD_MS)
      p.add(`${path}.scheduleAt`, "must be at most one year ahead");
    const item: WireScheduleItem = {
      merchant_uid: s.merchantUid,
      schedule_at: Math.floor((at ?? 0) / 1000),
      amount: s.amount,
      currency: "KRW",
      name: s.name,
    };
    return item;
  });
  p.throwIfAny();
  return items;
}

/** Validates an unschedule request. */
export function validateUnschedule(customerUid: string, merchantUids?: string[] | null): void {
  const p = new ProblemList();
  checkTextInput(p, { customerUid, merchantUids }, "");
  customerUidRule(p, "customerUid", customerUid);
  const seen = new Set<string>();
  (merchantUids ?? []).forEach((uid, i) => {
    merchantUidRule(p, `merchantUids.${i}`, uid);
    if (seen.has(uid)) p.add(`merchantUids.${i}`, "is listed twice");
    seen.add(uid);
  });
  p.throwIfAny();
}

/** Exactly one of impUid / merchantUid, well-formed. */
export function validatePaymentRef(impUid?: string | null, merchantUid?: string | null): void {
  const p = new ProblemList();
  checkTextInput(p, { impUid, merchantUid }, "");
  paymentRefRule(p, impUid, merchantUid);
  p.throwIfAny();
}

/** Validates a cancel before the payment is fetched (the remaining amount is checked after). */
export function validateCancel(input: CancelData): void {
  const p = new ProblemList();
  checkTextInput(p, input, "");
  paymentRefRule(p, input.impUid, input.merchantUid);
  if (input.amount !== undefined && input.amount !== null)
    rule.integer(p, "amount", input.amount, 0, rule.MAX_AMOUNT);
  rule.text(p, "reason", input.reason?.trim(), 256, true);
  p.throwIfAny();
}

/** A schedule query window as epoch seconds. */
export function validateScheduleWindow(customerUid: string, w: ScheduleWindowData) {
  const p = new ProblemList();
  checkTextInput(p, { customerUid, ...w }, "");
  customerUidRule(p, "customerUid", customerUid);
  const from = rule.isoInstant(p, "from", w.from);
  const to = rule.isoInstant(p, "to", w.to);
  if (from !== null && to !== null) {
    if (to <= from) p.add("to", "must be after from");
    else if (to - from > MAX_SCHEDULE_WINDOW_MS) p.add("to", "must be at most 90 days after from");
  }
  const page = w.page ?? 1;
  rule.integer(p, "page", page, 1, 100_000);
  p.throwIfAny();
  return {
    from: Math.floor(defined(from, "validated from") / 1000),
    to: Math.floor(defined(to, "validated to") / 1000),
    page,
  };
}

/** A page number and size. */
export function validatePage(page: number, perPage?: number): void {
  const p = new ProblemList();
  rule.integer(p, "page", page, 1, 100_000);
  if (perPage !== undefined) rule.integer(p, "perPage", perPage, 1, 100);
  p.throwIfAny();
}
