import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { batchSends } from "./batched-send.js";

/**
 * Real loopback WebSocket pairs whose server side sends through `batchSends`; each test's
 * servers and sockets are closed after it.
 */
export function useSocketPairs() {
  let wss: WebSocketServer | undefined;
  afterEach(async () => {
    for (const c of wss?.clients ?? []) c.terminate();
    await new Promise<void>((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
    wss = undefined;
  });
  /** A batched server connection and a `ws` client recording every message as text. */
  return async function pair() {
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
    const binary: boolean[] = [];
    client.on("message", (data, isBinary) => {
      received.push(String(data));
      binary.push(isBinary);
    });
    return { ...(await accepted), client, received, binary };
  };
}

/** Waits up to 15 s (a loaded machine) for `check` to hold, then asserts it. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}
