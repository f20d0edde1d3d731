import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { SEND_HIGH_WATER_BYTES, batchSends } from "./batched-send.js";

let wss: WebSocketServer | undefined;
afterEach(async () => {
  for (const c of wss?.clients ?? []) c.terminate();
  await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
  wss = undefined;
});

/** A ws server whose sockets send through batchSends, and one client connected to it. */
async function pair() {
  wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  const accepted = new Promise<{ socket: WebSocket; request: IncomingMessage }>((resolve) =>
    wss!.once("connection", (socket, request) => {
      batchSends(socket, request);
      resolve({ socket, request });
    }),
  );
  await new Promise<void>((resolve) => wss!.once("listening", () => resolve()));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  const received: string[] = [];
  client.on("message", (data) => received.push(String(data)));
  const server = await accepted;
  return { ...server, client, received };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("batchSends", () => {
  it("corks the TCP socket once per tick and uncorks it after; every frame arrives in order", async () => {
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
    for (let i = 0; i < 100; i++) socket.send(`m${i}`, () => {});
    // ws corks around each frame too (100 pairs); batchSends adds exactly one pair per tick.
    expect(corks - uncorks).toBe(1);
    expect(tcp.writableCorked).toBe(1);
    await new Promise((r) => process.nextTick(r));
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
