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

/**
 * An append and its sequencing run in one call (see `Sequencer.append`): inserts the given
 * events as pending (cursor -id, in the arrays' order; an upstream id already stored is
 * skipped), then runs `korbill_sequence_events` in the same transaction, which takes the
 * sequencing lock and numbers every pending event it sees, these included. One round trip
 * and one commit instead of two of each; the lock is held only for the numbering and the
 * commit, as in a run of its own. Returns the numbered rows, each with `ord` (the 1-based
 * position in the arrays) when it is one of this call's events; an event of this call left
 * pending (more than `p_limit` were waiting before it) comes back with a null cursor and, as
 * `prev_cursor`, the highest cursor then (it will be numbered above it).
 */
const APPEND_EVENTS_FUNCTION = `
create or replace function korbill_append_events(p_stage text, p_limit integer,
  p_created bigint, p_topic text[], p_tenant text[], p_type text[], p_payload text[],
  p_upstream text[])
returns table(o_cursor bigint, o_topic text, o_tenant text, o_type text, o_payload text,
  o_upstream_id text, o_prev_cursor bigint, o_created_at bigint, o_pending_id bigint,
  o_ord bigint)
language plpgsql volatile as $$
declare
  ids bigint[];
  ords bigint[];
begin
  with v as materialized (
    select nextval(pg_get_serial_sequence('events', 'cursor')) as id, u.*
    from unnest(p_topic, p_tenant, p_type, p_payload, p_upstream) with ordinality
      as u(topic, tenant, type, payload, upstream_id, ord)
    order by u.ord
  ),
  ins as (
    insert into events ("cursor", pending_id, stage, topic, tenant, type, payload,
      upstream_id, prev_cursor, created_at)
    select -v.id, v.id, p_stage, v.topic, v.tenant, v.type, v.payload, v.upstream_id, 0,
      p_created from v order by v.id
    on conflict (stage, upstream_id) do nothing returning pending_id
  )
  select coalesce(array_agg(v.id order by v.ord), '{}'), coalesce(array_agg(v.ord order by v.ord), '{}')
    into ids, ords from v join ins on ins.pending_id = v.id;
  return query
    with s as materialized (select * from korbill_sequence_events(p_stage, p_limit))
    select s."cursor", s.topic, s.tenant, s.type, s.payload, s.upstream_id, s.prev_cursor,
      s.created_at, s.pending_id, m.ord
    from s left join unnest(ids, ords) as m(id, ord) on m.id = s.pending_id
    union all
    select null::bigint, null::text, null::text, null::text, null::text, null::text,
      (select coalesce(max(x."cursor"), 0) from events as x where x."cursor" > 0),
      null::bigint, m.id, m.ord
    from unnest(ids, ords) as m(id, ord) where m.id not in (select s.pending_id from s);
end
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
  {
    // An append without a state change and its sequencing run in one round trip and one
    // commit (see Sequencer.append).
    name: "core-events/0004-append-events-function",
    async up(db, engine) {
      if (engine === "postgres") await sql.raw(APPEND_EVENTS_FUNCTION).execute(db);
    },
  },
];
