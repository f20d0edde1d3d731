// Removes the previous run's vitest reports so the summary counts only this run.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { packageDirs } from "./package-dirs.mjs";

for (const dir of packageDirs()) rmSync(join(dir, "test-results", "vitest.json"), { force: true });
