/**
 * i'mport (PortOne V1) wire shapes exactly as the sandbox sends them (iamport.md §4-§5,
 * keys as in the §8 vectors). Timestamps are epoch seconds, `0` when unset.
 */

/** Every reply, errors included: `code` 0 is success (iamport.md §3). */
export interface IamportEnvelope<T> {
  readonly code: number;
  readonly message: string | null;
  readonly response: T | null;
}

/** `POST /users/getToken` response. */
export interface TokenAnnotation {
  access_token: string;
  now: number;
  expired_at: number;
}

/** A billing key (`CustomerAnnotation`, §4.1 and §8.2). Only the masked card number is kept. */
export interface CustomerAnnotation {
  customer_uid: string;
  pg_provider: string;
  pg_id: string;
  sandbox: boolean;
  customer_id: string | null;
  card_name: string;
  card_code: string;
  card_issuer_code: string | null;
  card_issuer_name: string | null;
  card_publisher_code: string | null;
  card_publisher_name: string | null;
  card_number: string;
  card_type: 0 | 1;
  customer_name: string | null;
  customer_tel: string | null;
  customer_email: string | null;
  customer_addr: string | null;
  customer_postcode: string | null;
  inserted: number;
  updated: number;
}

/** Payment states (§5.5). */
export type PaymentStatus = "ready" | "paid" | "failed" | "cancelled";

/** One (partial) cancellation of a payment. */
export interface CancelHistoryAnnotation {
  pg_tid: string;
  amount: number;
  cancelled_at: number;
  reason: string | null;
  cancellation_id: string;
  receipt_url: string;
}

/** A payment (`PaymentAnnotation`, §5.5 and §8.3). */
export interface PaymentAnnotation {
  imp_uid: string;
  merchant_uid: string;
  pay_method: "card";
  channel: "api";
  pg_provider: string;
  emb_pg_provider: null;
  pg_tid: string;
  pg_id: string;
  sandbox: boolean;
  escrow: boolean;
  apply_num: string | null;
  bank_code: null;
  bank_name: null;
  card_code: string;
  card_name: string;
  card_quota: number;
  card_number: string;
  card_type: 0 | 1;
  vbank_code: null;
  vbank_name: null;
  vbank_num: null;
  vbank_holder: null;
  vbank_date: number;
  vbank_issued_at: number;
  name: string | null;
  amount: number;
  cancel_amount: number;
  currency: string;
  buyer_name: string | null;
  buyer_email: string | null;
  buyer_tel: string | null;
  buyer_addr: string | null;
  buyer_postcode: string | null;
  custom_data: string | null;
  user_agent: string;
  status: PaymentStatus;
  started_at: number;
  paid_at: number;
  failed_at: number;
  cancelled_at: number;
  fail_reason: string | null;
  cancel_reason: string | null;
  receipt_url: string | null;
  cancel_history: CancelHistoryAnnotation[];
  cancel_receipt_urls: string[];
  cash_receipt_issued: boolean;
  customer_uid: string | null;
  customer_uid_usage: "issue" | "payment" | "payment.scheduled" | null;
}

/** Schedule states (§5.3). */
export type ScheduleStatus = "scheduled" | "executed" | "revoked";

/** A scheduled charge (`ScheduleResultAnnotation`, keys as in §8.4). */
export interface ScheduleAnnotation {
  customer_uid: string;
  merchant_uid: string;
  imp_uid: string | null;
  schedule_at: number;
  executed_at: number;
  revoked_at: number;
  amount: number;
  currency: string;
  name: string | null;
  buyer_name: string | null;
  buyer_email: string | null;
  buyer_tel: string | null;
  buyer_addr: string | null;
  buyer_postcode: string | null;
  custom_data: string | null;
  schedule_status: ScheduleStatus;
  payment_status: "paid" | "failed" | "cancelled" | null;
  fail_reason: string | null;
}

/** A page of a list (`previous`/`next` are page numbers, 0 when none). */
export interface PageAnnotation<T> {
  total: number;
  previous: number;
  next: number;
  list: T[];
}
