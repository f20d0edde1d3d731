import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { PrivateRedis } from "../testing/redis-server.js";
import type { StoredEvent } from "../events/types.js";
import type { EventBus } from "./bus.js";
import { createRedisBus } from "./redis-bus.js";

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

async function until(cond: () => boolean, what: () => string, ms = 15_000): Promise<void> {
  const started = Date.now();
  while (!cond()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Each test runs its own redis-server on a port of its own, which it stops and starts.
describe("Redis bus through an outage", () => {
  let redis: PrivateRedis;
  const buses: EventBus[] = [];
  const bus = (url: string) => {
    const b = createRedisBus(url, { onError: () => undefined });
    buses.push(b);
    return b;
  };
  beforeAll(async () => {
    redis = await PrivateRedis.start();
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await redis?.stop();
  });

  it("publishes a batch as one message", async () => {
    const publisher = bus(redis.url);
    const probe = new Redis(redis.url);
    const messages: string[] = [];
    probe.on("message", (_c: string, m: string) => messages.push(m));
    await probe.subscribe("batch");
    await until(
      () => publisher.status() === "up",
      () => "publisher not up",
    );
    await publisher.publishMany("batch", [event(1), event(2), event(3)]);
    await until(
      () => messages.length === 1,
      () => JSON.stringify(messages),
    );
    expect((JSON.parse(messages[0]!) as StoredEvent[]).map((e) => e.cursor)).toEqual([1, 2, 3]);
    probe.disconnect();
  });

  it("never fails a publication, subscribes during an outage and reports gaps on return", async () => {
    const publisher = bus(redis.url);
    const receiver = bus(redis.url);
    const seen: number[] = [];
    let gapsA = 0;
    await receiver.subscribe(
      "a",
      (e) => seen.push(e.cursor),
      () => gapsA++,
    );
    await until(
      () => publisher.status() === "up" && receiver.status() === "up",
      () => "not up",
    );
    await publisher.publish("a", event(1));
    await until(
      () => seen.length === 1,
      () => JSON.stringify(seen),
    );

    await redis.kill();
    await until(
      () => receiver.status() === "down",
      () => "still up",
    );
    // Neither rejects: the log keeps the truth, the bus only rings.
    await publisher.publishMany("a", [event(2), event(3)]);
    let gapsB = 0;
    const seenB: number[] = [];
    const subscribed = receiver.subscribe(
      "b",
      (e) => seenB.push(e.cursor),
      () => gapsB++,
    );
    await expect(subscribed).resolves.toBeTypeOf("function");

    await redis.restart();
    const back = Date.now();
    await until(
      () => gapsA > 0 && gapsB > 0,
      () => JSON.stringify({ gapsA, gapsB }),
    );
    // Reconnect attempts are at most a second apart (reconnectDelay).
    expect(Date.now() - back).toBeLessThan(5_000);
    await until(
      () => publisher.status() === "up",
      () => "publisher down",
    );
    await publisher.publish("b", event(10));
    await until(
      () => seenB.includes(10),
      () => JSON.stringify(seenB),
    );
  }, 60_000);
});

describe("Redis bus through Sentinel", () => {
  let master: PrivateRedis;
  let sentinel: PrivateRedis;
  const buses: EventBus[] = [];
  beforeAll(async () => {
    master = await PrivateRedis.start();
    sentinel = await PrivateRedis.sentinel(master, "mymaster");
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await sentinel?.stop();
    await master?.stop();
  });

  it("finds the master through the sentinel and delivers events", async () => {
    const url = `redis-sentinel://127.0.0.1:${sentinel.port}/mymaster`;
    const publisher = createRedisBus(url, { onError: () => undefined });
    const receiver = createRedisBus(url, { onError: () => undefined });
    buses.push(publisher, receiver);
    const seen: number[] = [];
    await receiver.subscribe("s", (e) => seen.push(e.cursor));
    await until(
      () => publisher.status() === "up" && receiver.status() === "up",
      () => "not up",
    );
    await publisher.publishMany("s", [event(1), event(2)]);
    await until(
      () => seen.length === 2,
      () => JSON.stringify(seen),
    );
    expect(seen).toEqual([1, 2]);
    // The messages went through the master the sentinel named.
    const direct = new Redis(master.url);
    const channels = (await direct.pubsub("CHANNELS")) as string[];
    direct.disconnect();
    expect(channels).toContain("s");
  }, 30_000);
});

describe("Redis bus on a Redis Cluster", () => {
  let nodes: PrivateRedis[] = [];
  const buses: EventBus[] = [];
  beforeAll(async () => {
    nodes = await PrivateRedis.cluster(3);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await Promise.all(nodes.map((n) => n.stop()));
  });

  it("finds the cluster from seed nodes and delivers events across its nodes", async () => {
    const seeds = nodes
      .slice(0, 2)
      .map((n) => `127.0.0.1:${n.port}`)
      .join(",");
    const publisher = createRedisBus(`redis-cluster://${seeds}`, { onError: () => undefined });
    const receiver = createRedisBus(`redis-cluster://${seeds}`, { onError: () => undefined });
    buses.push(publisher, receiver);
    const seen: number[] = [];
    await receiver.subscribe("c", (e) => seen.push(e.cursor));
    await until(
      () => publisher.status() === "up" && receiver.status() === "up",
      () => "not up",
    );
    await publisher.publishMany("c", [event(1), event(2), event(3)]);
    await until(
      () => seen.length === 3,
      () => JSON.stringify(seen),
    );
    expect(seen).toEqual([1, 2, 3]);
  }, 60_000);
});
