import type { KorbillMigration } from "@korbill/core-events";

/**
 * Tables for korbill API keys. Only a SHA-256 hash of each key is stored. The names keep the
 * `core-auth/` prefix of the package that first shipped them: databases record applied
 * migrations by name.
 */
export const apiKeyMigrations: KorbillMigration[] = [
  {
    name: "core-auth/0001-api-keys",
    async up(db) {
      await db.schema
        .createTable("api_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key_hash", "text", (c) => c.notNull().unique())
        .addColumn("key_prefix", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("corp_nums", "text", (c) => c.notNull())
        .addColumn("user_id", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
    },
  },
  {
    // Per-key rate limits (`korbill keys limit`); NULL = the key kind's default.
    name: "core-auth/0002-api-key-limits",
    async up(db) {
      for (const column of ["ops_per_second", "ops_burst", "upstream_per_second", "upstream_burst"])
        await db.schema.alterTable("api_keys").addColumn(column, "integer").execute();
    },
  },
];
