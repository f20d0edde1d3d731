import { describe, expect, it } from "vitest";
import { SEND_HIGH_WATER_BYTES } from "./batched-send.js";
import { until, useSocketPairs } from "./ws.test-helpers.js";

const pair = useSocketPairs();

describe("batchSends", () => {
  it("corks the TCP socket once per turn of the event loop; every frame arrives in order", async () => {
    const { socket, request, client, received } = await pair();
    let corks = 0;
    let uncorks = 0;
    const tcp = request.socket;
    const cork = tcp.cork.bind(tcp);
    const uncork = tcp.uncork.bind(tcp);
    tcp.cork = () => {
      corks++;
      cork();
    };
    tcp.uncork = () => {
      uncorks++;
      uncork();
    };
    for (let i = 0; i < 50; i++) socket.send(`m${i}`, () => {});
    // Later ticks of the same turn (as when several webhooks are read in one poll) stay corked.
    await new Promise((r) => process.nextTick(r));
    await Promise.resolve();
    for (let i = 50; i < 100; i++) socket.send(`m${i}`, () => {});
    // ws corks around each frame too (100 pairs); batchSends adds exactly one pair per turn.
    expect(corks - uncorks).toBe(1);
    expect(tcp.writableCorked).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(tcp.writableCorked).toBe(0);
    expect(corks).toBe(101);
    await until(() => received.length === 100);
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    client.close();
  });

  it("reports a send done at once below the high-water mark, and waits for the write above it", async () => {
    const { socket, client, received } = await pair();
    let done = false;
    socket.send("small", () => (done = true));
    expect(done).toBe(true); // before any I/O happened
    // Fill the buffer past the mark within one tick: the next send waits for its write.
    socket.send("x".repeat(SEND_HIGH_WATER_BYTES + 1), () => {});
    let waited = false;
    const written = new Promise<void>((resolve) =>
      socket.send("after", () => {
        waited = true;
        resolve();
      }),
    );
    expect(waited).toBe(false);
    await written;
    await until(() => received.length === 3);
    expect(received[2]).toBe("after");
    client.close();
  });
});
