import { type Kysely, type Transaction, sql } from "kysely";
import { executeCached, insertRows } from "../db/insert-rows.js";
import type { KorbillDatabase } from "../db/open.js";
import type { EventBus } from "../pubsub/bus.js";
import { type ErrorReport, stderrReport } from "../report.js";
import { type EventsTable, SELECT_EVENT, toStored } from "./rows.js";
import { type Pending, Sequencer, withDeadlockRetry } from "./sequencer.js";
import { type NewEvent, type StoredEvent, channelFor } from "./types.js";
import { at } from "./at.js";

interface Tables {
  events: Omit<EventsTable, "cursor"> & { cursor?: number };
}

/** The events table's columns as stored, in the order `insertBatch` gives values. */
const EVENT_COLUMNS = [
  "cursor",
  "stage",
  "topic",
  "tenant",
  "type",
  "payload",
  "upstream_id",
  "prev_cursor",
  "created_at",
] as const;

/** Rows per pending insert (5 parameters each). */
const PENDING_CHUNK = 200;

/** Events whose upstream id comes again within one append are stored once, the first. */
function dedupe<P>(events: NewEvent<P>[]): NewEvent<P>[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (!e.upstreamId) return true;
    if (seen.has(e.upstreamId)) return false;
    seen.add(e.upstreamId);
    return true;
  });
}

/** Batches of at least this many events are inserted with one statement. */
const BATCH_FROM = 4;

/** Filter for reading history. */
export interface ReadFilter {
  topic: string;
  /** Only events after this cursor (exclusive). */
  after: number;
  /** Only events before this cursor (exclusive). */
  before?: number;
  limit?: number;
}

/**
 * The durable event log of one stage. `append` stores an event under the next cursor and
 * publishes it after commit (a failed publish never fails the append); an event whose upstream
 * id is already stored is neither stored nor published again. Within a topic, cursors increase
 * in the order events become visible, and each event records its topic predecessor so live
 * readers detect gaps.
 *
 * On PostgreSQL, appends from any number of connections and instances run side by side: an
 * append commits its events (with the state change they report) as *pending*, under a
 * negative cursor no reader asks for; then a {@link Sequencer} gives every committed pending
 * event its cursor in one short statement, holding the schema's sequencing lock only for
 * that statement and its commit. A reader that has seen cursor c can therefore never later
 * find an event committed with a smaller cursor (the sequence-gap problem of cursors taken
 * before commit): cursors are only handed out to what is already committed, by one
 * sequencer at a time. One sequencing run covers every append committed before it began,
 * so under load many appends share one run. An append without a state change does not
 * commit on its own: the next run of its instance inserts it as pending and numbers it in
 * one transaction (one round trip and one commit for all the appends queued meanwhile). An append resolves once its events are numbered and published. If
 * the sequencing run fails after the commit (the database went away), the append rejects
 * although its events are stored: they are numbered by a retry a second later, by the next
 * append of the stage (a duplicate of them included) or when an instance starts.
 * On SQLite (one writer) an append takes its cursors directly.
 */
export class EventLog {
  private readonly db: Kysely<Tables>;
  private readonly sequencer: Sequencer | null;

  constructor(
    private readonly database: KorbillDatabase,
    readonly stage: string,
    readonly bus: EventBus,
    private readonly now: () => number = Date.now,
    /** Told about failures the log recovers from (the gateway's logger). */
    private readonly report: ErrorReport = stderrReport,
  ) {
    this.db = database.db as Kysely<Tables>;
    this.sequencer =
      database.engine === "postgres"
        ? new Sequencer(database.db as Kysely<unknown>, stage, (channel, events) =>
            this.ring(channel, events),
          )
        : null;
    // Events an instance committed but did not live to sequence get their cursors now.
    this.sequencer?.sequence().catch((error: unknown) => {
      if (!/pool after calling end|destroyed/i.test(String(error)))
        this.report("sequencing pending events at start failed", error);
    });
  }

  /** Appends one event; returns it stored, or null if its upstream id was seen before. */
  async append<P>(event: NewEvent<P>): Promise<StoredEvent<P> | null> {
    const [stored] = await this.appendMany([event]);
    return stored ?? null;
  }

  /**
   * Appends events of one topic in one transaction (a bulk's 100 results at once); returns
   * those stored, skipping duplicates, and publishes them after commit. `also` runs in the
   * same transaction after the inserts (the state change the events report), so events and
   * state commit together or not at all.
   */
  async appendMany<P>(
    events: NewEvent<P>[],
    also?: (db: Kysely<unknown>) => Promise<void>,
  ): Promise<StoredEvent<P>[]> {
    if (events.length === 0) {
      if (also)
        await this.db.transaction().execute((trx) => also(trx as unknown as Kysely<unknown>));
      return [];
    }
    const topic = at(events, 0).topic;
    if (events.some((e) => e.topic !== topic))
      throw new Error("appendMany takes events of one topic");
    if (this.sequencer) return this.appendPending(this.sequencer, events, also);
    const stored = await this.db.transaction().execute(async (trx) => {
      let prev = await this.latestIn(trx, topic);
      let out: StoredEvent<P>[] = [];
      if (events.length >= BATCH_FROM) out = await this.insertBatch(trx, events, prev);
      else {
        for (const event of events) {
          const row = await this.insert(trx, event, prev);
          if (!row) continue;
          out.push(row);
          prev = row.cursor;
        }
      }
      if (also) await also(trx as unknown as Kysely<unknown>);
      return out;
    });
    await this.ring(channelFor(this.stage, topic), stored);
    return stored;
  }

  /**
   * PostgreSQL: with a state change, commits the events as pending with it (no lock:
   * concurrent appends to one topic do not wait for each other), then waits for a
   * sequencing run that began after the commit, which gives them their cursors and publishes
   * them. Without one, the next sequencing run inserts them itself, in its own transaction.
   */
  private async appendPending<P>(
    sequencer: Sequencer,
    events: NewEvent<P>[],
    also?: (db: Kysely<unknown>) => Promise<void>,
  ): Promise<StoredEvent<P>[]> {
    const fresh = dedupe(events);
    let pending: Pending[];
    let sequenced: Map<number, StoredEvent>;
    if (!also) {
      // Inserted by the next sequencing run itself, with the other appends queued meanwhile.
      ({ pending, sequenced } = await sequencer.append(fresh, this.now()));
    } else {
      pending = await withDeadlockRetry(() =>
        this.db.transaction().execute(async (trx) => {
          const createdAt = this.now();
          const out: Pending[] = [];
          for (let i = 0; i < fresh.length; i += PENDING_CHUNK) {
            const chunk = fresh.slice(i, i + PENDING_CHUNK);
            for (const p of await this.insertPending(trx, chunk, createdAt))
              out.push({ ...p, index: p.index + i });
          }
          await also(trx as unknown as Kysely<unknown>);
          return out;
        }),
      );
      // Even when every event was a duplicate: the first copy may be pending still, left by
      // an instance that died between its commit and its sequencing run.
      sequenced = await sequencer.sequence();
    }
    if (pending.length === 0) return [];
    const ids = pending.map((p) => p.pendingId);
    let missing = ids.filter((id) => !sequenced.has(id));
    const found = new Map<number, StoredEvent>();
    if (missing.length > 0) {
      // Another instance's run sequenced them first (and published them).
      const after = Math.min(...pending.map((p) => p.topBefore));
      for (const row of await this.readSequenced(after, missing))
        found.set(row.pendingId, row.event);
      missing = missing.filter((id) => !found.has(id));
      if (missing.length > 0)
        throw new Error(`events ${missing.join(", ")} were committed but not sequenced`);
    }
    return pending
      .map((p) => {
        const row = sequenced.get(p.pendingId) ?? found.get(p.pendingId);
        if (!row) throw new Error(`internal: pending event ${p.pendingId} has no row`);
        return { ...row, payload: at(fresh, p.index).payload };
      })
      .sort((a, b) => a.cursor - b.cursor);
  }

  /**
   * Inserts events as pending: cursor `-id` (readers ask for cursors above 0) with `id` from
   * the events' sequence, in the order given; an upstream id already stored is skipped, also
   * when another transaction stores it meanwhile (the insert waits for it to end). Returns
   * each stored event's index in `events`, its pending id and the table's highest cursor
   * before it (sequencing numbers above it: where to find the event once numbered).
   */
  private async insertPending(
    trx: Kysely<Tables> | Transaction<Tables>,
    events: NewEvent<unknown>[],
    createdAt: number,
  ): Promise<Pending[]> {
    const parameters: unknown[] = [this.stage, createdAt];
    for (const e of events)
      parameters.push(e.topic, e.tenant, e.type, JSON.stringify(e.payload), e.upstreamId ?? null);
    const rows = await executeCached<{
      pendingId: number | string;
      upstreamId: string | null;
      top: number | string;
    }>(trx, `events.insertPending|${events.length}`, parameters, (p) => {
      const stage = p();
      const created = p();
      const values = events
        .map(
          (_, i) => `(${i}, ${p()}::text, ${p()}::text, ${p()}::text, ${p()}::text, ${p()}::text)`,
        )
        .join(", ");
      return (
        `with "top" as (select coalesce(max("cursor"), 0) as "top" from "events" where "cursor" > 0), ` +
        `"v" as (select nextval(pg_get_serial_sequence('events', 'cursor')) as "id", "v".* ` +
        `from (values ${values}) as "v"("i", "topic", "tenant", "type", "payload", "upstream_id") order by "v"."i"), ` +
        `"ins" as (insert into "events" ("cursor", "pending_id", "stage", "topic", "tenant", "type", ` +
        `"payload", "upstream_id", "prev_cursor", "created_at") ` +
        `select -"v"."id", "v"."id", ${stage}, "v"."topic", "v"."tenant", "v"."type", "v"."payload", ` +
        `"v"."upstream_id", 0, ${created}::bigint from "v" order by "v"."id" ` +
        `on conflict ("stage", "upstream_id") do nothing returning "pending_id", "upstream_id") ` +
        `select "ins"."pending_id" as "pendingId", "ins"."upstream_id" as "upstreamId", "top"."top" ` +
        `from "ins", "top" order by "ins"."pending_id"`
      );
    });
    // Rows come back in insertion order; an event missing from them was a duplicate.
    const stored = new Set(rows.map((r) => r.upstreamId));
    const indexes = events.flatMap((e, i) =>
      !e.upstreamId || stored.has(e.upstreamId) ? [i] : [],
    );
    return rows.map((r, k) => ({
      index: at(indexes, k),
      pendingId: Number(r.pendingId),
      topBefore: Number(r.top),
    }));
  }

  /** The events among the given pending ids, once numbered (above `after`). */
  private async readSequenced(
    after: number,
    pendingIds: number[],
  ): Promise<{ pendingId: number; event: StoredEvent }[]> {
    const r = await sql<EventsTable & { pendingId: number | null }>`
      select ${sql.raw(SELECT_EVENT)}, "pending_id" as "pendingId" from "events" where "stage" = ${this.stage}
        and "cursor" > ${after} and "pending_id" = any(${pendingIds}::bigint[])`.execute(this.db);
    return r.rows.map((row) => ({ pendingId: Number(row.pendingId), event: toStored(row) }));
  }

  /**
   * Publishes what was committed, as one message. The log is the truth and the bus only a
   * doorbell: whatever the bus does, the caller's committed write stands (subscribers that
   * miss the doorbell read the log when the bus is back).
   */
  private async ring(channel: string, stored: StoredEvent[]): Promise<void> {
    if (stored.length === 0) return;
    try {
      await this.bus.publishMany(channel, stored);
    } catch (error) {
      this.report(`publishing ${stored.length} events on ${channel} failed`, error);
    }
  }

  /** Events of a topic after a cursor, in cursor order. */
  async read(filter: ReadFilter): Promise<StoredEvent[]> {
    let q = this.db
      .selectFrom("events")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("topic", "=", filter.topic)
      .where("cursor", ">", filter.after);
    if (filter.before !== undefined) q = q.where("cursor", "<", filter.before);
    const rows = await q
      .orderBy("cursor", "asc")
      .limit(filter.limit ?? 500)
      .execute();
    return rows.map((r) => toStored(r as EventsTable));
  }

  /** The newest cursor of a topic (0 when empty). */
  latestCursor(topic: string): Promise<number> {
    return this.latestIn(this.db, topic);
  }

  // This and the other statements of an append run once per bulk filing: their text is fixed
  // (`executeCached`), as building Kysely syntax trees cost more than running them.
  private async latestIn(db: Kysely<Tables> | Transaction<Tables>, topic: string): Promise<number> {
    const [row] = await executeCached<{ max: number | string | null }>(
      db,
      "events.latestInTopic|2",
      [this.stage, topic],
      (p) =>
        `select max("cursor") as "max" from "events" where "stage" = ${p()} and "topic" = ${p()} and "cursor" > 0`,
    );
    return Number(row?.max ?? 0);
  }

  /**
   * Many events in three statements instead of one per event: skip those whose upstream id is
   * stored (or repeated in the batch), take the next cursors, insert them all with their
   * predecessors. Same result as inserting one by one (the topic is locked meanwhile).
   */
  private async insertBatch<P>(
    trx: Transaction<Tables>,
    events: NewEvent<P>[],
    prev: number,
  ): Promise<StoredEvent<P>[]> {
    const ids = events.flatMap((e) => (e.upstreamId ? [e.upstreamId] : []));
    const seen = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await executeCached<{ upstreamId: string | null }>(
        trx,
        `events.storedUpstreamIds|${chunk.length}`,
        [this.stage, ...chunk],
        (p) =>
          `select "upstream_id" as "upstreamId" from "events" where "stage" = ${p()} and "upstream_id" in (${chunk.map(() => p()).join(", ")})`,
      );
      for (const r of rows) if (r.upstreamId) seen.add(r.upstreamId);
    }
    const fresh = events.filter((e) => {
      if (!e.upstreamId) return true;
      if (seen.has(e.upstreamId)) return false;
      seen.add(e.upstreamId);
      return true;
    });
    if (fresh.length === 0) return [];
    const cursors = await this.nextCursors(trx, fresh.length);
    const createdAt = this.now();
    const out = fresh.map((event, i): StoredEvent<P> => ({
      ...event,
      upstreamId: event.upstreamId ?? null,
      stage: this.stage,
      cursor: at(cursors, i),
      prevCursor: i === 0 ? prev : at(cursors, i - 1),
      createdAt,
    }));
    await insertRows(
      trx,
      "events",
      EVENT_COLUMNS,
      out.map((e) => [
        e.cursor,
        e.stage,
        e.topic,
        e.tenant,
        e.type,
        JSON.stringify(e.payload),
        e.upstreamId,
        e.prevCursor,
        createdAt,
      ]),
    );
    return out;
  }

  /** `n` new cursors, ascending, after the highest (SQLite: one writer at a time). */
  private async nextCursors(trx: Transaction<Tables>, n: number): Promise<number[]> {
    // One writer at a time: nobody else takes cursors until this transaction ends.
    const [row] = await executeCached<{ max: number | string | null }>(
      trx,
      "events.latestCursor",
      [],
      () => `select max("cursor") as "max" from "events"`,
    );
    const first = Number(row?.max ?? 0) + 1;
    return Array.from({ length: n }, (_, i) => first + i);
  }

  private async insert<P>(
    trx: Transaction<Tables>,
    event: NewEvent<P>,
    prev: number,
  ): Promise<StoredEvent<P> | null> {
    const createdAt = this.now();
    const row = await trx
      .insertInto("events")
      .values({
        stage: this.stage,
        topic: event.topic,
        tenant: event.tenant,
        type: event.type,
        payload: JSON.stringify(event.payload),
        upstreamId: event.upstreamId ?? null,
        prevCursor: prev,
        createdAt,
      })
      .onConflict((oc) => oc.columns(["stage", "upstreamId"]).doNothing())
      .returning("cursor")
      .executeTakeFirst();
    if (!row?.cursor) return null;
    return {
      ...event,
      upstreamId: event.upstreamId ?? null,
      stage: this.stage,
      cursor: Number(row.cursor),
      prevCursor: prev,
      createdAt,
    };
  }
}
