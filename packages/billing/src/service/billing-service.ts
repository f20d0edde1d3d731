import type { BillingDeps } from "./deps.js";
import type {
  CancelData,
  CardData,
  ChargeData,
  CustomerData,
  PayOnceData,
  ScheduleData,
  ScheduleWindowData,
} from "../map/inputs.js";
import type { Owner } from "../store/store.js";
import * as charges from "./charges.js";
import * as keys from "./keys.js";
import * as payments from "./payments.js";
import * as schedules from "./schedules.js";

/**
 * Billing as one member business may use it: every operation validates first (nothing is
 * sent on BAD_USER_INPUT), checks that the billing key or payment is the member's (NOT_FOUND
 * otherwise, as if it did not exist), records orders before charging, and logs outcomes.
 * `owner.corpNum` is the member the call acts for, `owner.keyId` the API key (for audit).
 */
export class BillingService {
  constructor(readonly deps: BillingDeps) {}

  /** Issues or replaces a billing key; see {@link keys.issueBillingKey}. */
  issueBillingKey(
    owner: Owner,
    customerUid: string,
    card: CardData,
    customer?: CustomerData | null,
  ) {
    return keys.issueBillingKey(this.deps, owner, customerUid, card, customer);
  }

  /** The member's billing key, refreshed from i'mport. */
  getBillingKey(owner: Owner, customerUid: string) {
    return keys.getBillingKey(this.deps, owner.corpNum, customerUid);
  }

  /** The member's billing keys (store only). */
  listBillingKeys(owner: Owner, page: number, perPage: number) {
    return keys.listBillingKeys(this.deps, owner.corpNum, page, perPage);
  }

  /** Revokes pending schedules, then deletes the key. */
  deleteBillingKey(owner: Owner, customerUid: string, reason?: string | null) {
    return keys.deleteBillingKey(this.deps, owner.corpNum, customerUid, reason);
  }

  /** Charges a billing key. */
  chargeBillingKey(owner: Owner, input: ChargeData) {
    return charges.chargeBillingKey(this.deps, owner, input);
  }

  /** Key-in charge, optionally saving the card. */
  payOnce(owner: Owner, input: PayOnceData) {
    return charges.payOnce(this.deps, owner, input);
  }

  /** Schedules charges of a billing key. */
  schedulePayments(owner: Owner, customerUid: string, items: ScheduleData[]) {
    return schedules.schedulePayments(this.deps, owner, customerUid, items);
  }

  /** Revokes schedules of a billing key. */
  unschedulePayments(owner: Owner, customerUid: string, merchantUids?: string[] | null) {
    return schedules.unschedulePayments(this.deps, owner, customerUid, merchantUids);
  }

  /** A billing key's schedules in a window. */
  billingKeySchedules(owner: Owner, customerUid: string, window: ScheduleWindowData) {
    return schedules.billingKeySchedules(this.deps, owner.corpNum, customerUid, window);
  }

  /** A billing key's payments. */
  billingKeyPayments(owner: Owner, customerUid: string, page: number) {
    return payments.billingKeyPayments(this.deps, owner.corpNum, customerUid, page);
  }

  /** One of the member's payments by imp_uid or merchant_uid. */
  getPayment(owner: Owner, ref: payments.PaymentRef) {
    return payments.getPayment(this.deps, owner.corpNum, ref);
  }

  /** Cancels all or part of a payment. */
  cancelPayment(owner: Owner, input: CancelData) {
    return payments.cancelPayment(this.deps, owner, input);
  }
}
