import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseConfig, DatabaseEngine } from "../db/config.js";
import { type KorbillDatabase, openDatabase } from "../db/open.js";
import type { KorbillMigration } from "../db/migrations.js";
import { TEST_POSTGRES_URL, testSchemaName } from "./schemas.js";

export { TEST_POSTGRES_URL, dropTestSchemas, testSchemaName } from "./schemas.js";

/** The Redis server tests use. */
export const TEST_REDIS_URL = process.env.KORBILL_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Engines the database tests run on: SQLite always, PostgreSQL when the server answers.
 * Under `CI=true` a missing PostgreSQL server is an error, never a silent skip.
 */
export async function testEngines(): Promise<DatabaseEngine[]> {
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.end();
    return ["sqlite", "postgres"];
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(
        `PostgreSQL is required under CI=true but ${TEST_POSTGRES_URL} failed: ${String(error)}`,
      );
    }
    console.warn(
      `PostgreSQL tests skipped: ${TEST_POSTGRES_URL} is not reachable (${String(error)})`,
    );
    return ["sqlite"];
  }
}

/** A fresh, isolated database config: a temp SQLite file or a new PostgreSQL schema. */
export function freshDatabaseConfig(engine: DatabaseEngine): DatabaseConfig {
  return engine === "sqlite"
    ? { engine, location: join(tmpdir(), `korbill-test-${randomBytes(6).toString("hex")}.db`) }
    : { engine, location: TEST_POSTGRES_URL, schema: testSchemaName() };
}

/**
 * Opens a fresh database; `dispose()` closes it and removes it (the SQLite file, or the
 * PostgreSQL schema).
 */
export async function openTestDatabase(
  engine: DatabaseEngine,
  migrations: readonly KorbillMigration[],
): Promise<KorbillDatabase & { dispose(): Promise<void> }> {
  const config = freshDatabaseConfig(engine);
  // A failed open (a migration under test that throws) leaves nothing behind either.
  const opened = await openDatabase(config, migrations).catch(async (error: unknown) => {
    await removeDatabase(config).catch(() => undefined);
    throw error;
  });
  return {
    ...opened,
    dispose: async () => {
      await opened.close();
      await removeDatabase(opened.config);
    },
  };
}

async function removeDatabase(config: DatabaseConfig): Promise<void> {
  if (config.engine === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(config.location + suffix, { force: true });
  } else if (config.schema) {
    const client = new pg.Client({ connectionString: config.location });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${config.schema} cascade`);
    } finally {
      await client.end();
    }
  }
}
