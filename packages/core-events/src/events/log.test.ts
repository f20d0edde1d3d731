import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "../testing/databases.js";
import { createMemoryBus } from "../pubsub/bus.js";
import { coreEventsMigrations } from "./migrations.js";
import { EventLog } from "./log.js";
import { type StoredEvent, channelFor, topicFor } from "./types.js";

for (const engine of await testEngines()) {
  describe(`EventLog on ${engine}`, () => {
    let opened: Awaited<ReturnType<typeof openTestDatabase>>;
    let log: EventLog;
    beforeEach(async () => {
      opened = await openTestDatabase(engine, coreEventsMigrations);
      log = new EventLog(opened, "local", createMemoryBus());
    });
    afterEach(() => opened.dispose());

    const topic = topicFor("cashbill", "1234567890");
    const ev = (n: number, upstreamId?: string) => ({
      topic,
      tenant: "1234567890",
      type: "T",
      payload: { n },
      upstreamId,
    });

    it("gives increasing cursors and links each event to its topic predecessor", async () => {
      const a = await log.append(ev(1));
      const b = await log.append(ev(2));
      expect(a!.cursor).toBeLessThan(b!.cursor);
      expect(a!.prevCursor).toBe(0);
      expect(b!.prevCursor).toBe(a!.cursor);
    });

    it("publishes a batch as one message and keeps a committed append when publishing fails", async () => {
      const messages: number[] = [];
      const reports: string[] = [];
      const failing = new EventLog(
        opened,
        "local",
        {
          ...createMemoryBus(),
          publishMany: async (_channel, events) => {
            messages.push(events.length);
            throw new Error("bus down");
          },
        },
        Date.now,
        (message, error) => reports.push(`${message}: ${String(error)}`),
      );
      const stored = await failing.appendMany([ev(1), ev(2), ev(3), ev(4), ev(5)]);
      expect(stored).toHaveLength(5);
      expect(messages).toEqual([5]);
      // Told to the report passed in (the gateway's logger), not printed.
      expect(reports).toEqual([
        `publishing 5 events on ${channelFor("local", topic)} failed: Error: bus down`,
      ]);
      expect(await failing.append(ev(6))).not.toBeNull();
      expect((await failing.read({ topic, after: 0 })).map((e) => e.payload)).toHaveLength(6);
    });

    it("stores and publishes an upstream event id once", async () => {
      const seen: StoredEvent[] = [];
      await log.bus.subscribe(channelFor("local", topic), (e) => seen.push(e));
      expect(await log.append(ev(1, "MID-1"))).not.toBeNull();
      expect(await log.append(ev(1, "MID-1"))).toBeNull();
      const many = await log.appendMany([ev(2, "MID-2"), ev(3, "MID-2"), ev(4)]);
      expect(many.map((e) => (e.payload as { n: number }).n)).toEqual([2, 4]);
      expect(seen.map((e) => (e.payload as { n: number }).n)).toEqual([1, 2, 4]);
      expect(await log.read({ topic, after: 0 })).toHaveLength(3);
    });

    it("appends a batch in one go exactly as one by one: duplicates skipped, predecessors linked", async () => {
      const other = topicFor("cashbill", "6798700433");
      await log.append(ev(0, "B-1"));
      await log.append({ ...ev(0), topic: other, tenant: "6798700433" });
      const batch = [1, 2, 3, 2, 4, 5, 6].map((n) => ev(n, `B-${n}`));
      batch.push(ev(7), ev(8));
      const seen: StoredEvent[] = [];
      await log.bus.subscribe(channelFor("local", topic), (e) => seen.push(e));
      const stored = await log.appendMany(batch);
      expect(stored.map((e) => (e.payload as { n: number }).n)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      const history = await log.read({ topic, after: 0 });
      expect(history.map((e) => (e.payload as { n: number }).n)).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
      expect(history.slice(1).map((e) => e.cursor)).toEqual(stored.map((e) => e.cursor));
      for (let i = 1; i < history.length; i++)
        expect(history[i]!.prevCursor).toBe(history[i - 1]!.cursor);
      expect(seen.map((e) => e.cursor)).toEqual(stored.map((e) => e.cursor));
      // A second batch after it continues the chain; a batch of only duplicates adds nothing.
      const next = await log.appendMany([9, 10, 11, 12].map((n) => ev(n, `B-${n}`)));
      expect(next[0]!.prevCursor).toBe(stored.at(-1)!.cursor);
      expect(await log.appendMany([9, 10, 11, 12].map((n) => ev(n, `B-${n}`)))).toEqual([]);
      const single = await log.append(ev(13));
      expect(single!.prevCursor).toBe(next.at(-1)!.cursor);
      expect(single!.cursor).toBeGreaterThan(next.at(-1)!.cursor);
    });

    it("reads history after a cursor in cursor order, paged", async () => {
      for (let i = 1; i <= 7; i++) await log.append(ev(i));
      const first = await log.read({ topic, after: 0, limit: 3 });
      const rest = await log.read({ topic, after: first.at(-1)!.cursor });
      expect([...first, ...rest].map((e) => (e.payload as { n: number }).n)).toEqual([
        1, 2, 3, 4, 5, 6, 7,
      ]);
    });

    it("keeps topics of different tenants and stages apart", async () => {
      const other = topicFor("cashbill", "6798700433");
      await log.append(ev(1));
      await log.append({ ...ev(2), topic: other, tenant: "6798700433" });
      const prod = new EventLog(opened, "production", log.bus);
      await prod.append(ev(3));
      expect(
        (await log.read({ topic, after: 0 })).map((e) => (e.payload as { n: number }).n),
      ).toEqual([1]);
      expect(await log.latestCursor(other)).toBeGreaterThan(0);
      expect(
        (await prod.read({ topic, after: 0 })).map((e) => (e.payload as { n: number }).n),
      ).toEqual([3]);
    });

    it("keeps cursor order under concurrent appends to one topic", async () => {
      await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(ev(i))));
      const rows = await log.read({ topic, after: 0 });
      expect(rows).toHaveLength(40);
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevCursor).toBe(rows[i - 1]!.cursor);
    });
  });
}
