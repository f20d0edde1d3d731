import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import pg from "pg";
import type { KorbillMigration } from "../db/migrations.js";
import { randomBytes } from "node:crypto";
import {
  TEST_POSTGRES_URL,
  dropTestSchemas,
  openTestDatabase,
  testEngines,
  testSchemaName,
} from "./databases.js";

const engines = await testEngines();

async function schemaExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const r = await client.query("select 1 from pg_namespace where nspname = $1", [name]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

describe.runIf(engines.includes("postgres"))("test databases on PostgreSQL", () => {
  it("give each open a schema of its own and drop it on dispose", async () => {
    const [a, b] = [await openTestDatabase("postgres", []), await openTestDatabase("postgres", [])];
    const schemaA = a.config.schema!;
    expect(schemaA).not.toBe(b.config.schema);
    expect(await schemaExists(schemaA)).toBe(true);
    await a.dispose();
    await b.dispose();
    expect(await schemaExists(schemaA)).toBe(false);
    expect(await schemaExists(b.config.schema!)).toBe(false);
  });

  it("leave no schema behind when a migration fails", async () => {
    let schema: string | undefined;
    const failing: KorbillMigration = {
      name: "testing/0001-fails",
      async up(db) {
        schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s;
        throw new Error("this migration fails");
      },
    };
    await expect(openTestDatabase("postgres", [failing])).rejects.toThrow("this migration fails");
    expect(schema).toMatch(/^t_/);
    expect(await schemaExists(schema!)).toBe(false);
  });

  it("name every schema of a file with one prefix, and drop them all when the file ends", async () => {
    const opened = await openTestDatabase("postgres", []); // a test that never disposes
    const handed = testSchemaName(); // one a gateway process creates by itself
    const [file] = opened.config.schema!.split(/_(?=[^_]+$)/);
    expect(handed.startsWith(`${file}_`)).toBe(true);
    const other = `t_${randomBytes(5).toString("hex")}_1`; // another file's
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`create schema ${handed}; create table ${handed}.x (id int)`);
      await admin.query(`create schema ${other}`);
      await opened.close();
      const dropped = await dropTestSchemas();
      expect(dropped.sort()).toEqual([opened.config.schema!, handed].sort());
      expect(await schemaExists(opened.config.schema!)).toBe(false);
      expect(await schemaExists(handed)).toBe(false);
      expect(await schemaExists(other)).toBe(true);
      // The next schema named belongs to a new prefix: nothing dropped is reused.
      expect(testSchemaName().startsWith(`${file}_`)).toBe(false);
    } finally {
      await admin.query(`drop schema if exists ${other} cascade`);
      await admin.end();
    }
  });
});
