import { describe, expect, it, vi } from "vitest";
import { redisAvailable } from "../testing/redis.js";
import { TEST_REDIS_URL } from "../testing/databases.js";
import { type EventBus, createMemoryBus } from "./bus.js";
import { createRedisBus } from "./redis-bus.js";
import type { StoredEvent } from "../events/types.js";

const event = (cursor: number): StoredEvent => ({
  stage: "local",
  topic: "t:1",
  tenant: "1",
  type: "T",
  payload: { cursor },
  cursor,
  prevCursor: cursor - 1,
  createdAt: 0,
  upstreamId: null,
});

// One memory bus is shared within a process; Redis buses are separate instances (as in two gateways).
const memory = createMemoryBus();
const buses: [string, () => EventBus][] = [["memory", () => memory]];
if (await redisAvailable()) buses.push(["redis", () => createRedisBus(TEST_REDIS_URL)]);

for (const [name, make] of buses) {
  describe(`${name} bus`, () => {
    it("delivers a publication to every subscriber of the channel once subscribe resolves", async () => {
      const publisher = make();
      const receiver = make();
      const channel = `test:${Math.random()}`;
      // A Redis bus publishes once connected (a doorbell rung earlier is rung again then).
      for (let i = 0; i < 200 && publisher.status() === "down"; i++)
        await new Promise((r) => setTimeout(r, 25));
      const a: number[] = [];
      const b: number[] = [];
      const ua = await receiver.subscribe(channel, (e) => a.push(e.cursor));
      const ub = await receiver.subscribe(channel, (e) => b.push(e.cursor));
      await publisher.publish(channel, event(1));
      await publisher.publish(`${channel}:other`, event(2));
      await vi.waitFor(() => expect([a, b]).toEqual([[1], [1]]), { timeout: 15_000 });
      ua();
      await publisher.publish(channel, event(3));
      // Once 3 reached b, anything published before it (2 on the other channel) or with it
      // (3 to the unsubscribed a) would have arrived too: no clock decides "nothing more".
      await vi.waitFor(() => expect(b).toEqual([1, 3]), { timeout: 15_000 });
      expect(a).toEqual([1]);
      ub();
      if (name === "redis") await Promise.all([publisher.close(), receiver.close()]);
    });
  });
}
