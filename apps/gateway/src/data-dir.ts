import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Creates the data directory if needed and checks it is a writable directory, so a bad
 * setting fails at once with a message naming it (before anything else starts).
 */
export function prepareDataDir(dir: string, variable = "KORBILL_DATA_DIR"): void {
  const path = resolve(dir);
  try {
    makeDirectories(path);
    if (!statSync(path).isDirectory()) throw new Error("not a directory");
    accessSync(path, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${variable} ${path} is not a writable directory: ${reason}`, {
      cause: error,
    });
  }
}

/**
 * `mkdir -p` by hand: Node 20's `mkdirSync(…, { recursive: true })` loops for ever when mkdir
 * answers ENOENT under a parent that exists (as under /proc), which hung the gateway silently.
 */
function makeDirectories(path: string): void {
  const missing: string[] = [];
  for (let current = path; !existsSync(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const dir of missing) mkdirSync(dir);
}
