import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./cli.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "korbill-reset-"));
  dirs.push(dir);
  for (const name of ["korbill-local.db", "sandbox.sqlite", "sandbox.sqlite-wal", "keep.txt"])
    writeFileSync(join(dir, name), "x");
  return dir;
}

describe("korbill reset", () => {
  it("lists what it would delete and deletes nothing without --yes", async () => {
    const dir = dataDir();
    const lines: string[] = [];
    const code = await runCli(["reset"], (l) => lines.push(l), { KORBILL_DATA_DIR: dir });
    expect(code).toBe(2);
    expect(lines.join("\n")).toContain("sandbox.sqlite");
    expect(existsSync(join(dir, "sandbox.sqlite"))).toBe(true);
  });

  it("deletes the gateway database and the sandbox state with --yes, nothing else", async () => {
    const dir = dataDir();
    const code = await runCli(["reset", "--yes"], () => {}, { KORBILL_DATA_DIR: dir });
    expect(code).toBe(0);
    expect(existsSync(join(dir, "korbill-local.db"))).toBe(false);
    expect(existsSync(join(dir, "sandbox.sqlite"))).toBe(false);
    expect(existsSync(join(dir, "sandbox.sqlite-wal"))).toBe(false);
    expect(existsSync(join(dir, "keep.txt"))).toBe(true);
  });

  it("refuses outside the local stage", async () => {
    const dir = dataDir();
    const env = { KORBILL_DATA_DIR: dir, KORBILL_STAGE: "test" };
    expect(await runCli(["reset", "--yes"], () => {}, env)).toBe(2);
    expect(existsSync(join(dir, "korbill-local.db"))).toBe(true);
  });
});
