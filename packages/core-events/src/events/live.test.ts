import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase, testEngines } from "../testing/databases.js";
import { type EventBus, type GapListener, createMemoryBus } from "../pubsub/bus.js";
import { coreEventsMigrations } from "./migrations.js";
import { EventLog } from "./log.js";
import { replayThenLive } from "./live.js";
import { topicFor } from "./types.js";

const n = (e: { payload: unknown }) => (e.payload as { n: number }).n;

/** A bus that publishes nothing (as if every doorbell was lost). */
const silentBus = (): EventBus => ({
  publish: async () => {},
  publishMany: async () => {},
  subscribe: async () => () => {},
  status: () => "down",
  close: async () => {},
});

/**
 * The next `count` items. No clock of its own: a slow machine only makes it slower, and an
 * iterator that never delivers is reported by the test's timeout.
 */
async function take<T>(it: AsyncIterator<T>, count: number): Promise<T[]> {
  const out: T[] = [];
  while (out.length < count) {
    const r = await it.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

/**
 * `log` whose next `latestCursor` call (what a subscription without a cursor asks once it is
 * subscribed to the bus) is reported: from then on, every append reaches the subscriber.
 */
function watchStart(log: EventLog): Promise<void> {
  const latestCursor = log.latestCursor.bind(log);
  return new Promise((resolve) => {
    log.latestCursor = async (topic) => {
      const cursor = await latestCursor(topic);
      resolve();
      return cursor;
    };
  });
}

for (const engine of await testEngines()) {
  describe(`replayThenLive on ${engine}`, () => {
    let opened: Awaited<ReturnType<typeof openTestDatabase>>;
    let log: EventLog;
    const topic = topicFor("cashbill", "1234567890");
    const ev = (i: number) => ({
      topic,
      tenant: "1234567890",
      type: i % 2 ? "ODD" : "EVEN",
      payload: { n: i },
    });
    beforeEach(async () => {
      opened = await openTestDatabase(engine, coreEventsMigrations);
      log = new EventLog(opened, "local", createMemoryBus());
    });
    afterEach(() => opened.dispose());

    it("replays after a cursor, then continues live", async () => {
      const stored = [];
      for (let i = 1; i <= 5; i++) stored.push(await log.append(ev(i)));
      const sub = replayThenLive(log, { topic, after: stored[1]!.cursor });
      const replayed = await take(sub, 3);
      await log.append(ev(6));
      const live = await take(sub, 1);
      expect([...replayed, ...live].map(n)).toEqual([3, 4, 5, 6]);
      await sub.return?.();
    });

    it(
      "delivers events appended during the replay exactly once, in cursor order",
      { timeout: 60_000 },
      async () => {
        // More than two replay pages of history, stored in batches.
        for (let i = 1; i <= 1200; i += 200)
          await log.appendMany(Array.from({ length: 200 }, (_, k) => ev(i + k)));
        const sub = replayThenLive(log, { topic, after: 0 });
        const first = await take(sub, 1);
        const writer = (async () => {
          for (let i = 1201; i <= 1500; i++) await log.append(ev(i));
        })();
        const rest = await take(sub, 1499);
        await writer;
        const got = [...first, ...rest];
        expect(got.map(n)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
        for (let i = 1; i < got.length; i++)
          expect(got[i]!.cursor).toBeGreaterThan(got[i - 1]!.cursor);
        await sub.return?.();
      },
    );

    it("without a cursor starts at now and skips history", async () => {
      await log.append(ev(1));
      const live = watchStart(log);
      const sub = replayThenLive(log, { topic });
      const pending = take(sub, 1);
      await live;
      await log.append(ev(2));
      expect((await pending).map(n)).toEqual([2]);
      await sub.return?.();
    });

    it("fills a gap from the log when a live event arrives out of order", async () => {
      const sub = replayThenLive(log, { topic, after: 0 });
      const pending = take(sub, 3);
      // Store two events without publishing (as if their publications were lost or late).
      const silent = new EventLog(opened, "local", silentBus());
      await silent.append(ev(1));
      await silent.append(ev(2));
      await log.append(ev(3));
      expect((await pending).map(n)).toEqual([1, 2, 3]);
      await sub.return?.();
    });

    it("recovers from a live buffer overflow by reading the log", async () => {
      const sub = replayThenLive(log, { topic, after: 0, maxBuffered: 5 });
      await take(sub, 0);
      const first = sub.next();
      for (let i = 1; i <= 50; i++) await log.append(ev(i));
      const rest = await take(sub, 49);
      expect([(await first).value, ...rest].map(n)).toEqual(
        Array.from({ length: 50 }, (_, i) => i + 1),
      );
      await sub.return?.();
    });

    it("applies the filter but keeps tracking cursors", async () => {
      const sub = replayThenLive(log, { topic, after: 0, filter: (e) => e.type === "EVEN" });
      for (let i = 1; i <= 6; i++) await log.append(ev(i));
      expect((await take(sub, 3)).map(n)).toEqual([2, 4, 6]);
      await sub.return?.();
    });

    it("never delivers another tenant's events", async () => {
      const sub = replayThenLive(log, { topic, after: 0 });
      await log.append({
        ...ev(1),
        topic: topicFor("cashbill", "6798700433"),
        tenant: "6798700433",
      });
      await log.append(ev(2));
      expect((await take(sub, 1)).map(n)).toEqual([2]);
      await sub.return?.();
    });

    it(
      "pauses a replay while its reader does not read, then delivers everything in order",
      { timeout: 60_000 },
      async () => {
        for (let i = 1; i <= 3000; i += 500)
          await log.appendMany(Array.from({ length: 500 }, (_, k) => ev(i + k)));
        let rowsRead = 0;
        const read = log.read.bind(log);
        log.read = async (filter) => {
          const rows = await read(filter);
          rowsRead += rows.length;
          return rows;
        };
        const sub = replayThenLive(log, { topic, after: 0 });
        const first = await take(sub, 1);
        // The producer fills the queue to its high-water mark (1,000) while handing over its
        // third page, and stops there; a database round trip later it has read no further.
        await vi.waitFor(() => expect(rowsRead).toBeGreaterThanOrEqual(1500), {
          timeout: 30_000,
        });
        await log.latestCursor(topic);
        expect(rowsRead).toBe(1500);
        const rest = await take(sub, 2999);
        expect([...first, ...rest].map(n)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
        expect(rowsRead).toBe(3000);
        await sub.return?.();
      },
    );

    it("answers reads asked for before the events exist, in order", async () => {
      const sub = replayThenLive(log, { topic, after: 0 });
      const a = sub.next();
      const b = sub.next();
      await log.append(ev(1));
      await log.append(ev(2));
      expect([(await a).value, (await b).value].map((e) => n(e!))).toEqual([1, 2]);
      const c = sub.next();
      await sub.return?.();
      expect(await c).toEqual({ done: true, value: undefined });
    });

    it("reads what it missed from the log when the bus reports a gap (a reconnect)", async () => {
      const gaps: GapListener[] = [];
      const bus: EventBus = {
        ...silentBus(),
        subscribe: async (_channel, _listener, onGap) => {
          if (onGap) gaps.push(onGap);
          return () => {};
        },
      };
      const reader = new EventLog(opened, "local", bus);
      await reader.append(ev(1));
      const sub = replayThenLive(reader, { topic, after: 0 });
      // Once the replay delivered event 1, the reader waits for the bus, which rings no more.
      expect((await take(sub, 1)).map(n)).toEqual([1]);
      await reader.append(ev(2));
      await reader.append(ev(3));
      gaps[0]!();
      expect((await take(sub, 2)).map(n)).toEqual([2, 3]);
      await reader.append(ev(4));
      gaps[0]!();
      expect((await take(sub, 1)).map(n)).toEqual([4]);
      await sub.return?.();
    });

    it("hands a failure of its source to the reader, then ends", async () => {
      const broken = new EventLog(opened, "local", {
        ...createMemoryBus(),
        subscribe: () => Promise.reject(new Error("bus down")),
      });
      const sub = replayThenLive(broken, { topic, after: 0 });
      await expect(sub.next()).rejects.toThrow("bus down");
      // Like an async generator, an iterator that threw is done.
      expect(await sub.next()).toEqual({ done: true, value: undefined });
    });

    it("settles its read of the log before return() resolves", async () => {
      await log.appendMany(Array.from({ length: 1200 }, (_, k) => ev(k + 1)));
      const order: string[] = [];
      let reads = 0;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const read = log.read.bind(log);
      log.read = async (filter) => {
        if (++reads === 2) await gate;
        const rows = await read(filter);
        order.push("read settled");
        return rows;
      };
      const sub = replayThenLive(log, { topic, after: 0 });
      await take(sub, 1);
      await vi.waitFor(() => expect(reads).toBe(2), { timeout: 15_000 });
      const returning = sub.return?.().then(() => order.push("returned"));
      release();
      await returning;
      expect(order).toEqual(["read settled", "read settled", "returned"]);
    });

    it("releases its subscription when the consumer throws", async () => {
      let active = 0;
      const bus = createMemoryBus();
      const counting = {
        ...bus,
        subscribe: async (c: string, l: Parameters<typeof bus.subscribe>[1]) => {
          active++;
          const u = await bus.subscribe(c, l);
          return () => {
            active--;
            u();
          };
        },
      };
      const idleLog = new EventLog(opened, "local", counting);
      const sub = replayThenLive(idleLog, { topic });
      const pending = sub.next();
      await vi.waitFor(() => expect(active).toBe(1), { timeout: 15_000 });
      await expect(sub.throw?.(new Error("client gone"))).rejects.toThrow("client gone");
      expect(await pending).toEqual({ done: true, value: undefined });
      expect(active).toBe(0);
    });

    it("releases its subscription when the consumer returns while idle", async () => {
      let active = 0;
      const bus = createMemoryBus();
      const counting = {
        ...bus,
        subscribe: async (c: string, l: Parameters<typeof bus.subscribe>[1]) => {
          active++;
          const u = await bus.subscribe(c, l);
          return () => {
            active--;
            u();
          };
        },
      };
      const idleLog = new EventLog(opened, "local", counting);
      const sub = replayThenLive(idleLog, { topic });
      const pending = sub.next();
      await vi.waitFor(() => expect(active).toBe(1), { timeout: 15_000 });
      await sub.return?.();
      await pending;
      expect(active).toBe(0);
    });
  });
}
