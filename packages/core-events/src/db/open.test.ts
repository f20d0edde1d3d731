import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import SQLite from "better-sqlite3";
import { databaseConfigFromUrl } from "./config.js";
import { withStatementCache } from "./open.js";
import type { KorbillMigration } from "./migrations.js";
import { openTestDatabase, testEngines } from "../testing/databases.js";

const notes: KorbillMigration = {
  name: "test/0001-notes",
  async up(db, engine) {
    await db.schema
      .createTable("notes")
      .addColumn("id", engine === "postgres" ? "bigserial" : "integer", (c) => c.primaryKey())
      .addColumn("body", "text", (c) => c.notNull())
      .execute();
  },
};
const tags: KorbillMigration = {
  name: "other/0001-tags",
  async up(db) {
    await db.schema
      .createTable("tags")
      .addColumn("name", "text", (c) => c.primaryKey())
      .execute();
  },
};

describe("databaseConfigFromUrl", () => {
  it("defaults to a per-stage SQLite file under the data directory", () => {
    const c = databaseConfigFromUrl(undefined, { dataDir: "/tmp/kb", stage: "local" });
    expect(c).toEqual({ engine: "sqlite", location: "/tmp/kb/korbill-local.db" });
  });
  it("selects PostgreSQL for postgres URLs", () => {
    const c = databaseConfigFromUrl("postgres://u@h/db", { dataDir: ".", stage: "test" });
    expect(c.engine).toBe("postgres");
  });
  it("refuses an unknown scheme with a clear message", () => {
    expect(() => databaseConfigFromUrl("mysql://x", { dataDir: ".", stage: "local" })).toThrow(
      /must start with postgres/,
    );
  });
});

for (const engine of await testEngines()) {
  describe(`openDatabase on ${engine}`, () => {
    it("applies migrations of several packages once", async () => {
      const first = await openTestDatabase(engine, [notes]);
      try {
        expect(first.applied).toEqual(["test/0001-notes"]);
        await first.db.insertInto("notes").values({ body: "hello" }).execute();
        const rows = await first.db.selectFrom("notes").selectAll().execute();
        expect(rows).toEqual([{ id: 1, body: "hello" }]);
      } finally {
        await first.dispose();
      }
    });

    it("migrates a second database beside a first one (PostgreSQL: another schema)", async () => {
      const first = await openTestDatabase(engine, [notes]);
      try {
        const second = await openTestDatabase(engine, [notes, tags]);
        expect(second.applied).toEqual(["other/0001-tags", "test/0001-notes"]);
        await second.dispose();
      } finally {
        await first.dispose();
      }
    });

    it("adds a later package's migration without reapplying earlier ones", async () => {
      const opened = await openTestDatabase(engine, [notes]);
      try {
        const { migrate } = await import("./migrations.js");
        const applied = await migrate(opened.db, engine, [notes, tags]);
        expect(applied).toEqual(["other/0001-tags"]);
        const r = await sql<{ n: number }>`select count(*) as n from tags`.execute(opened.db);
        expect(Number(r.rows[0]?.n)).toBe(0);
      } finally {
        await opened.dispose();
      }
    });

    it("names the migrations of a newer korbill instead of reporting corruption", async () => {
      const opened = await openTestDatabase(engine, [notes, tags]);
      try {
        const { migrate } = await import("./migrations.js");
        await expect(migrate(opened.db, engine, [notes])).rejects.toThrow(
          /^the database was migrated by a newer korbill: it has migration\(s\) other\/0001-tags that this version does not know/,
        );
      } finally {
        await opened.dispose();
      }
    });
  });
}

describe("withStatementCache", () => {
  it("prepares each SQL text once and never hands out a busy statement", () => {
    const database = new SQLite(":memory:");
    let prepared = 0;
    const prepare = database.prepare.bind(database);
    database.prepare = ((text: string) => {
      prepared++;
      return prepare(text);
    }) as typeof database.prepare;
    const cached = withStatementCache(database);
    cached.prepare("create table t (n integer)").run();
    const insert = cached.prepare("insert into t (n) values (?)");
    for (let i = 0; i < 10; i++)
      expect(cached.prepare("insert into t (n) values (?)")).toBe(insert);
    for (let i = 0; i < 10; i++) cached.prepare("insert into t (n) values (?)").run(i);
    expect(prepared).toBe(2);
    const select = cached.prepare("select n from t order by n");
    const rows = select.iterate();
    rows.next();
    const other = cached.prepare("select n from t order by n");
    expect(other).not.toBe(select);
    expect(other.all()).toHaveLength(10);
    rows.return?.();
    cached.close();
    expect(database.open).toBe(false);
  });
});
