import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Issue 20 point 1: every line the gateway writes is JSON from its logger (pino), passed down
 * to the packages as an `onError`/report option. Production code therefore never writes to
 * the console or to stdout/stderr itself, except the files below, each for a stated reason.
 */

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Files allowed to write to stdout/stderr directly, and why. */
const ALLOWED: Record<string, string> = {
  "apps/gateway/src/main.ts":
    "the local stage's banner (URLs, demo keys) on stdout for a person; logs stay JSON on stderr",
  "apps/gateway/src/cli.ts": "the `korbill keys` CLI: its results on stdout, its failure on stderr",
  "apps/gateway/src/emit-schema.ts": "build script: names the schema file it wrote",
  "apps/cli/src/main.ts": "the korbill CLI: progress and failures on stderr are its interface",
  "apps/cli/src/run.ts": "the korbill CLI: wires its output to stdout and stderr",
  "packages/sandbox/src/main.ts":
    "the standalone sandbox: its banner on stdout and why it could not start are its interface",
  "packages/sandbox/src/report.ts":
    "the sandbox's default report without a logger: one JSON line on stderr",
  "packages/core-events/src/report.ts":
    "core-events' default report without a logger: one JSON line on stderr",
  "packages/core-events/src/testing/databases.ts":
    "test support (@korbill/core-events/testing): tells the test run a database is missing",
  "packages/core-events/src/testing/redis.ts":
    "test support (@korbill/core-events/testing): tells the test run Redis is missing",
};

/** A console method (called or passed on), or a direct write to stdout/stderr. */
const WRITES = /\bconsole\s*\.\s*[a-z]+\b|\bprocess\s*\.\s*std(out|err)\s*\.\s*write\b/g;

/** Production sources: `.ts`/`.tsx` under `dir`, tests and their helpers left out. */
function sources(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules" && name !== "dist") out.push(...sources(path));
    } else if (/\.tsx?$/.test(name) && !/\.test(-helpers)?\.tsx?$/.test(name))
      out.push({ path: path.slice(ROOT.length), text: readFileSync(path, "utf8") });
  }
  return out;
}

/** The text without comments, so that prose naming `console.error` is no hit. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

function scanned(): { path: string; hits: string[] }[] {
  const dirs = [
    "apps/gateway/src",
    "apps/cli/src",
    ...readdirSync(join(ROOT, "packages")).map((p) => `packages/${p}/src`),
  ].filter((d) => {
    try {
      return statSync(join(ROOT, d)).isDirectory();
    } catch {
      return false;
    }
  });
  return dirs
    .flatMap((d) => sources(join(ROOT, d)))
    .map(({ path, text }) => ({ path, hits: [...code(text).matchAll(WRITES)].map((m) => m[0]) }));
}

describe("console output", () => {
  const files = scanned();

  it("scans every package's production sources", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path.startsWith("packages/core-events/src/events/"))).toBe(true);
  });

  it("is written only by the files allowed to, each for its reason", () => {
    const offenders = files
      .filter((f) => f.hits.length > 0 && !(f.path in ALLOWED))
      .map((f) => `${f.path}: ${f.hits.join(", ")}`);
    expect(offenders).toEqual([]);
  });

  it("names no file that no longer writes (the list stays exact)", () => {
    const stale = Object.keys(ALLOWED).filter(
      (path) => !files.some((f) => f.path === path && f.hits.length > 0),
    );
    expect(stale).toEqual([]);
  });
});
