import { korbillVitestConfig } from "../vitest.shared.js";

// Each quick scenario starts servers and child processes; give it room on a 2-core machine.
export default korbillVitestConfig({ testTimeout: 180_000 });
