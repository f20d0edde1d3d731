import type { ProblemList } from "@korbill/core-domain";
import type { CardData, ChargeData, CustomerData } from "../map/inputs.js";
import * as rule from "./rules.js";
import type { WireBuyerFields, WireCardFields } from "../wire.js";

/** Rules for the composite fields several requests share; each records problems under `path`. */

const MAX_CUSTOM_DATA = 2000;

/** A customerUid: 1-80 URL-safe characters. */
export function customerUidRule(p: ProblemList, path: string, uid: string): void {
  p.check(
    rule.CUSTOMER_UID_PATTERN.test(uid),
    path,
    "must be 1-80 characters of A-Z a-z 0-9 _ - . @",
  );
}

/** A merchantUid: 1-40 URL-safe characters. */
export function merchantUidRule(p: ProblemList, path: string, uid: string): void {
  p.check(
    rule.MERCHANT_UID_PATTERN.test(uid),
    path,
    "must be 1-40 characters of A-Z a-z 0-9 _ - . @",
  );
}

/** Exactly one of impUid and merchantUid, well-formed. */
export function paymentRefRule(
  p: ProblemList,
  impUid?: string | null,
  merchantUid?: string | null,
) {
  const hasImp = impUid !== undefined && impUid !== null;
  const hasMerchant = merchantUid !== undefined && merchantUid !== null;
  if (hasImp === hasMerchant) return p.add("impUid", "give exactly one of impUid and merchantUid");
  if (hasImp) p.check(/^[A-Za-z0-9_-]{1,64}$/.test(impUid), "impUid", "is not an i'mport imp_uid");
  else if (hasMerchant) merchantUidRule(p, "merchantUid", merchantUid);
}

/** The order fields of a charge or schedule (`prefix` ends with a dot when nested). */
export function orderRule(
  p: ProblemList,
  prefix: string,
  o: Pick<ChargeData, "merchantUid" | "amount" | "name" | "taxFree" | "customData">,
): void {
  merchantUidRule(p, `${prefix}merchantUid`, o.merchantUid);
  rule.integer(p, `${prefix}amount`, o.amount, 1, rule.MAX_AMOUNT);
  rule.text(p, `${prefix}name`, o.name?.trim(), 40, true);
  if (o.taxFree !== undefined && o.taxFree !== null)
    rule.integer(p, `${prefix}taxFree`, o.taxFree, 0, Math.max(0, o.amount));
  rule.text(p, `${prefix}customData`, o.customData, MAX_CUSTOM_DATA);
}

/** A card; returns its wire fields (number normalised), or null when the number is bad. */
export function cardRule(p: ProblemList, path: string, card: CardData, nowMs: number) {
  const number = rule.cardNumber(p, `${path}.number`, card.number);
  rule.expiry(p, `${path}.expiry`, card.expiry, nowMs);
  if (card.birth !== undefined && card.birth !== null) rule.birth(p, `${path}.birth`, card.birth);
  if (card.pinPrefix !== undefined && card.pinPrefix !== null)
    p.check(/^\d{2}$/.test(card.pinPrefix), `${path}.pinPrefix`, "must be the first 2 PIN digits");
  if (number === null) return null;
  return compact<WireCardFields>({
    card_number: number,
    expiry: card.expiry,
    birth: card.birth ?? undefined,
    pwd_2digit: card.pinPrefix ?? undefined,
  });
}

/** A key-in payment's buyer, with i'mport's buyer limits; returns the wire fields. */
export function buyerRule(p: ProblemList, path: string, c: CustomerData | null | undefined) {
  if (!c) return {};
  rule.text(p, `${path}.name`, c.name, 16);
  rule.text(p, `${path}.tel`, c.tel, 16);
  emailRule(p, `${path}.email`, c.email, 64);
  rule.text(p, `${path}.address`, c.address, 128);
  rule.text(p, `${path}.postcode`, c.postcode, 8);
  return compact<WireBuyerFields>({
    buyer_name: c.name ?? undefined,
    buyer_tel: c.tel ?? undefined,
    buyer_email: c.email ?? undefined,
    buyer_addr: c.address ?? undefined,
    buyer_postcode: c.postcode ?? undefined,
  });
}

/** An optional email address of at most `max` characters. */
export function emailRule(
  p: ProblemList,
  path: string,
  value: string | null | undefined,
  max: number,
) {
  rule.text(p, path, value, max);
  if (value) p.check(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value), path, "is not an email address");
}

/** Drops undefined, null and empty-string values (i'mport treats absent and empty alike). */
export function compact<T extends object>(value: { [K in keyof T]?: T[K] | null | "" }): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as T;
}
