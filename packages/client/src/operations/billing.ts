import { graphql } from "../generated/gql.js";

/** Registers a card with i'mport as a billing key under `customerUid` (replaces its card). */
export const IssueBillingKeyDocument = graphql(`
  mutation IssueBillingKey(
    $customerUid: String!
    $card: CardInput!
    $customer: CustomerInput
    $corpNum: String
  ) {
    issueBillingKey(
      customerUid: $customerUid
      card: $card
      customer: $customer
      corpNum: $corpNum
    ) {
      customerUid
      cardName
      cardNumber
      cardCode
      issuer
      pgProvider
      insertedAt
      updatedAt
      replaced
      replacementCount
    }
  }
`);

/** Charges a billing key now; a declined card is a FAILED payment, not an error. */
export const ChargeBillingKeyDocument = graphql(`
  mutation ChargeBillingKey(
    $customerUid: String!
    $merchantUid: String!
    $amount: Int!
    $name: String!
    $taxFree: Int
    $customData: String
    $corpNum: String
  ) {
    chargeBillingKey(
      customerUid: $customerUid
      merchantUid: $merchantUid
      amount: $amount
      name: $name
      taxFree: $taxFree
      customData: $customData
      corpNum: $corpNum
    ) {
      impUid
      merchantUid
      customerUid
      amount
      cancelAmount
      currency
      status
      paidAt
      failedAt
      failReason
      cardName
      cardNumber
      receiptUrl
    }
  }
`);

/** Verified payment outcomes (PAID, FAILED, CANCELLED, SCHEDULED_EXECUTED); resumable. */
export const PaymentEventsDocument = graphql(`
  subscription PaymentEvents($after: String, $customerUid: String, $corpNum: String) {
    paymentEvents(after: $after, customerUid: $customerUid, corpNum: $corpNum) {
      cursor
      type
      status
      impUid
      merchantUid
      customerUid
      amount
      cancelAmount
      failReason
      at
    }
  }
`);
