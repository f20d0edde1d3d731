import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  EventLog,
  type EventBus,
  coreEventsMigrations,
  createMemoryBus,
  decodeCursor,
  encodeCursor,
  topicFor,
} from "@korbill/core-events";
import { openTestDatabase } from "@korbill/core-events/testing";
import { type EventsContext, liveEvents } from "./events.js";

const corpNum = "1234567890";

describe("liveEvents", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let active: number;
  let ctx: EventsContext;

  beforeEach(async () => {
    opened = await openTestDatabase("sqlite", coreEventsMigrations);
    active = 0;
    const bus = createMemoryBus();
    const counting: EventBus = {
      ...bus,
      subscribe: async (channel, listener, onGap) => {
        active++;
        const release = await bus.subscribe(channel, listener, onGap);
        return () => {
          active--;
          release();
        };
      },
    };
    ctx = {
      tenant: {
        keyId: "key_test",
        kind: "member",
        name: "test",
        stage: "local",
        corpNums: [corpNum],
        userId: null,
      },
      stage: "local",
      requestId: "req_test",
      events: new EventLog(opened, "local", counting),
    };
  });
  afterEach(() => opened.dispose());

  const append = (n: number) =>
    ctx.events.append({
      topic: topicFor("cashbill", corpNum),
      tenant: corpNum,
      type: "TICK",
      payload: { n },
    });

  it("hands each event mapped with its cursor", async () => {
    const first = await append(1);
    const second = await append(2);
    const stream = liveEvents(ctx, {
      domain: "cashbill",
      after: encodeCursor(first!.cursor),
      map: (event, cursor) => ({ n: (event.payload as { n: number }).n, cursor }),
    })[Symbol.asyncIterator]();
    const got = (await stream.next()).value as { n: number; cursor: string };
    expect(got.n).toBe(2);
    expect(decodeCursor(got.cursor)).toBe(second!.cursor);
    await stream.return?.();
    expect(active).toBe(0);
  });

  it("ends and releases its subscription when mapping an event fails", async () => {
    await append(1);
    const stream = liveEvents(ctx, {
      domain: "cashbill",
      after: encodeCursor(0),
      map: () => {
        throw new Error("unmappable");
      },
    })[Symbol.asyncIterator]();
    await expect(stream.next()).rejects.toThrow("unmappable");
    expect(active).toBe(0);
  });
});
