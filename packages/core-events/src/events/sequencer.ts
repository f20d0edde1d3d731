import type { Kysely } from "kysely";
import { executeCached } from "../db/insert-rows.js";
import { type EventsTable, toStored } from "./rows.js";
import { type StoredEvent, channelFor } from "./types.js";

/** Pending events sequenced per statement; a run repeats while there were this many. */
const RUN_LIMIT = 2_000;

/** After a failed run, the next is tried this much later (pending events must not linger)... */
const RETRY_MS = 1_000;
/** ...this many times in a row at most (the database may be closed for good). */
const MAX_RETRIES = 120;

interface Waiter {
  resolve(sequenced: Map<number, StoredEvent>): void;
  reject(error: unknown): void;
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
 * first), and a run serves every caller that asked before it began.
 */
export class Sequencer {
  private queue: Waiter[] = [];
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

  private async drive(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const waiting = this.queue.splice(0);
        try {
          const sequenced = await this.runAll();
          this.failures = 0;
          for (const w of waiting) w.resolve(sequenced);
        } catch (error) {
          for (const w of waiting) w.reject(error);
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

  private async runAll(): Promise<Map<number, StoredEvent>> {
    const out = new Map<number, StoredEvent>();
    for (;;) {
      const rows = await this.runOnce();
      for (const r of rows) out.set(r.pendingId, r.event);
      await this.ring(rows.map((r) => r.event));
      if (rows.length < RUN_LIMIT) return out;
    }
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
