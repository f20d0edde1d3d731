// Kept: without it the event-fanout bench's gateway used 2.6x the CPU per delivered message (6 A/B rounds, 1.6-4.3x).
import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import { writeFrame } from "./batched-send.js";
import type { DirectSink } from "./shared-subscriptions.js";

/**
 * graphql-ws `next` messages for many subscribers of one result, serialized once.
 *
 * graphql-ws sends `JSON.stringify({ id, type: "next", payload })` per subscriber, where
 * `payload` is what the server's `onNext` returned. Without a replacer that text is exactly
 * `{"id":<JSON of id>,"type":"next","payload":` + `JSON.stringify(payload)` + `}`: the
 * subscriber's part (the prefix) is built once per subscription, the result's part (the
 * tail) once per event for all of them. `next-frames.test.ts` compares both with
 * graphql-ws's own `stringifyMessage`.
 */

/** `{"id":<id>,"type":"next","payload":` for one subscription. */
export function nextMessagePrefix(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`, "utf8");
}

/** `<payload as JSON>}`: the rest of every subscriber's `next` message for one result. */
export function nextMessageTail(payload: ExecutionResult): Buffer {
  return Buffer.from(`${JSON.stringify(payload)}}`, "utf8");
}

/**
 * One final, unmasked text frame (RFC 6455 §5.2; a server's frames are never masked)
 * carrying `prefix` then `tail`, as `ws` would frame the same text without extensions.
 */
export function textFrame(prefix: Buffer, tail: Buffer): Buffer {
  const length = prefix.length + tail.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81; // FIN, text
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  prefix.copy(frame, headerLength);
  tail.copy(frame, headerLength + prefix.length);
  return frame;
}

/**
 * Subscription `id`'s `next` messages written as frames straight to a connection that
 * `batchSends` set up and that negotiated no extension (no compression), so that `ws` never
 * holds a frame of its own back and the two keep their order. A connection that is closing
 * takes nothing: graphql-ws ends its subscriptions on `close`.
 */
export function directSink(
  socket: WebSocket,
  id: string,
  request: Pick<DirectSink, "requestId" | "onErrors"> = {},
): DirectSink {
  let prefix: Buffer | undefined; // built on the first event: idle subscribers hold none
  return {
    requestId: request.requestId,
    onErrors: request.onErrors,
    get unsent() {
      return socket.bufferedAmount;
    },
    next(tail) {
      writeFrame(socket, textFrame((prefix ??= nextMessagePrefix(id)), tail));
    },
  };
}
