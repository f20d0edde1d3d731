import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type KorbillDatabase, openDatabase } from "../db/open.js";
import { createMemoryBus } from "../pubsub/bus.js";
import { openTestDatabase, testEngines } from "../testing/databases.js";
import { replayThenLive } from "./live.js";
import { EventLog } from "./log.js";
import { coreEventsMigrations } from "./migrations.js";
import { type NewEvent, type StoredEvent, topicFor } from "./types.js";

// Several gateway instances on one PostgreSQL: each has its own pool and its own EventLog,
// all append to one member's topic at once; one bus (Redis in production) links them.
const engines = (await testEngines()).filter((e) => e === "postgres");

async function waitFor(condition: () => boolean, ms: number, what: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

for (const engine of engines) {
  describe(`EventLog appends from several instances on ${engine}`, () => {
    const opened: (KorbillDatabase & { dispose?(): Promise<void> })[] = [];
    afterEach(async () => {
      const [first, ...rest] = opened.splice(0);
      for (const db of rest) await db.close();
      await first?.dispose?.();
    });

    async function instances(n: number) {
      const first = await openTestDatabase(engine, coreEventsMigrations);
      opened.push(first);
      const bus = createMemoryBus();
      const logs = [new EventLog(first, "local", bus)];
      for (let i = 1; i < n; i++) {
        const db = await openDatabase(first.config, coreEventsMigrations);
        opened.push(db);
        logs.push(new EventLog(db, "local", bus));
      }
      return logs;
    }

    const topic = topicFor("cashbill", "1234567890");
    const ev = (n: number, upstreamId?: string): NewEvent<{ n: number }> => ({
      topic,
      tenant: "1234567890",
      type: "T",
      payload: { n },
      upstreamId,
    });

    it("does not hold an append to a topic while another append's transaction is open", async () => {
      const [a, b] = await instances(2);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let inside = false;
      const slow = a!.appendMany([ev(1, "SLOW")], async () => {
        inside = true;
        await gate;
      });
      await waitFor(
        () => inside,
        10_000,
        () => "the slow append never ran its state change",
      );
      let fastDone = false;
      const fast = b!.append(ev(2, "FAST")).then((stored) => {
        fastDone = true;
        return stored;
      });
      try {
        await waitFor(
          () => fastDone,
          10_000,
          () => "an append to the same topic waited for another append's open transaction",
        );
      } finally {
        release();
      }
      const [slowStored] = await slow;
      const fastStored = await fast;
      // Cursor order is commit order: the append that committed first comes first.
      expect(fastStored!.cursor).toBeLessThan(slowStored!.cursor);
      expect(slowStored!.prevCursor).toBe(fastStored!.cursor);
      const history = await a!.read({ topic, after: 0 });
      expect(history.map((e) => e.upstreamId)).toEqual(["FAST", "SLOW"]);
    });

    it("stores an upstream id once when appends carrying it race, on one instance or several", async () => {
      const logs = await instances(2);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          logs[i % 2]!.appendMany([ev(i, `OWN-${i}`), ev(100 + (i % 3), `SHARED-${i % 3}`)]),
        ),
      );
      const stored = results.flat();
      expect(stored.map((e) => e.upstreamId).sort()).toEqual(
        [
          ...Array.from({ length: 12 }, (_, i) => `OWN-${i}`),
          "SHARED-0",
          "SHARED-1",
          "SHARED-2",
        ].sort(),
      );
      // Each caller gets back its own events, with the payload it gave.
      results.forEach((mine, i) => {
        expect(mine[0]!.upstreamId).toBe(`OWN-${i}`);
        expect(mine[0]!.payload).toEqual({ n: i });
        for (const e of mine.slice(1)) expect(e.upstreamId).toBe(`SHARED-${i % 3}`);
      });
      const history = await logs[0]!.read({ topic, after: 0 });
      expect(history).toHaveLength(15);
      expect(history.map((e) => e.cursor)).toEqual(
        stored.map((e) => e.cursor).sort((a, b) => a - b),
      );
    });

    it("numbers events an instance committed but did not live to number", async () => {
      const [a] = await instances(1);
      // What a killed instance leaves: events committed as pending (negative cursor).
      const orphan = async (upstreamId: string) =>
        sql`insert into events ("cursor", pending_id, stage, topic, tenant, type, payload, upstream_id, prev_cursor, created_at)
            select -n, n, 'local', ${topic}, '1234567890', 'T', '{"n":0}', ${upstreamId}, 0, 0
            from (select nextval(pg_get_serial_sequence('events', 'cursor')) as n) as s`.execute(
          opened[0]!.db,
        );
      await a!.append(ev(1, "BEFORE"));
      await orphan("ORPHAN-1");
      // The same event delivered again (the webhook retried on another instance): a
      // duplicate, not stored twice, but the pending copy becomes readable.
      expect(await a!.append(ev(0, "ORPHAN-1"))).toBeNull();
      let history = await a!.read({ topic, after: 0 });
      expect(history.map((e) => e.upstreamId)).toEqual(["BEFORE", "ORPHAN-1"]);
      expect(history[1]!.prevCursor).toBe(history[0]!.cursor);
      // An instance starting numbers what is pending.
      await orphan("ORPHAN-2");
      const restarted = new EventLog(opened[0]!, "local", createMemoryBus());
      const deadline = Date.now() + 10_000;
      while ((history = await restarted.read({ topic, after: 0 })).length < 3) {
        if (Date.now() > deadline) throw new Error("the pending event was never numbered");
      }
      expect(history.map((e) => e.upstreamId)).toEqual(["BEFORE", "ORPHAN-1", "ORPHAN-2"]);
    });

    it("returns an append's event numbered when more were pending before it than one run numbers", async () => {
      const [a] = await instances(1);
      // 2,500 events left pending (by instances that died) before the append: its own run
      // numbers the 2,000 oldest, the next run the rest and the append's event.
      await sql`insert into events ("cursor", pending_id, stage, topic, tenant, type, payload, upstream_id, prev_cursor, created_at)
          select -n, n, 'local', ${topic}, '1234567890', 'T', '{"n":0}', 'ORPHAN-' || n, 0, 0
          from (select nextval(pg_get_serial_sequence('events', 'cursor')) as n
                from generate_series(1, 2500)) as s`.execute(opened[0]!.db);
      const stored = await a!.append(ev(1, "LATE"));
      expect(stored?.upstreamId).toBe("LATE");
      const history: StoredEvent[] = [];
      for (let after = 0; ;) {
        const page = await a!.read({ topic, after, limit: 1_000 });
        history.push(...page);
        if (page.length < 1_000) break;
        after = page.at(-1)!.cursor;
      }
      expect(history).toHaveLength(2_501);
      expect(history.at(-1)).toMatchObject({ upstreamId: "LATE", cursor: stored!.cursor });
      expect(stored!.prevCursor).toBe(history.at(-2)!.cursor);
    });

    it("keeps cursor order and delivers every event exactly once to every reader", async () => {
      const logs = await instances(3);
      const writers = 3 * logs.length;
      const perWriter = 60;
      const total = writers * perWriter;

      // Pollers read the log from their last cursor as fast as they can, the way a subscriber
      // catches up: one that passed a cursor must never later find a smaller one committed.
      const polled: StoredEvent[][] = logs.map(() => []);
      let stop = false;
      const pollers = logs.map(async (log, i) => {
        let last = 0;
        for (;;) {
          const done = stop;
          const page = await log.read({ topic, after: last });
          for (const e of page) {
            polled[i]!.push(e);
            last = e.cursor;
          }
          if (done && page.length === 0) return;
        }
      });

      // Live subscribers on each instance, one from the start, one from "now".
      const live = logs.flatMap((log) => [
        replayThenLive(log, { topic, after: 0 }),
        replayThenLive(log, { topic }),
      ]);
      const received: StoredEvent[][] = live.map(() => []);
      const consumers = live.map(async (it, i) => {
        for await (const e of it) {
          received[i]!.push(e);
          if (e.payload && (e.payload as { n: number }).n === -1) return;
        }
      });

      // Writers: single appends and small batches, with state changes of varying length so
      // that transactions commit in another order than they began.
      let n = 0;
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const log = logs[w % logs.length]!;
          let left = perWriter;
          while (left > 0) {
            const size = Math.min(left, 1 + ((w + left) % 5));
            const batch = Array.from({ length: size }, () => {
              const k = n++;
              return ev(k, `E-${k}`);
            });
            left -= size;
            // Some with a state change in their transaction, some without (those share
            // an INSERT with other appends of the instance).
            const stored =
              (w + left) % 2 === 0
                ? await log.appendMany(batch)
                : await log.appendMany(batch, async (db) => {
                    if ((w + left) % 3 === 0) await sleepInDatabase(db, (w % 4) * 2);
                  });
            expect(stored).toHaveLength(size);
          }
        }),
      );
      // A duplicate of an event already stored is neither stored nor delivered again.
      expect(await logs[1]!.append(ev(0, "E-0"))).toBeNull();
      await logs[0]!.append(ev(-1, "END"));
      stop = true;
      await Promise.all(pollers);
      await Promise.all(consumers);

      const history = await logs[0]!.read({ topic, after: 0, limit: 10_000 });
      expect(history).toHaveLength(total + 1);
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.cursor).toBeGreaterThan(history[i - 1]!.cursor);
        expect(history[i]!.prevCursor).toBe(history[i - 1]!.cursor);
      }
      const cursors = history.map((e) => e.cursor);
      for (const [i, seen] of polled.entries())
        expect(
          seen.map((e) => e.cursor),
          `poller ${i}`,
        ).toEqual(cursors);
      // A subscriber from the start gets them all; one from "now" all from where it began.
      for (const [i, seen] of received.entries()) {
        const from = i % 2 === 0 ? 0 : cursors.indexOf(seen[0]!.cursor);
        expect(from, `subscriber ${i}`).toBeGreaterThanOrEqual(0);
        expect(
          seen.map((e) => e.cursor),
          `subscriber ${i}`,
        ).toEqual(cursors.slice(from));
      }
    });
  });
}

async function sleepInDatabase(db: unknown, ms: number): Promise<void> {
  const { sql } = await import("kysely");
  await sql`select pg_sleep(${ms / 1000})`.execute(db as never);
}
