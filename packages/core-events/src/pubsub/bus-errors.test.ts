import { describe, expect, it } from "vitest";
import { redisAvailable } from "../testing/redis.js";
import { TEST_REDIS_URL } from "../testing/databases.js";
import { type EventBus, createMemoryBus } from "./bus.js";
import { createRedisBus } from "./redis-bus.js";
import type { StoredEvent } from "../events/types.js";

const event: StoredEvent = {
  stage: "local",
  topic: "t:1",
  tenant: "1",
  type: "T",
  payload: {},
  cursor: 1,
  prevCursor: 0,
  createdAt: 0,
  upstreamId: null,
};

type Make = (onError: (message: string, error: unknown) => void) => EventBus;
const buses: [string, Make][] = [["memory", (onError) => createMemoryBus({ onError })]];
if ((await redisAvailable()) || process.env.CI === "true")
  buses.push(["redis", (onError) => createRedisBus(TEST_REDIS_URL, { onError })]);

for (const [name, make] of buses) {
  describe(`${name} bus failures`, () => {
    it("reports a throwing listener through onError (the gateway's logger), not the console", async () => {
      const reported: string[] = [];
      const bus = make((message) => reported.push(message));
      const others: StoredEvent[] = [];
      const channel = `test:errors:${Math.random()}`;
      await bus.subscribe(channel, () => {
        throw new Error("listener broke");
      });
      await bus.subscribe(channel, (e) => others.push(e));
      await bus.publish(channel, event);
      const start = Date.now();
      while (others.length === 0 && Date.now() - start < 15_000)
        await new Promise((r) => setTimeout(r, 10));
      expect(others).toHaveLength(1);
      expect(reported).toEqual(["event listener failed"]);
      await bus.close();
    });
  });
}
