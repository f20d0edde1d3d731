import { sql } from "kysely";
import type { KorbillMigration } from "../db/migrations.js";

/**
 * One sequencing run (see `Sequencer`): takes the schema's sequencing lock, then numbers the
 * stage's committed pending events (cursor < 0) after the table's highest cursor, in pending
 * id order, linking each to its topic's previous event. The lock has two int4 keys, a space
 * apart from single-bigint advisory locks (such as work claims keyed by one hash), so no
 * other lock can collide with it unless it also uses this pair. A VOLATILE SQL function runs each
 * statement with a fresh snapshot, so the numbering sees every run committed before the lock
 * was granted; the lock is held until the calling transaction commits.
 */
const SEQUENCE_EVENTS_FUNCTION = `
create or replace function korbill_sequence_events(p_stage text, p_limit integer)
returns setof events language sql volatile as $$
  select pg_advisory_xact_lock(hashtext('korbill:events:sequence'), hashtext(current_schema()));
  with p as (
    select "cursor" as pending, topic, row_number() over (order by "cursor" desc) as rn
    from events where stage = p_stage and "cursor" < 0 order by "cursor" desc limit p_limit
  ),
  b as (select coalesce(max("cursor"), 0) as top from events where "cursor" > 0),
  n as (
    select p.pending, p.topic, b.top + p.rn as cur,
      lag(b.top + p.rn) over (partition by p.topic order by p.rn) as prev
    from p cross join b
  )
  update events as e set "cursor" = n.cur, prev_cursor = coalesce(n.prev, (
    select coalesce(max(x."cursor"), 0) from events as x
    where x.stage = p_stage and x.topic = n.topic and x."cursor" > 0))
  from n where e."cursor" = n.pending
  returning e.*;
$$`;

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
    // (see EventLog and Sequencer); the id stays, so an append finds its events once numbered.
    name: "core-events/0003-events-pending-id",
    async up(db, engine) {
      await db.schema.alterTable("events").addColumn("pending_id", "bigint").execute();
      if (engine === "postgres") await sql.raw(SEQUENCE_EVENTS_FUNCTION).execute(db);
    },
  },
];
