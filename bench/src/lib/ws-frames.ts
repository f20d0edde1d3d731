/**
 * The gateway's graphql-ws `next` framing, for the fan-out floor server: the same bytes as
 * apps/gateway/src/ws/next-frames.ts and batched-send.ts (whose tests check them against
 * graphql-ws and `ws`), copied here so the gateway's public entry exports no bench-only
 * internals. Keep the two in step when the gateway's framing changes.
 */
import type { Socket } from "node:net";

/** `{"id":<id>,"type":"next","payload":` for one subscription. */
export function nextMessagePrefix(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`, "utf8");
}

/** `<payload as JSON>}`: the rest of every subscriber's `next` message for one result. */
export function nextMessageTail(payload: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(payload)}}`, "utf8");
}

/** One final, unmasked text frame (RFC 6455 §5.2) carrying `prefix` then `tail`. */
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

/** TCP sockets corked in this turn of the event loop, uncorked together after it. */
const corked: Socket[] = [];

function uncorkAll(): void {
  for (const tcp of corked.splice(0)) tcp.uncork();
}

/** Corks `tcp` until the end of this turn of the event loop (once per turn). */
export function holdForTurn(tcp: Socket): void {
  if (tcp.writableCorked || tcp.destroyed) return;
  if (corked.length === 0) setImmediate(uncorkAll);
  corked.push(tcp);
  tcp.cork();
}
