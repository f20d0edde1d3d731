// Kept: without it the event-fanout bench's gateway used 1.6x the CPU per delivered message (6 A/B rounds, 1.1-2.4x).
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { WebSocket } from "ws";

/** Bytes a socket may hold unsent before a send waits for the network again. */
export const SEND_HIGH_WATER_BYTES = 1024 * 1024;

type SendCallback = (error?: Error) => void;

/** TCP sockets corked in this turn of the event loop, uncorked together after it. */
const corked: Socket[] = [];

function uncorkAll(): void {
  // A socket corked while this runs (it cannot be: nothing here sends) would wait a turn.
  const sockets = corked.splice(0);
  for (const tcp of sockets) tcp.uncork();
}

/**
 * Corks `tcp` until the end of this turn of the event loop (once per turn): everything
 * written to it in this turn leaves in one `writev`.
 */
export function holdForTurn(tcp: Socket): void {
  if (tcp.writableCorked || tcp.destroyed) return;
  if (corked.length === 0) setImmediate(uncorkAll);
  corked.push(tcp);
  tcp.cork();
}

/** The TCP socket under each batched connection. */
const tcpOf = new WeakMap<WebSocket, Socket>();

/**
 * Makes a graphql-ws connection cheap to write to in bursts. graphql-ws awaits every
 * `send` until `ws` reports the frame written, so a subscriber that gets 100 events at once
 * (a bulk's results, a replay) costs 100 event-loop turns and 100 `writev` calls. Here:
 *
 * - the TCP socket is corked on the first send of a turn of the event loop and uncorked
 *   after that turn's I/O callbacks (`setImmediate`), so every frame queued in that turn
 *   leaves in one `writev`: under load, the webhooks read in one turn reach each subscriber
 *   in one write instead of one write each, and an idle gateway adds no wait;
 * - `send` reports success as soon as the frame is queued while less than
 *   {@link SEND_HIGH_WATER_BYTES} are waiting; above that it waits for the write as before,
 *   so a slow reader still pushes back on its subscriptions instead of growing the buffer.
 *
 * A frame that later fails to go out fails because the socket is closing: `ws` then emits
 * `close` and graphql-ws ends the connection's subscriptions, exactly as when a waited send
 * fails. Messages keep their order (one socket, one queue).
 */
export function batchSends(socket: WebSocket, request: IncomingMessage): void {
  // The upgrade request's socket is the one `ws` writes to (public API, unlike `_socket`).
  const tcp = request.socket;
  tcpOf.set(socket, tcp);
  const send = socket.send.bind(socket) as (data: string, cb?: SendCallback) => void;
  const batched = (data: string, cb?: SendCallback): void => {
    holdForTurn(tcp);
    if (!cb || socket.bufferedAmount >= SEND_HIGH_WATER_BYTES) {
      send(data, cb);
      return;
    }
    send(data, ignoreError);
    cb();
  };
  socket.send = batched as WebSocket["send"];
}

/**
 * Writes one complete, unmasked WebSocket frame (see `next-frames.ts`) on a batched
 * connection, in order with what `ws` sends on it, in the same turn's `writev`. Only for a
 * connection without extensions (`ws` then writes every frame straight to the socket, never
 * queueing one). False, and nothing written, when the connection is not open.
 */
export function writeFrame(socket: WebSocket, frame: Buffer): boolean {
  const tcp = tcpOf.get(socket);
  if (!tcp || socket.readyState !== WebSocket.OPEN || !tcp.writable) return false;
  holdForTurn(tcp);
  tcp.write(frame);
  return true;
}

function ignoreError(): void {
  // The socket is closing; its `close` event ends the subscriptions (see batchSends).
}
