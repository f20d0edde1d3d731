import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server tests use (trust auth on this machine). */
export const TEST_POSTGRES_URL =
  process.env.KORBILL_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * The PostgreSQL schemas of the test file running in this worker. Every schema a test names
 * (`testSchemaName`, `freshDatabaseConfig`, `openTestDatabase`) is `t_<file>_<n>`: one prefix
 * per test file, so the harness's `afterAll` (`setup.ts`, in every package's vitest config)
 * drops all of them when the file ends, whatever its tests left behind (a test that timed out
 * before its dispose, a gateway process that created its own). Kept on `globalThis`: the
 * setup file and the test file may load this module twice (source and `dist`).
 */
interface FileSchemas {
  prefix: string | null;
  count: number;
}

const FILE_SCHEMAS = Symbol.for("korbill.testing.fileSchemas");

function fileSchemas(): FileSchemas {
  const holder = globalThis as { [FILE_SCHEMAS]?: FileSchemas };
  return (holder[FILE_SCHEMAS] ??= { prefix: null, count: 0 });
}

/**
 * A PostgreSQL schema name no other test file uses, for a database this file creates
 * (`openTestDatabase`) or hands to a gateway (`KORBILL_DATABASE_SCHEMA`). The schema itself
 * is created by whoever opens it; the harness drops it at the end of the file.
 */
export function testSchemaName(): string {
  const file = fileSchemas();
  file.prefix ??= `t_${randomBytes(5).toString("hex")}`;
  return `${file.prefix}_${(++file.count).toString(36)}`;
}

/**
 * Drops every schema this test file named (see `testSchemaName`); the harness calls it after
 * each file. Returns the schemas dropped.
 */
export async function dropTestSchemas(): Promise<string[]> {
  const file = fileSchemas();
  const prefix = file.prefix;
  file.prefix = null;
  file.count = 0;
  if (prefix === null) return [];
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where starts_with(nspname, $1)",
      [`${prefix}_`],
    );
    for (const { name } of rows) await client.query(`drop schema if exists ${name} cascade`);
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}
