// Removes the previous run's vitest reports so the summary counts only this run.
import { rmSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

for (const group of ["apps", "packages", "bench"]) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group))
    rmSync(join(group, name, "test-results"), { recursive: true, force: true });
}
