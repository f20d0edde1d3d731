import type { KorbillMigration } from "../db/migrations.js";

/** The event log and the worker leases. */
export const coreEventsMigrations: KorbillMigration[] = [
  {
    name: "core-events/0001-event-log",
    async up(db, engine) {
      await db.schema
        .createTable("events")
        .addColumn("cursor", engine === "postgres" ? "bigserial" : "integer", (c) => c.primaryKey())
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("topic", "text", (c) => c.notNull())
        .addColumn("tenant", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("upstream_id", "text")
        .addColumn("prev_cursor", "bigint", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addUniqueConstraint("events_stage_upstream_id", ["stage", "upstream_id"])
        .execute();
      await db.schema
        .createIndex("events_stage_topic_cursor")
        .on("events")
        .columns(["stage", "topic", "cursor"])
        .execute();
    },
  },
  {
    name: "core-events/0002-leases",
    async up(db) {
      await db.schema
        .createTable("leases")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .execute();
    },
  },
  {
    // PostgreSQL appends commit events as pending (cursor -id) and a sequencer numbers them
    // (see EventLog); the id stays, so an append finds its events once numbered.
    name: "core-events/0003-events-pending-id",
    async up(db) {
      await db.schema.alterTable("events").addColumn("pending_id", "bigint").execute();
    },
  },
];
