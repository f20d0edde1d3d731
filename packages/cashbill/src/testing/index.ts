// Browser-safe: the playground bundles this entry. Keep Node-only helpers out of it.
export { DEMO_IDENTITY, type DemoCashbill, demoReceipt } from "./demo-receipt.js";
