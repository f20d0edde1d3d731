import { korbillVitestConfig } from "../../vitest.shared.js";

// The browser test starts a gateway and Chromium and issues 100 receipts end to end.
export default korbillVitestConfig({ testTimeout: 120_000 });
