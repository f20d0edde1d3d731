/**
 * What callers send, in korbill's terms (the GraphQL inputs implement these; scripts can build
 * them directly). Validation turns them into wire bodies.
 */

/** A card as typed by the customer. Only ever sent to i'mport. */
export interface CardData {
  /** 15 or 16 digits, dashes allowed. */
  number: string;
  /** `YYYY-MM`. */
  expiry: string;
  /** `YYMMDD`, or the 10-digit business registration number of a corporate card. */
  birth?: string | null;
  /** The first 2 digits of the card PIN. */
  pinPrefix?: string | null;
}

/** The card holder, stored by i'mport with a billing key or sent as the buyer of a charge. */
export interface CustomerData {
  name?: string | null;
  tel?: string | null;
  email?: string | null;
  address?: string | null;
  postcode?: string | null;
}

/** A charge of a stored billing key. */
export interface ChargeData {
  customerUid: string;
  merchantUid: string;
  amount: number;
  name: string;
  taxFree?: number | null;
  customData?: string | null;
}

/** A key-in charge, optionally saving the card as a billing key. */
export interface PayOnceData {
  merchantUid: string;
  amount: number;
  card: CardData;
  name: string;
  saveAsCustomerUid?: string | null;
  customer?: CustomerData | null;
  taxFree?: number | null;
  customData?: string | null;
}

/** One scheduled charge. */
export interface ScheduleData {
  merchantUid: string;
  /** ISO-8601 with an offset (`Z` or `+09:00`). */
  scheduleAt: string;
  amount: number;
  name: string;
}

/** A cancel of a whole payment or part of it; exactly one id. */
export interface CancelData {
  impUid?: string | null;
  merchantUid?: string | null;
  /** Omitted or 0: everything still refundable. */
  amount?: number | null;
  reason: string;
}

/** A window of a billing key's schedules. */
export interface ScheduleWindowData {
  /** ISO-8601 with an offset, inclusive. */
  from: string;
  /** ISO-8601 with an offset, exclusive; at most 90 days after `from`. */
  to: string;
  status?: "scheduled" | "executed" | "revoked" | null;
  page?: number | null;
}
