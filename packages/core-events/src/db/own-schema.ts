import {
  type DatabaseIntrospector,
  type DialectAdapter,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SchemaMetadata,
  type TableMetadata,
  sql,
} from "kysely";

/**
 * Kysely's PostgreSQL dialect, except that introspection sees only the current schema.
 *
 * Kysely's migrator asks whether its bookkeeping tables exist by listing every column of
 * every table of every schema of the database, calling `has_schema_privilege(schema)` and
 * `pg_get_serial_sequence('schema.table', column)` on each row. Those functions look names up
 * in the newest catalog while the listing reads an older one, so a schema or table that
 * another process drops meanwhile fails the listing: "schema ... does not exist" (3F000) or
 * `relation "t_....cashbill_receipts" does not exist` (42P01), naming someone else's table.
 * Several korbill schemas share one database (parallel tests, or several deployments), so
 * korbill only ever looks at its own: the schema the connections' search_path points at.
 *
 * For the same reason its migration lock is per schema: Kysely's is one advisory lock for
 * the whole database, so a slow migration of one schema held up every other schema's (test
 * files waiting on one another's migrations); instances that share a schema still take turns.
 */
export class OwnSchemaPostgresDialect extends PostgresDialect {
  override createAdapter(): DialectAdapter {
    return new OwnSchemaPostgresAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new OwnSchemaIntrospector(db);
  }
}

/** Kysely's PostgreSQL adapter, with a migration lock of the current schema only. */
class OwnSchemaPostgresAdapter extends PostgresAdapter {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async acquireMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`select pg_advisory_lock(${migrationLockId})`.execute(db);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async releaseMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`select pg_advisory_unlock(${migrationLockId})`.execute(db);
  }
}

/** The advisory lock id of the current schema's migrations (64 bits, as the server hashes). */
const migrationLockId = sql`hashtextextended('korbill_migrations:' || current_schema(), 0)`;

interface ColumnRow {
  column: string;
  not_null: boolean;
  has_default: boolean;
  table: string;
  table_type: string;
  schema: string;
  type: string;
  type_schema: string;
  column_description: string | null;
  auto_incrementing: string | null;
}

/** Kysely's PostgresIntrospector restricted to `current_schema()`. */
class OwnSchemaIntrospector implements DatabaseIntrospector {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(private readonly db: Kysely<any>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`
      select nspname as name from pg_catalog.pg_namespace
      where nspname = current_schema()`.execute(this.db);
    return rows.map((r) => ({ name: r.name }));
  }

  async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    // The migrator names its tables itself (korbill_migrations*); they are always listed.
    void options;
    const { rows } = await sql<ColumnRow>`
      select a.attname as column, a.attnotnull as not_null, a.atthasdef as has_default,
             c.relname as table, c.relkind as table_type, ns.nspname as schema,
             typ.typname as type, dtns.nspname as type_schema,
             col_description(a.attrelid, a.attnum) as column_description,
             pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname),
                                    a.attname) as auto_incrementing
      from pg_catalog.pg_attribute a
      join pg_catalog.pg_class c on a.attrelid = c.oid
      join pg_catalog.pg_namespace ns on c.relnamespace = ns.oid
      join pg_catalog.pg_type typ on a.atttypid = typ.oid
      join pg_catalog.pg_namespace dtns on typ.typnamespace = dtns.oid
      where ns.nspname = current_schema()
        and c.relkind in ('r', 'v', 'p')
        and a.attnum >= 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(this.db);
    const tables = new Map<string, TableMetadata>();
    for (const row of rows) {
      let table = tables.get(row.table);
      if (!table) {
        table = {
          name: row.table,
          schema: row.schema,
          isView: row.table_type === "v",
          columns: [],
        };
        tables.set(row.table, table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.type,
        dataTypeSchema: row.type_schema,
        hasDefaultValue: row.has_default,
        isAutoIncrementing: row.auto_incrementing !== null,
        isNullable: !row.not_null,
        ...(row.column_description === null ? {} : { comment: row.column_description }),
      });
    }
    return [...tables.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}
