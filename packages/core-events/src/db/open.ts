import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig, DatabaseEngine } from "./config.js";
import { type KorbillMigration, migrate } from "./migrations.js";

// bigint columns (bigserial cursors) come back as strings by default; they fit in a double here.
pg.types.setTypeParser(20, (v) => Number(v));

/** An open korbill database: one Kysely instance on SQLite or PostgreSQL. */
export interface KorbillDatabase {
  /** Untyped at this level: each package narrows it to its own tables. */
  db: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  engine: DatabaseEngine;
  config: DatabaseConfig;
  /** Migrations applied by this open call. */
  applied: string[];
  close(): Promise<void>;
}

/** Opens the database described by `config` and applies every pending migration. */
export async function openDatabase(
  config: DatabaseConfig,
  migrations: readonly KorbillMigration[],
): Promise<KorbillDatabase> {
  const db = config.engine === "sqlite" ? openSqlite(config.location) : await openPostgres(config);
  try {
    const applied = await migrate(db, config.engine, migrations);
    return { db, engine: config.engine, config, applied, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function openSqlite(location: string) {
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  const database = new SQLite(location);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  return new Kysely<unknown>({
    dialect: new SqliteDialect({ database }),
    plugins: [new CamelCasePlugin()],
  });
}

async function openPostgres(config: DatabaseConfig) {
  const schema = config.schema;
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${schema}`);
  }
  if (schema) {
    const boot = new pg.Client({ connectionString: config.location });
    await boot.connect();
    try {
      await boot.query(`create schema if not exists ${schema}`);
    } finally {
      await boot.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.location,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  await sql`select 1`.execute(db);
  return db;
}
