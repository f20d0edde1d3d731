import { type Kysely, type Transaction, sql } from "kysely";
import { executeCached, insertRows } from "../db/insert-rows.js";
import type { KorbillDatabase } from "../db/open.js";
import type { EventBus } from "../pubsub/bus.js";
import { type NewEvent, type StoredEvent, channelFor } from "./types.js";

interface EventsTable {
  cursor: number;
  stage: string;
  topic: string;
  tenant: string;
  type: string;
  payload: string;
  upstreamId: string | null;
  prevCursor: number;
  createdAt: number;
}
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
 * publishes it after commit (a failed publish never fails the append); an event whose upstream id is already stored is neither stored nor published
 * again. Within a topic, cursor order equals commit order (appends to one topic are
 * serialised), and each event records its topic predecessor so live readers detect gaps.
 */
export class EventLog {
  private readonly db: Kysely<Tables>;

  constructor(
    private readonly database: KorbillDatabase,
    readonly stage: string,
    readonly bus: EventBus,
    private readonly now: () => number = Date.now,
  ) {
    this.db = database.db as Kysely<Tables>;
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
    const topic = events[0]!.topic;
    if (events.some((e) => e.topic !== topic))
      throw new Error("appendMany takes events of one topic");
    const stored = await this.db.transaction().execute(async (trx) => {
      await this.lockTopic(trx, topic);
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
   * Publishes what was committed, as one message. The log is the truth and the bus only a
   * doorbell: whatever the bus does, the caller's committed write stands (subscribers that
   * miss the doorbell read the log when the bus is back).
   */
  private async ring(channel: string, stored: StoredEvent[]): Promise<void> {
    if (stored.length === 0) return;
    try {
      await this.bus.publishMany(channel, stored);
    } catch (error) {
      console.warn(`korbill: publishing ${stored.length} events on ${channel} failed`, error);
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
      "events.latestInTopic",
      [this.stage, topic],
      (p) =>
        `select max("cursor") as "max" from "events" where "stage" = ${p()} and "topic" = ${p()}`,
    );
    return Number(row?.max ?? 0);
  }

  // PostgreSQL hands out sequence values before commit; holding a per-topic advisory lock
  // until commit makes cursor order within a topic equal commit order. SQLite has one writer.
  private async lockTopic(trx: Transaction<Tables>, topic: string): Promise<void> {
    if (this.database.engine !== "postgres") return;
    await sql`select pg_advisory_xact_lock(hashtext(${`${this.stage}|${topic}`}))`.execute(trx);
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
      cursor: cursors[i]!,
      prevCursor: i === 0 ? prev : cursors[i - 1]!,
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

  /** `n` new cursors, ascending: from the sequence (PostgreSQL) or after the highest (SQLite). */
  private async nextCursors(trx: Transaction<Tables>, n: number): Promise<number[]> {
    if (this.database.engine === "postgres") {
      const r = await sql<{
        c: number | string;
      }>`select nextval(pg_get_serial_sequence('events', 'cursor')) as c from generate_series(1, ${n})`.execute(
        trx,
      );
      return r.rows.map((x) => Number(x.c)).sort((a, b) => a - b);
    }
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

function toStored(row: EventsTable): StoredEvent {
  return {
    stage: row.stage,
    topic: row.topic,
    tenant: row.tenant,
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    upstreamId: row.upstreamId,
    cursor: Number(row.cursor),
    prevCursor: Number(row.prevCursor),
    createdAt: Number(row.createdAt),
  };
}
