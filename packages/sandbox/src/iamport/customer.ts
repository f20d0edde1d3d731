import { type IamportBody } from "./body.js";
import { type MerchantBook } from "./book.js";
import { type MaskedCard } from "./card.js";
import { textField } from "./fields.js";
import { type PgChannel } from "./pg.js";
import { badParameter } from "./reply.js";
import { type CustomerAnnotation } from "./wire.js";

const DETAIL_FIELDS = ["name", "tel", "email", "addr", "postcode"] as const;

/** The `customer_*` fields of a billing key; `undefined` where the request gave none. */
export type CustomerDetails = Partial<
  Record<`customer_${(typeof DETAIL_FIELDS)[number]}` | "customer_id", string>
>;

/** A customer_uid path parameter: at most 80 characters (iamport.md §4) [INF: else a 400]. */
export function customerUidOf(value: string | undefined): string {
  if (value === undefined || value === "")
    throw badParameter("customer_uid 파라메터가 누락되었습니다.");
  if (value.length > 80) throw badParameter("customer_uid는 80자 이내여야 합니다.");
  return value;
}

/**
 * Reads `customer_*` details, or for `onetime` the `buyer_*` fields, which become the
 * customer's (iamport.md §5.1).
 */
export function customerDetailsOf(
  body: IamportBody,
  source: "customer" | "buyer",
): CustomerDetails {
  const details: CustomerDetails = {};
  for (const field of DETAIL_FIELDS) {
    const value = textField(body, `${source}_${field}`);
    if (value !== undefined) details[`customer_${field}`] = value;
  }
  const customerId = textField(body, "customer_id");
  if (customerId !== undefined) details.customer_id = customerId;
  return details;
}

/**
 * Issues or replaces the billing key of `customerUid`: a replacement keeps `inserted`,
 * sets `updated` and the new card's mask, code and name (iamport.md §4). Details the
 * request leaves out keep their earlier values [INF].
 */
export function upsertCustomer(
  book: MerchantBook,
  customerUid: string,
  source: { readonly card: MaskedCard; readonly pg: PgChannel },
  details: CustomerDetails,
  now: number,
): CustomerAnnotation {
  const earlier = book.customers.get(customerUid);
  const keep = (name: keyof CustomerDetails) => details[name] ?? earlier?.[name] ?? null;
  const customer: CustomerAnnotation = {
    customer_uid: customerUid,
    ...source.pg,
    sandbox: true,
    customer_id: keep("customer_id"),
    card_name: source.card.card_name,
    card_code: source.card.card_code,
    card_issuer_code: null,
    card_issuer_name: null,
    card_publisher_code: null,
    card_publisher_name: null,
    card_number: source.card.card_number,
    card_type: source.card.card_type,
    customer_name: keep("customer_name"),
    customer_tel: keep("customer_tel"),
    customer_email: keep("customer_email"),
    customer_addr: keep("customer_addr"),
    customer_postcode: keep("customer_postcode"),
    inserted: earlier?.inserted ?? now,
    updated: now,
  };
  book.customers.set(customerUid, customer);
  return customer;
}

/** The masked card and PG of a stored billing key. */
export function sourceOf(customer: CustomerAnnotation): { card: MaskedCard; pg: PgChannel } {
  return {
    card: {
      card_number: customer.card_number,
      card_code: customer.card_code,
      card_name: customer.card_name,
      card_type: customer.card_type,
    },
    pg: { pg_provider: customer.pg_provider, pg_id: customer.pg_id },
  };
}
