import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";
import type { DatabaseEngine } from "./config.js";

/** A migration contributed by a package. Names are global: prefix them with the package. */
export interface KorbillMigration {
  /** e.g. `core-auth/0001-api-keys`; applied in name order. */
  name: string;
  up(db: Kysely<unknown>, engine: DatabaseEngine): Promise<void>;
  down?(db: Kysely<unknown>, engine: DatabaseEngine): Promise<void>;
}

class ListProvider implements MigrationProvider {
  constructor(
    private readonly list: readonly KorbillMigration[],
    private readonly engine: DatabaseEngine,
  ) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const m of this.list) {
      if (out[m.name]) throw new Error(`duplicate migration name ${m.name}`);
      const down = m.down;
      out[m.name] = {
        up: (db) => m.up(db, this.engine),
        ...(down ? { down: (db: Kysely<unknown>) => down(db, this.engine) } : {}),
      };
    }
    return out;
  }
}

/**
 * Applies every pending migration of every package. Packages add tables independently, so
 * migrations from different packages may interleave: unordered application is allowed.
 */
export async function migrate(
  db: Kysely<unknown>,
  engine: DatabaseEngine,
  migrations: readonly KorbillMigration[],
): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; with
  // several korbill schemas in one PostgreSQL database it would find another schema's.
  const schema =
    engine === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new ListProvider(migrations, engine),
    allowUnorderedMigrations: true,
    migrationTableName: "korbill_migrations",
    migrationLockTableName: "korbill_migrations_lock",
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  // The database's introspection sees only this schema (see own-schema.ts): other schemas
  // created and dropped meanwhile by other processes cannot fail it.
  const outcome = await migrator.migrateToLatest();
  const { error, results } = outcome;
  if (error) {
    const unknown = await unknownMigrations(db, schema, migrations, error);
    if (unknown.length) {
      throw new Error(
        `the database was migrated by a newer korbill: it has migration(s) ${unknown.join(", ")} ` +
          "that this version does not know; run the newer korbill (gateway and CLI alike)",
        { cause: error },
      );
    }
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Migrations recorded in the database that `migrations` lacks: a newer korbill applied them.
 * Kysely reports that as "corrupted migrations", which says nothing about what to do; only
 * after that error is the bookkeeping table read again, to name them.
 */
async function unknownMigrations(
  db: Kysely<unknown>,
  schema: string | undefined,
  migrations: readonly KorbillMigration[],
  error: unknown,
): Promise<string[]> {
  if (!String(error).includes("corrupted migrations")) return [];
  const known = new Set(migrations.map((m) => m.name));
  const table = schema ? db.withSchema(schema) : db;
  const rows = await (table as Kysely<{ korbill_migrations: { name: string } }>)
    .selectFrom("korbill_migrations")
    .select("name")
    .execute()
    .catch(() => []);
  return rows.map((r) => r.name).filter((name) => !known.has(name));
}
