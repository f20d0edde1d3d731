import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";

/** Bytes a socket may hold unsent before a send waits for the network again. */
export const SEND_HIGH_WATER_BYTES = 1024 * 1024;

type SendCallback = (error?: Error) => void;

/**
 * Makes a graphql-ws connection cheap to write to in bursts. graphql-ws awaits every
 * `send` until `ws` reports the frame written, so a subscriber that gets 100 events at once
 * (a bulk's results, a replay) costs 100 event-loop turns and 100 `writev` calls. Here:
 *
 * - the TCP socket is corked for the rest of the current tick on the first send, so every
 *   frame queued in that tick leaves in one `writev`;
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
  const send = socket.send.bind(socket) as (data: string, cb?: SendCallback) => void;
  let corked = false;
  const uncork = () => {
    corked = false;
    tcp.uncork();
  };
  const batched = (data: string, cb?: SendCallback): void => {
    if (!corked && !tcp.destroyed) {
      corked = true;
      tcp.cork();
      process.nextTick(uncork);
    }
    if (!cb || socket.bufferedAmount >= SEND_HIGH_WATER_BYTES) {
      send(data, cb);
      return;
    }
    send(data, ignoreError);
    cb();
  };
  socket.send = batched as WebSocket["send"];
}

function ignoreError(): void {
  // The socket is closing; its `close` event ends the subscriptions (see batchSends).
}
