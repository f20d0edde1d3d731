import { toKstIso } from "@korbill/core-domain";
import type { StoredEvent } from "@korbill/core-events";
import type { BillingEventPayload, BillingEventType } from "../service/events.js";
import type { BillingKeyRow } from "../store/store.js";
import type { PaymentAnnotation, ScheduleResultAnnotation, WirePage } from "../wire.js";

/**
 * Wire and store shapes -> what the schema shows: camelCase, English enums, ISO-8601 with
 * +09:00 (i'mport's `0` = null), KRW as integers. No GraphQL import, so scripts can use it.
 */

/** A payment's state in English; UNKNOWN for values i'mport may add later. */
export type PaymentStatusName = "PAID" | "FAILED" | "CANCELLED" | "READY" | "UNKNOWN";
/** A schedule's state in English. */
export type ScheduleStatusName = "SCHEDULED" | "EXECUTED" | "REVOKED" | "UNKNOWN";

/** A payment as the schema shows it. */
export interface PaymentView {
  impUid: string;
  merchantUid: string;
  customerUid: string | null;
  name: string | null;
  amount: number;
  cancelAmount: number;
  currency: string;
  status: PaymentStatusName;
  scheduled: boolean;
  startedAt: string | null;
  paidAt: string | null;
  failedAt: string | null;
  cancelledAt: string | null;
  failReason: string | null;
  cancelReason: string | null;
  cardNumber: string | null;
  cardName: string | null;
  cardCode: string | null;
  cardQuota: number | null;
  applyNum: string | null;
  pgProvider: string | null;
  receiptUrl: string | null;
}

/** A billing key as the schema shows it. */
export interface BillingKeyView {
  customerUid: string;
  cardNumber: string | null;
  cardName: string | null;
  cardCode: string | null;
  issuer: string | null;
  pgProvider: string | null;
  insertedAt: string | null;
  updatedAt: string | null;
  replaced: boolean;
  replacementCount: number;
}

/** A scheduled charge as the schema shows it. */
export interface PaymentScheduleView {
  customerUid: string;
  merchantUid: string;
  impUid: string | null;
  scheduleAt: string | null;
  executedAt: string | null;
  revokedAt: string | null;
  amount: number;
  name: string | null;
  status: ScheduleStatusName;
  paymentStatus: PaymentStatusName | null;
  failReason: string | null;
}

/** A page of items with i'mport's totals. */
export interface PageView<T> {
  total: number;
  page: number;
  previousPage: number | null;
  nextPage: number | null;
  items: T[];
}

/** A billing event as subscribers receive it. */
export interface PaymentEventView {
  cursor: string;
  type: BillingEventType;
  impUid: string;
  merchantUid: string;
  customerUid: string | null;
  amount: number;
  cancelAmount: number;
  status: PaymentStatusName;
  failReason: string | null;
  at: string;
}

/** Epoch seconds -> ISO +09:00; `0`/null -> null. */
function secondsToIso(seconds: number | null | undefined): string | null {
  return seconds ? toKstIso(seconds * 1000) : null;
}

/** i'mport's payment status in English. */
function paymentStatusName(status: string | null | undefined): PaymentStatusName {
  switch (status) {
    case "paid":
      return "PAID";
    case "failed":
      return "FAILED";
    case "cancelled":
      return "CANCELLED";
    case "ready":
      return "READY";
    default:
      return "UNKNOWN";
  }
}

/** A payment for the schema. */
export function toPaymentView(p: PaymentAnnotation): PaymentView {
  return {
    impUid: p.imp_uid,
    merchantUid: p.merchant_uid,
    customerUid: p.customer_uid ?? null,
    name: p.name ?? null,
    amount: Math.round(p.amount),
    cancelAmount: Math.round(p.cancel_amount ?? 0),
    currency: p.currency ?? "KRW",
    status: paymentStatusName(p.status),
    scheduled: p.customer_uid_usage === "payment.scheduled",
    startedAt: secondsToIso(p.started_at),
    paidAt: secondsToIso(p.paid_at),
    failedAt: secondsToIso(p.failed_at),
    cancelledAt: secondsToIso(p.cancelled_at),
    failReason: p.fail_reason ?? null,
    cancelReason: p.cancel_reason ?? null,
    cardNumber: p.card_number ?? null,
    cardName: p.card_name ?? null,
    cardCode: p.card_code ?? null,
    cardQuota: p.card_quota ?? null,
    applyNum: p.apply_num ?? null,
    pgProvider: p.pg_provider ?? null,
    receiptUrl: p.receipt_url ?? null,
  };
}

/** A stored billing key for the schema. */
export function toBillingKeyView(row: BillingKeyRow): BillingKeyView {
  return {
    customerUid: row.customerUid,
    cardNumber: row.cardNumber,
    cardName: row.cardName,
    cardCode: row.cardCode,
    issuer: row.issuer,
    pgProvider: row.pgProvider,
    insertedAt: row.insertedAt === null ? null : toKstIso(row.insertedAt),
    updatedAt: row.updatedAt === null ? null : toKstIso(row.updatedAt),
    replaced: row.replacedCount > 0 || row.insertedAt !== row.updatedAt,
    replacementCount: row.replacedCount,
  };
}

/** A schedule for the schema. */
export function toScheduleView(s: ScheduleResultAnnotation): PaymentScheduleView {
  const status = s.schedule_status;
  return {
    customerUid: s.customer_uid,
    merchantUid: s.merchant_uid,
    impUid: s.imp_uid ?? null,
    scheduleAt: secondsToIso(s.schedule_at),
    executedAt: secondsToIso(s.executed_at),
    revokedAt: secondsToIso(s.revoked_at),
    amount: Math.round(s.amount),
    name: s.name ?? null,
    status:
      status === "scheduled" || status === "executed" || status === "revoked"
        ? (status.toUpperCase() as ScheduleStatusName)
        : "UNKNOWN",
    paymentStatus: s.payment_status ? paymentStatusName(s.payment_status) : null,
    failReason: s.fail_reason ?? null,
  };
}

/** An i'mport page for the schema. */
export function toPageView<W, V>(page: WirePage<W> & { page: number }, map: (w: W) => V) {
  const view: PageView<V> = {
    total: page.total,
    page: page.page,
    previousPage: page.previous || null,
    nextPage: page.next || null,
    items: page.list.map(map),
  };
  return view;
}

/** A logged billing event for subscribers. */
export function toPaymentEventView(
  event: StoredEvent<BillingEventPayload>,
  cursor: string,
): PaymentEventView {
  const p = event.payload;
  return {
    cursor,
    type: event.type as BillingEventType,
    impUid: p.impUid,
    merchantUid: p.merchantUid,
    customerUid: p.customerUid,
    amount: p.amount,
    cancelAmount: p.cancelAmount,
    status: paymentStatusName(p.status),
    failReason: p.failReason,
    at: toKstIso(p.happenedAt ?? event.createdAt),
  };
}
