import { korbillVitestConfig } from "../../vitest.shared.js";

export default korbillVitestConfig({ testTimeout: 60_000 });
