import type { Kysely } from "kysely";
import { executeCached } from "../db/insert-rows.js";
import { type EventsTable, toStored } from "./rows.js";
import { type NewEvent, type StoredEvent, channelFor } from "./types.js";
import { at } from "./at.js";

/** Pending events sequenced per statement; a run repeats while there were this many. */
const RUN_LIMIT = 2_000;

/** After a failed run, the next is tried this much later (pending events must not linger)... */
const RETRY_MS = 1_000;
/** ...this many times in a row at most (the database may be closed for good). */
const MAX_RETRIES = 120;

/** Rows of appends sharing one `korbill_append_events` call at most. */
const APPEND_ROWS = 1_000;

interface Waiter {
  resolve(sequenced: Map<number, StoredEvent>): void;
  reject(error: unknown): void;
}

/** An event committed as pending: its index in the append, its id, the highest cursor then. */
export interface Pending {
  index: number;
  pendingId: number;
  topBefore: number;
}

/** What an append by `Sequencer.append` stored, and the run that numbered it. */
export interface Appended {
  pending: Pending[];
  sequenced: Map<number, StoredEvent>;
}

/** Appends waiting for the next run (see `Sequencer.append`). */
interface QueuedAppend {
  events: NewEvent<unknown>[];
  createdAt: number;
  resolve(appended: Appended): void;
  reject(error: unknown): void;
}

/**
 * Runs `work` again when PostgreSQL aborted it as a deadlock victim: two appends racing with
 * the same upstream ids in another order wait for each other on the unique index; the other
 * one has committed by the time this one runs again.
 */
export async function withDeadlockRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3 || (error as { code?: unknown }).code !== "40P01") throw error;
    }
  }
}

/**
 * Gives committed pending events (negative cursor, see `EventLog`) of one stage their cursors,
 * in the order of their pending ids, and publishes them, one message per topic.
 *
 * A run is one call of `korbill_sequence_events` (migration 0003), in its own short
 * transaction: it takes the schema's sequencing lock (a transaction-level advisory lock,
 * released at commit), then in one statement numbers every pending event it sees after the
 * highest cursor of the table and links each to its topic predecessor. The function is
 * VOLATILE, so that statement's snapshot is taken once the lock is held and sees every
 * earlier run's commit: cursors only grow, and are handed out only to what is committed. A
 * reader that has seen cursor c may miss nothing below c later.
 *
 * Within a process, requests coalesce: `sequence()` resolves after a run that began after the
 * call (so it covered the caller's committed events, unless another instance's run did
 * first), and a run serves every caller that asked before it began. A run begins one turn of
 * the event loop after it may (no timer): time for the callers the last run just resolved to
 * come back with their next appends, and for requests read in the same I/O phase. Appends
 * without a state change (`append`) ride on the run itself: the run's transaction inserts
 * them as pending first (`korbill_append_events`, migration 0004), so the appends queued
 * meanwhile cost one round trip and one commit together, their numbering included.
 */
export class Sequencer {
  private queue: Waiter[] = [];
  private appends: QueuedAppend[] = [];
  private driving = false;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly stage: string,
    private readonly publish: (channel: string, events: StoredEvent[]) => Promise<void>,
  ) {}

  /** Runs (or joins the next run) and returns what that run sequenced, by pending id. */
  sequence(): Promise<Map<number, StoredEvent>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      if (!this.driving) {
        this.driving = true;
        void this.drive();
      }
    });
  }

  /**
   * Stores events (already free of repeated upstream ids) as pending and numbers them in the
   * next run, which also numbers whatever else is pending; resolves with the events stored
   * (an upstream id already stored is skipped) and what that run numbered.
   */
  append(events: NewEvent<unknown>[], createdAt: number): Promise<Appended> {
    return new Promise((resolve, reject) => {
      this.appends.push({ events, createdAt, resolve, reject });
      if (!this.driving) {
        this.driving = true;
        void this.drive();
      }
    });
  }

  private async drive(): Promise<void> {
    try {
      for (;;) {
        // bench event-ingest: one turn of the event loop before each run, so the appends
        // of callers whose previous append the last run resolved (and the webhooks read in
        // the same I/O phase) join this run instead of the next: runs of 16, not 1 and 15.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.queue.length === 0 && this.appends.length === 0) break;
        const waiting = this.queue.splice(0);
        const group: QueuedAppend[] = [];
        let rows = 0;
        for (
          let next = this.appends[0];
          next && (group.length === 0 || rows + next.events.length <= APPEND_ROWS);
          next = this.appends[0]
        ) {
          this.appends.shift();
          group.push(next);
          rows += next.events.length;
        }
        try {
          const { sequenced, pending } = await this.runAll(
            group.map((q) => q.events),
            group[0]?.createdAt ?? 0,
          );
          this.failures = 0;
          for (const w of waiting) w.resolve(sequenced);
          group.forEach((q, g) => q.resolve({ pending: at(pending, g), sequenced }));
        } catch (error) {
          for (const w of [...waiting, ...group]) w.reject(error);
          this.retryLater(error);
        }
      }
    } finally {
      this.driving = false;
    }
  }

  /** A failed run left committed events pending: try again soon even if nobody appends. */
  private retryLater(error: unknown): void {
    if (/pool after calling end|destroyed/i.test(String(error))) return; // closed for good
    if (this.retry || ++this.failures > MAX_RETRIES) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.sequence().catch(() => undefined);
    }, RETRY_MS);
    this.retry.unref();
  }

  /**
   * Runs until nothing is left pending; the first run inserts `appends` (one list per
   * append) as well, when there are any. Returns what was numbered and each append's
   * pending events.
   */
  private async runAll(
    appends: NewEvent<unknown>[][],
    createdAt: number,
  ): Promise<{ sequenced: Map<number, StoredEvent>; pending: Pending[][] }> {
    const sequenced = new Map<number, StoredEvent>();
    const pending: Pending[][] = appends.map(() => []);
    let first = appends.some((a) => a.length > 0);
    for (;;) {
      const rows = first
        ? await withDeadlockRetry(() => this.runAppend(appends, createdAt, pending))
        : await this.runOnce();
      first = false;
      for (const r of rows) sequenced.set(r.pendingId, r.event);
      await this.ring(rows.map((r) => r.event));
      if (rows.length < RUN_LIMIT) return { sequenced, pending };
    }
  }

  /**
   * One run that inserts the appends' events first (one `korbill_append_events` call); fills
   * `pending` with each append's stored events and returns what the run numbered.
   */
  private async runAppend(
    appends: NewEvent<unknown>[][],
    createdAt: number,
    pending: Pending[][],
  ): Promise<{ pendingId: number; event: StoredEvent }[]> {
    const owner: [number, number][] = [];
    const columns: [string[], string[], string[], string[], (string | null)[]] = [
      [],
      [],
      [],
      [],
      [],
    ];
    const seen = new Set<string>();
    appends.forEach((events, a) =>
      events.forEach((e, i) => {
        if (e.upstreamId) {
          // Repeated among appends of one run: stored once, for the first.
          if (seen.has(e.upstreamId)) return;
          seen.add(e.upstreamId);
        }
        owner.push([a, i]);
        columns[0].push(e.topic);
        columns[1].push(e.tenant);
        columns[2].push(e.type);
        columns[3].push(JSON.stringify(e.payload));
        columns[4].push(e.upstreamId ?? null);
      }),
    );
    for (const list of pending) list.length = 0; // a deadlock retry starts over
    const rows = await executeCached<
      Omit<EventsTable, "cursor"> & {
        cursor: number | string | null;
        pendingId: number | string;
        ord: number | string | null;
      }
    >(
      this.db,
      "events.append",
      [this.stage, RUN_LIMIT, createdAt, ...columns],
      (p) =>
        `select o_cursor as "cursor", ${p()}::text as "stage", o_topic as "topic", ` +
        `o_tenant as "tenant", o_type as "type", o_payload as "payload", ` +
        `o_upstream_id as "upstreamId", o_prev_cursor as "prevCursor", ` +
        `o_created_at as "createdAt", o_pending_id as "pendingId", o_ord as "ord" ` +
        `from korbill_append_events($1, ${p()}::integer, ${p()}::bigint, ${p()}::text[], ` +
        `${p()}::text[], ${p()}::text[], ${p()}::text[], ${p()}::text[])`,
    );
    const out: { pendingId: number; event: StoredEvent }[] = [];
    const mine: { ord: number; pendingId: number; numbered: boolean; top: number }[] = [];
    for (const row of rows) {
      const pendingId = Number(row.pendingId);
      const numbered = row.cursor !== null;
      if (numbered) {
        const event = toStored(row as EventsTable);
        out.push({ pendingId, event });
      }
      if (row.ord !== null)
        mine.push({
          ord: Number(row.ord),
          pendingId,
          numbered,
          top: numbered ? 0 : Number(row.prevCursor),
        });
    }
    mine.sort((x, y) => x.ord - y.ord);
    for (const m of mine) {
      const [a, i] = at(owner, m.ord - 1);
      // A numbered event is found in this run's result; one left pending above `top`.
      at(pending, a).push({ index: i, pendingId: m.pendingId, topBefore: m.numbered ? 0 : m.top });
    }
    return out.sort((x, y) => x.event.cursor - y.event.cursor);
  }

  private async runOnce(): Promise<{ pendingId: number; event: StoredEvent }[]> {
    // One round trip: the function takes the lock, then numbers with a fresh snapshot.
    const rows = await executeCached<EventsTable & { pendingId: number | string }>(
      this.db,
      "events.sequence",
      [this.stage, RUN_LIMIT],
      (p) =>
        `select "cursor", "stage", "topic", "tenant", "type", "payload", ` +
        `"upstream_id" as "upstreamId", "prev_cursor" as "prevCursor", ` +
        `"created_at" as "createdAt", "pending_id" as "pendingId" ` +
        `from korbill_sequence_events(${p()}, ${p()}::integer)`,
    );
    return rows
      .map((row) => ({ pendingId: Number(row.pendingId), event: toStored(row) }))
      .sort((a, b) => a.event.cursor - b.event.cursor);
  }

  /** One message per topic, in cursor order. */
  private async ring(events: StoredEvent[]): Promise<void> {
    const byTopic = new Map<string, StoredEvent[]>();
    for (const e of events) {
      let list = byTopic.get(e.topic);
      if (!list) byTopic.set(e.topic, (list = []));
      list.push(e);
    }
    await Promise.all(
      [...byTopic].map(([topic, list]) => this.publish(channelFor(this.stage, topic), list)),
    );
  }
}
