/**
 * `@korbill/cashbill/testing`: what other packages' tests may use to drive the cash-receipt
 * code without the network — a scripted POPBiLL transport, the byte-exact bulk vectors of
 * popbill.md §5.2, the header builder the webhook verifier accepts, and the demo receipts
 * (also on the browser-safe `@korbill/cashbill/demo` entry).
 */
export { fakePopbill } from "./fake-popbill.js";
export { BULK_BODY, BULK_DIGEST, CORP_NUM, NOW, vectorInputs, vectorWire } from "./vectors.js";
export { popbillWebhookHeaders } from "../webhooks.js";
export { DEMO_IDENTITY, type DemoCashbill, demoReceipt } from "./demo-receipt.js";
