import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig, DatabaseEngine } from "./config.js";
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startCheckpointer } from "./checkpointer.js";
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
  const { db, checkpointer } =
    config.engine === "sqlite"
      ? openSqlite(config.location)
      : { db: await openPostgres(config), checkpointer: undefined };
  const close = async () => {
    // The worker's connection first: the last connection to close checkpoints what is left.
    await checkpointer?.stop();
    await db.destroy();
  };
  try {
    const applied = await migrate(db, config.engine, migrations);
    return { db, engine: config.engine, config, applied, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function openSqlite(location: string) {
  const onDisk = location !== ":memory:";
  if (onDisk) mkdirSync(dirname(location), { recursive: true });
  const database = new SQLite(location);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  database.pragma("foreign_keys = ON");
  // Checkpoints happen on a worker thread (see checkpointer.ts); this connection only as a backstop.
  const checkpointer = onDisk ? startCheckpointer(location) : undefined;
  if (checkpointer) database.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  const db = new Kysely<unknown>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, checkpointer };
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
