/**
 * i'mport (PortOne V1) JSON shapes exactly as on the wire (iamport.md §4-§6). Timestamps are
 * epoch seconds with `0` for "not happened"; enums are open unions because PortOne adds
 * values without notice (iamport.md §1); unknown keys are tolerated.
 */

/** An open string union: the listed values, or any value i'mport adds later. */
export type Open<T extends string> = T | (string & {});

/** `card_type`: 0 credit, 1 check; older data and clients send a string (iamport.md §10). */
export type WireCardType = 0 | 1 | null | string;

/** Card facts i'mport reports about a billing key or a payment; the number is masked. */
export interface WireCardInfo {
  card_name?: string | null;
  card_code?: string | null;
  card_issuer_code?: string | null;
  card_issuer_name?: string | null;
  card_publisher_code?: string | null;
  card_publisher_name?: string | null;
  /** Masked by i'mport, e.g. `123456******3456`; opaque (the mask varies by PG). */
  card_number?: string | null;
  card_type?: WireCardType;
}

/** Buyer fields as i'mport reports them on payments and schedules. */
export interface WireBuyerInfo {
  buyer_name?: string | null;
  buyer_email?: string | null;
  buyer_tel?: string | null;
  buyer_addr?: string | null;
  buyer_postcode?: string | null;
}

/** `CustomerAnnotation`: a billing key as i'mport describes it (card number masked). */
export interface CustomerAnnotation extends WireCardInfo {
  customer_uid: string;
  pg_provider?: string | null;
  pg_id?: string | null;
  sandbox?: boolean | null;
  customer_id?: string | null;
  customer_name?: string | null;
  customer_tel?: string | null;
  customer_email?: string | null;
  customer_addr?: string | null;
  customer_postcode?: string | null;
  /** Epoch seconds of the first issue; kept when the uid is re-issued. */
  inserted: number;
  /** Epoch seconds of the last issue; differs from `inserted` after a replacement. */
  updated: number;
}

/** `PaymentAnnotation.status`. */
export type WirePaymentStatus = Open<"ready" | "paid" | "failed" | "cancelled">;

/** `PaymentAnnotation.customer_uid_usage`. */
export type WireCustomerUidUsage = Open<"issue" | "payment" | "payment.scheduled"> | null;

/** One entry of `cancel_history`. */
export interface WireCancelHistory {
  pg_tid?: string | null;
  amount: number;
  cancelled_at: number;
  reason?: string | null;
  cancellation_id?: string | null;
  receipt_url?: string | null;
}

/** `PaymentAnnotation` (iamport.md §5.5): real responses carry every key, null or 0 when unset. */
export interface PaymentAnnotation extends WireCardInfo, WireBuyerInfo {
  imp_uid: string;
  merchant_uid: string;
  pay_method?: string | null;
  channel?: Open<"pc" | "mobile" | "api"> | null;
  pg_provider?: string | null;
  emb_pg_provider?: string | null;
  pg_tid?: string | null;
  pg_id?: string | null;
  sandbox?: boolean | null;
  escrow?: boolean | null;
  apply_num?: string | null;
  card_quota?: number | null;
  name?: string | null;
  amount: number;
  cancel_amount: number;
  currency: string;
  custom_data?: string | null;
  user_agent?: string | null;
  status: WirePaymentStatus;
  started_at?: number | null;
  paid_at?: number | null;
  failed_at?: number | null;
  cancelled_at?: number | null;
  fail_reason?: string | null;
  cancel_reason?: string | null;
  receipt_url?: string | null;
  cancel_history?: WireCancelHistory[] | null;
  cancel_receipt_urls?: string[] | null;
  cash_receipt_issued?: boolean | null;
  customer_uid?: string | null;
  customer_uid_usage?: WireCustomerUidUsage;
}

/** `ScheduleResultAnnotation.schedule_status`. */
export type WireScheduleStatus = Open<"scheduled" | "executed" | "revoked">;

/** `ScheduleResultAnnotation` (iamport.md §5.3). */
export interface ScheduleResultAnnotation extends WireBuyerInfo {
  customer_uid: string;
  merchant_uid: string;
  /** Null until executed. */
  imp_uid: string | null;
  pg_provider?: string | null;
  pg_id?: string | null;
  customer_id?: string | null;
  schedule_at: number;
  executed_at: number;
  revoked_at: number;
  amount: number;
  currency?: string | null;
  name?: string | null;
  custom_data?: string | null;
  schedule_status: WireScheduleStatus;
  /** A real null before execution. */
  payment_status: Open<"paid" | "failed" | "cancelled"> | null;
  fail_reason?: string | null;
  promotion_id?: string | null;
}

/** A paged list: `previous`/`next` are page numbers, 0 when there is none. */
export interface WirePage<T> {
  total: number;
  previous: number;
  next: number;
  list: T[];
}

/**
 * Card fields of `POST /subscribe/customers/{uid}`, `onetime` and `schedule`. Sent to
 * i'mport only: never logged, stored or put into an error message.
 */
export interface WireCardFields {
  /** `dddd-dddd-dddd-dddd`. */
  card_number: string;
  /** `YYYY-MM`. */
  expiry: string;
  /** `YYMMDD`, or a 10-digit business registration number for corporate cards. */
  birth?: string;
  /** First 2 digits of the card PIN. */
  pwd_2digit?: string;
  cvc?: string;
}

/** Customer fields stored with a billing key (iamport.md §4.1). */
export interface WireCustomerFields {
  customer_name?: string;
  customer_tel?: string;
  customer_email?: string;
  customer_addr?: string;
  customer_postcode?: string;
  customer_id?: string;
}

/** Body of `POST /subscribe/customers/{customer_uid}`. */
export interface IssueBillingKeyBody extends WireCardFields, WireCustomerFields {
  pg?: string;
}

/** Buyer fields of a charge. */
export interface WireBuyerFields {
  buyer_name?: string;
  buyer_email?: string;
  buyer_tel?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
}

/** Body of `POST /subscribe/payments/again`. */
export interface AgainBody extends WireBuyerFields {
  customer_uid: string;
  merchant_uid: string;
  amount: number;
  name: string;
  tax_free?: number;
  vat_amount?: number;
  card_quota?: number;
  custom_data?: string;
  notice_url?: string;
}

/** Body of `POST /subscribe/payments/onetime`. */
export interface OnetimeBody extends WireCardFields, WireBuyerFields {
  merchant_uid: string;
  amount: number;
  /** When present, the card is also saved as this billing key after a successful charge. */
  customer_uid?: string;
  pg?: string;
  name?: string;
  tax_free?: number;
  vat_amount?: number;
  card_quota?: number;
  custom_data?: string;
  notice_url?: string;
}

/** One item of `schedules[]`. */
export interface WireScheduleItem extends WireBuyerFields {
  merchant_uid: string;
  /** Epoch seconds. */
  schedule_at: number;
  amount: number;
  currency?: string;
  name?: string;
  tax_free?: number;
  vat_amount?: number;
  custom_data?: string;
  notice_url?: string;
}

/** Body of `POST /subscribe/payments/schedule` (card fields only for a new customer_uid). */
export interface ScheduleBody extends Partial<WireCardFields> {
  customer_uid: string;
  schedules: WireScheduleItem[];
  pg?: string;
}

/** Body of `POST /subscribe/payments/unschedule`. */
export interface UnscheduleBody {
  customer_uid: string;
  /** Omitted: every pending schedule of the customer. */
  merchant_uid?: string[];
}

/** Body of `POST /payments/cancel` (`imp_uid` wins when both ids are sent). */
export interface CancelBody {
  imp_uid?: string;
  merchant_uid?: string;
  /** Omitted or 0: the whole remaining amount. */
  amount?: number;
  tax_free?: number;
  vat_amount?: number;
  /** The refundable balance the caller expects; the cancel is refused on mismatch. */
  checksum?: number;
  reason?: string;
  enable_webhook?: boolean;
}

/** A V1 webhook body (JSON or form): a hint, never proof (iamport.md §6). */
export interface WireWebhookBody {
  imp_uid: string;
  merchant_uid: string;
  status: WirePaymentStatus;
  /** Since 2024-02, on cancellations. */
  cancellation_id?: string;
}
