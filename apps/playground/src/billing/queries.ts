/** The operations of the billing panel. */
export const ISSUE_KEY_MUTATION = `mutation IssueBillingKey($customerUid: String!, $card: CardInput!, $customer: CustomerInput) {
  issueBillingKey(customerUid: $customerUid, card: $card, customer: $customer) {
    customerUid cardNumber cardName pgProvider replaced updatedAt
  }
}`;

export const CHARGE_MUTATION = `mutation ChargeBillingKey($customerUid: String!, $merchantUid: String!, $amount: Int!, $name: String!) {
  chargeBillingKey(customerUid: $customerUid, merchantUid: $merchantUid, amount: $amount, name: $name) {
    impUid merchantUid status amount cardNumber failReason paidAt
  }
}`;

export const PAYMENT_EVENTS_SUBSCRIPTION = `subscription PaymentEvents($after: String) {
  paymentEvents(after: $after) { cursor type impUid merchantUid customerUid status amount failReason at }
}`;

/** A billing key as the panel shows it. */
export interface BillingKeyView {
  customerUid: string;
  cardNumber: string | null;
  cardName: string | null;
  pgProvider: string | null;
  replaced: boolean;
  updatedAt: string | null;
}

/** A payment as the panel shows it. */
export interface PaymentView {
  impUid: string;
  merchantUid: string;
  status: string;
  amount: number;
  cardNumber: string | null;
  failReason: string | null;
  paidAt: string | null;
}

/** A `paymentEvents` item. */
export interface PaymentEventView {
  cursor: string;
  type: string;
  impUid: string;
  merchantUid: string;
  customerUid: string | null;
  status: string;
  amount: number;
  failReason: string | null;
  at: string;
}
