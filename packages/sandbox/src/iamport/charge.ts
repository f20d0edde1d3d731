import { type IamportBody } from "./body.js";
import { type MerchantBook } from "./book.js";
import { type MaskedCard } from "./card.js";
import { customDataField, numberField, textField } from "./fields.js";
import { type IdSource, receiptUrl, toSeconds } from "./ids.js";
import { type ChargeOutcome, type ChargeOutcomes } from "./outcomes.js";
import { type PgChannel } from "./pg.js";
import { badParameter, refused } from "./reply.js";
import { type IamportWebhooks } from "./webhooks.js";
import { type CustomerAnnotation, type PaymentAnnotation } from "./wire.js";

/** The buyer fields of a payment or schedule. */
export type Buyer = Pick<
  PaymentAnnotation,
  "buyer_name" | "buyer_email" | "buyer_tel" | "buyer_addr" | "buyer_postcode"
>;

/** What a charge is for; the card and PG come from a billing key or key-in data. */
export interface ChargeOrder {
  readonly merchantUid: string;
  readonly amount: number;
  readonly currency: string;
  readonly name: string | null;
  readonly cardQuota: number;
  readonly customData: string | null;
  readonly buyer: Buyer;
  readonly customerUid: string | null;
  readonly usage: PaymentAnnotation["customer_uid_usage"];
  /** Per-request webhook URL, `null` for the configured one. */
  readonly noticeUrl: string | null;
  /** The request's card fields as a careless PG quotes them (key-in charges only). */
  readonly cardEcho?: string;
}

/** The parts of the i'mport state a charge uses. */
export interface ChargeDeps {
  readonly outcomes: ChargeOutcomes;
  readonly ids: IdSource;
  readonly webhooks: IamportWebhooks;
}

/** Options of {@link charge}. */
export interface ChargeOptions {
  /** Use this result instead of consuming one from the outcome controls. */
  readonly outcome?: ChargeOutcome;
  /** Send the webhook for a decline too (scheduled charges only, iamport.md §5.3). */
  readonly webhookOnFailure?: boolean;
}

/** Refuses a merchant_uid that was already paid (iamport.md §5.6; code 1 [INF]). */
export function assertMerchantUidFree(book: MerchantBook, merchantUid: string): void {
  if (book.merchantUidUsed(merchantUid)) throw refused("이미 주문이 이루어진 건입니다.");
}

/** The merchant_uid of a request: required, at most 40 characters [INF: longer is a 400]. */
export function merchantUidOf(body: IamportBody): string | undefined {
  const merchantUid = textField(body, "merchant_uid");
  if (merchantUid !== undefined && merchantUid.length > 40)
    throw badParameter("merchant_uid는 40자 이내여야 합니다.");
  return merchantUid;
}

/** The order fields shared by `again`, `onetime` and schedule items. */
export function orderFields(
  body: IamportBody,
  customer: CustomerAnnotation | undefined,
): Pick<ChargeOrder, "currency" | "name" | "cardQuota" | "customData" | "buyer"> {
  return {
    currency: textField(body, "currency") ?? "KRW",
    name: textField(body, "name") ?? null,
    cardQuota: numberField(body, "card_quota") ?? 0,
    customData: customDataField(body),
    buyer: buyerOf(body, customer),
  };
}

/** Buyer fields of a request, falling back to the billing key's `customer_*` [INF, §8.3]. */
function buyerOf(body: IamportBody, customer: CustomerAnnotation | undefined): Buyer {
  const pick = (field: string, fallback: string | null | undefined) =>
    textField(body, `buyer_${field}`) ?? fallback ?? null;
  return {
    buyer_name: pick("name", customer?.customer_name),
    buyer_email: pick("email", customer?.customer_email),
    buyer_tel: pick("tel", customer?.customer_tel),
    buyer_addr: pick("addr", customer?.customer_addr),
    buyer_postcode: pick("postcode", customer?.customer_postcode),
  };
}

/**
 * Charges a card: asks the outcome controls, stores the payment (`paid`, or `failed`
 * with `fail_reason`) and sends the `paid` webhook; declines send none unless
 * `webhookOnFailure`. Approval is modelled as taking one second [INF, as in §8.3].
 */
export function charge(
  deps: ChargeDeps,
  book: MerchantBook,
  order: ChargeOrder,
  source: { readonly card: MaskedCard; readonly pg: PgChannel },
  nowMs: number,
  options: ChargeOptions = {},
): PaymentAnnotation {
  const outcome = options.outcome ?? deps.outcomes.next(order.customerUid);
  const startedAt = toSeconds(nowMs);
  const pgTid = deps.ids.pgTid(source.pg.pg_id, nowMs);
  const paid = outcome.kind === "approve";
  const payment: PaymentAnnotation = {
    imp_uid: deps.ids.impUid(),
    merchant_uid: order.merchantUid,
    pay_method: "card",
    channel: "api",
    pg_provider: source.pg.pg_provider,
    emb_pg_provider: null,
    pg_tid: pgTid,
    pg_id: source.pg.pg_id,
    sandbox: true,
    escrow: false,
    apply_num: paid ? deps.ids.applyNum() : null,
    bank_code: null,
    bank_name: null,
    ...source.card,
    card_quota: order.cardQuota,
    vbank_code: null,
    vbank_name: null,
    vbank_num: null,
    vbank_holder: null,
    vbank_date: 0,
    vbank_issued_at: 0,
    name: order.name,
    amount: order.amount,
    cancel_amount: 0,
    currency: order.currency,
    ...order.buyer,
    custom_data: order.customData,
    user_agent: "sorry_not_supported_anymore",
    status: paid ? "paid" : "failed",
    started_at: startedAt,
    paid_at: paid ? startedAt + 1 : 0,
    failed_at: paid ? 0 : startedAt + 1,
    cancelled_at: 0,
    fail_reason: outcome.kind === "decline" ? declineReason(outcome, order) : null,
    cancel_reason: null,
    receipt_url: paid ? receiptUrl(pgTid) : null,
    cancel_history: [],
    cancel_receipt_urls: [],
    cash_receipt_issued: false,
    customer_uid: order.customerUid,
    customer_uid_usage: order.usage,
  };
  book.addPayment(payment, order.noticeUrl);
  if (paid || options.webhookOnFailure) {
    const event = {
      imp_uid: payment.imp_uid,
      merchant_uid: payment.merchant_uid,
      status: payment.status,
    };
    deps.webhooks.send(event, order.noticeUrl);
  }
  return payment;
}

function declineReason(outcome: ChargeOutcome & { kind: "decline" }, order: ChargeOrder): string {
  return outcome.echoCard && order.cardEcho ? outcome.reason + order.cardEcho : outcome.reason;
}
