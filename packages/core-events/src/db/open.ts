import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig, DatabaseEngine } from "./config.js";
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startCheckpointer } from "./checkpointer.js";
import { type KorbillMigration, migrate } from "./migrations.js";
import { stderrReport } from "../report.js";
import { OwnSchemaPostgresDialect } from "./own-schema.js";

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

/** Options of `openDatabase` beyond the configuration. */
export interface OpenOptions {
  /**
   * Told when a pooled PostgreSQL connection is lost (a failover, a restart,
   * `pg_terminate_backend`); the pool replaces it, queries on it fail with an error that
   * `isDatabaseUnavailable` recognizes. Default: one JSON line on stderr.
   */
  onConnectionError?: (error: Error) => void;
}

/** Opens the database described by `config` and applies every pending migration. */
export async function openDatabase(
  config: DatabaseConfig,
  migrations: readonly KorbillMigration[],
  options: OpenOptions = {},
): Promise<KorbillDatabase> {
  const { db, checkpointer } =
    config.engine === "sqlite"
      ? openSqlite(config.location)
      : { db: await openPostgres(config, options), checkpointer: undefined };
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
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(oldestKey(statements));
      return statement;
    },
    close(): void {
      statements.clear();
      database.close();
    },
  };
}

async function openPostgres(config: DatabaseConfig, options: OpenOptions) {
  const schema = config.schema;
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name ${schema}`);
  }
  const settings = {
    connectionString: config.location,
    // Named in pg_stat_activity (a URL's own application_name wins), and a dead server or a
    // black-holed address fails a request after 5 s instead of hanging it.
    application_name: "korbill",
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  };
  try {
    if (schema) {
      const boot = new pg.Client(settings);
      await boot.connect();
      try {
        // Two instances starting at once both find the schema missing; the second's create
        // then fails on the catalog's unique index (23505) or as a duplicate (42P06).
        await boot.query(`create schema if not exists ${schema}`).catch((error: unknown) => {
          const code = (error as { code?: unknown }).code;
          if (code !== "23505" && code !== "42P06") throw error;
        });
      } finally {
        await boot.end();
      }
    }
    const pool = new pg.Pool({
      ...settings,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    watchConnections(pool, options.onConnectionError ?? reportConnectionError);
    const db = new Kysely<unknown>({
      dialect: new OwnSchemaPostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    await sql`select 1`.execute(db).catch(async (error: unknown) => {
      await db.destroy();
      throw error;
    });
    return db;
  } catch (error) {
    throw new Error(
      `cannot connect to ${describePostgres(config)}: ${(error as Error).message ?? String(error)}`,
      { cause: error },
    );
  }
}

/**
 * A lost connection emits 'error' on its client (and, while idle, on the pool); unheard, Node
 * turns that into an uncaught exception that ends the process. The pool drops such clients
 * and connects anew on demand; queries that were using one fail on their own.
 */
function watchConnections(pool: pg.Pool, onError: (error: Error) => void): void {
  pool.on("error", onError);
  pool.on("connect", (client) => client.on("error", () => undefined));
}

function reportConnectionError(error: Error): void {
  stderrReport("a PostgreSQL connection was lost; reconnecting", error);
}

/** Where a PostgreSQL URL points, without its password, naming where it came from. */
export function describePostgres(config: DatabaseConfig): string {
  const from = config.source ? ` (${config.source})` : "";
  try {
    const url = new URL(config.location);
    const database = url.pathname.replace(/^\//, "") || "(default database)";
    const user = url.username ? `, user ${decodeURIComponent(url.username)}` : "";
    return `PostgreSQL at ${url.hostname}:${url.port || "5432"}, database ${database}${user}${from}`;
  } catch {
    return `PostgreSQL${from}`;
  }
}

/** The first-inserted key of a non-empty map (the one a size-bounded cache evicts). */
function oldestKey<K>(map: ReadonlyMap<K, unknown>): K {
  for (const key of map.keys()) return key;
  throw new Error("internal: oldestKey of an empty map");
}
