import { korbillVitestConfig } from "../../vitest.shared.js";

export default korbillVitestConfig();
