import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { BACKSTOP_AUTOCHECKPOINT_PAGES } from "./checkpointer.js";
import type { KorbillMigration } from "./migrations.js";
import { openDatabase } from "./open.js";

const blobs: KorbillMigration = {
  name: "test/0001-blobs",
  async up(db) {
    await db.schema
      .createTable("blobs")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("body", "text", (c) => c.notNull())
      .execute();
  },
};

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "korbill-ckpt-"));
  dirs.push(dir);
  return join(dir, "db.sqlite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const BODY = "x".repeat(4_000);
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}

describe("background WAL checkpoints (SQLite)", () => {
  it("copies committed pages into the database file from another thread", async () => {
    const file = tempFile();
    const opened = await openDatabase({ engine: "sqlite", location: file }, [blobs]);
    try {
      const { rows } = await sql<Record<string, number>>`pragma wal_autocheckpoint`.execute(
        opened.db,
      );
      expect(Object.values(rows[0] ?? {})).toEqual([BACKSTOP_AUTOCHECKPOINT_PAGES]);
      const before = sizeOf(file);
      // ~2 MB in 20 commits: far below the backstop, so only the worker checkpoints it.
      for (let t = 0; t < 20; t++) {
        await opened.db.transaction().execute(async (trx) => {
          for (let i = 0; i < 25; i++)
            await sql`insert into blobs (body) values (${BODY})`.execute(trx);
        });
      }
      expect(await until(() => sizeOf(file) > before + 1_500_000, 5_000)).toBe(true);
    } finally {
      await opened.close();
    }
    // Closed cleanly: the last connection checkpointed what was left and removed the WAL.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("(control) without it, the same writes stay in the WAL below the threshold", async () => {
    const file = tempFile();
    const db = new SQLite(file);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
      db.exec("create table blobs (id integer primary key, body text not null)");
      const before = sizeOf(file);
      const insert = db.prepare("insert into blobs (body) values (?)");
      for (let t = 0; t < 20; t++)
        db.transaction(() => {
          for (let i = 0; i < 25; i++) insert.run(BODY);
        })();
      expect(await until(() => sizeOf(file) > before + 1_500_000, 500)).toBe(false);
      expect(sizeOf(`${file}-wal`)).toBeGreaterThan(1_500_000);
    } finally {
      db.close();
    }
  });
});
