import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig } from "./config.js";
import { SANDBOX_STATE_FILE } from "./local-sandbox.js";

/**
 * `korbill reset --yes`: deletes the local stage's data on purpose — the gateway's SQLite
 * database and the embedded sandbox's state in `KORBILL_DATA_DIR` — so the next start begins
 * from the demo seed. Stop the gateway first. Refuses outside the local stage and for a
 * PostgreSQL database (drop its schema yourself). Returns the exit code.
 */
export function runReset(
  yes: boolean,
  out: (line: string) => void,
  env: Record<string, string | undefined>,
): number {
  const config = loadConfig(env, { requireUpstream: false });
  if (config.stage !== "local") {
    out(`korbill reset only resets the local stage (KORBILL_STAGE is ${config.stage})`);
    return 2;
  }
  if (config.databaseUrl) {
    out("korbill reset deletes SQLite files only: KORBILL_DATABASE_URL is set");
    return 2;
  }
  const dir = resolve(config.dataDir);
  const files = [`korbill-${config.stage}.db`, SANDBOX_STATE_FILE].flatMap((name) =>
    ["", "-wal", "-shm", "-journal"].map((suffix) => join(dir, name + suffix)),
  );
  const present = files.filter((file) => existsSync(file));
  if (!yes) {
    out(`korbill reset deletes the local stage's data in ${dir} (stop the gateway first):`);
    for (const file of present) out(`  ${file}`);
    out("run it again with --yes to delete them");
    return 2;
  }
  for (const file of present) rmSync(file, { force: true });
  out(`reset: deleted ${present.length} file(s) in ${dir}; the next start begins from the seed`);
  return 0;
}
