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
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new CamelCasePlugin()],
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew; korbill's hot paths (webhooks, event
 * appends, receipt updates) run the same few SQL texts thousands of times, and preparing was
 * a tenth of the gateway's CPU in the bulk benchmark. This keeps prepared statements by SQL
 * text (a bounded LRU); a statement still busy (an open iterator) is never handed out twice.
 */
export function withStatementCache(database: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SQLite.Statement {
      let statement = statements.get(sql);
      if (statement && !statement.busy) {
        statements.delete(sql);
        statements.set(sql, statement);
        return statement;
      }
      statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENT_CACHE_SIZE)
        statements.delete(statements.keys().next().value!);
      return statement;
    },
    close(): void {
      statements.clear();
      database.close();
    },
  };
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
