import { type SandboxReply } from "../http/reply.js";
import { type IamportCall } from "./call.js";
import { validateCard } from "./card.js";
import { cardEcho } from "./card-echo.js";
import { assertMerchantUidFree, charge, merchantUidOf, orderFields } from "./charge.js";
import { customerDetailsOf, sourceOf, upsertCustomer } from "./customer.js";
import { amountField, textField } from "./fields.js";
import { resolvePg } from "./pg.js";
import { envelope, missing, refused } from "./reply.js";

/**
 * `POST /subscribe/payments/again` (§5.2, §8.3): charges a billing key. Approved:
 * `paid` and the webhook; declined by the outcome controls: code 0 with `failed`
 * and no webhook; unknown key: code 1.
 */
export function chargeAgain({ state, book, body, nowMs }: IamportCall): SandboxReply {
  const customerUid = textField(body, "customer_uid");
  const merchantUid = merchantUidOf(body);
  if (customerUid === undefined || merchantUid === undefined)
    throw missing(
      ...(customerUid === undefined ? ["customer_uid"] : []),
      ...(merchantUid === undefined ? ["merchant_uid"] : []),
    );
  const amount = amountField(body);
  const customer = book.customers.get(customerUid);
  if (customer === undefined) throw refused("등록되지 않은 구매자입니다.");
  assertMerchantUidFree(book, merchantUid);
  const order = {
    merchantUid,
    amount,
    ...orderFields(body, customer),
    customerUid,
    usage: "payment" as const,
    noticeUrl: textField(body, "notice_url") ?? null,
  };
  return envelope(charge(state, book, order, sourceOf(customer), nowMs));
}

/**
 * `POST /subscribe/payments/onetime` (§5.1): a key-in charge. With `customer_uid` the
 * card is saved as that billing key after a successful charge, with the `buyer_*`
 * values as `customer_*`, and the payment's `customer_uid_usage` is `issue` [INF §11.10].
 */
export function chargeOnetime({ state, book, body, nowMs, now }: IamportCall): SandboxReply {
  const merchantUid = merchantUidOf(body);
  if (merchantUid === undefined) throw missing("merchant_uid");
  const amount = amountField(body);
  assertMerchantUidFree(book, merchantUid);
  const card = validateCard(body, "onetime", nowMs, () => state.cardRefusals.next());
  const pg = resolvePg(textField(body, "pg"), state.merchant(book.scope.impKey)?.pg ?? "");
  const customerUid = textField(body, "customer_uid") ?? null;
  const order = {
    merchantUid,
    amount,
    ...orderFields(body, undefined),
    customerUid,
    usage: customerUid === null ? null : ("issue" as const),
    noticeUrl: textField(body, "notice_url") ?? null,
    cardEcho: cardEcho(body),
  };
  const payment = charge(state, book, order, { card, pg }, nowMs);
  if (customerUid !== null && payment.status === "paid")
    upsertCustomer(book, customerUid, { card, pg }, customerDetailsOf(body, "buyer"), now);
  return envelope(payment);
}
