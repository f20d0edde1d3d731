// Sums the vitest JSON reports of every package into one closing line.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDirs } from "./package-dirs.mjs";

let passed = 0;
let failed = 0;
let skipped = 0;
let files = 0;
for (const dir of packageDirs()) {
  const report = join(dir, "test-results", "vitest.json");
  if (!existsSync(report)) continue;
  const r = JSON.parse(readFileSync(report, "utf8"));
  files++;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
if (files === 0) {
  console.error("no vitest reports found");
  process.exit(1);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
