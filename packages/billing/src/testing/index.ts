/**
 * `@korbill/billing/testing`: a stateful fake i'mport transport, a harness that wires the billing
 * services over a test database, a test card (with the strings that must never be stored), and
 * the webhook body i'mport sends.
 */
export { FakeIamport } from "./fake-iamport.js";
export { CARD, CARD_SECRETS, type Harness, openHarness } from "./harness.js";
export { iamportWebhookBody } from "../webhooks.js";
