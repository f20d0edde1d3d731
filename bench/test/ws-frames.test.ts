import { stringifyMessage, MessageType } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { nextMessagePrefix, nextMessageTail, textFrame } from "../src/lib/ws-frames.js";

// The floor server's copy of the gateway's framing must still be what graphql-ws would send.
describe("bench ws-frames", () => {
  it("builds graphql-ws's own next message, framed as one text frame", () => {
    const payload = { data: { cashbillEvents: { seq: 1, note: "é\u2028" } } };
    const prefix = nextMessagePrefix("sub-1");
    const tail = nextMessageTail(payload);
    const text = stringifyMessage({ id: "sub-1", type: MessageType.Next, payload });
    expect(Buffer.concat([prefix, tail]).toString()).toBe(text);
    const frame = textFrame(prefix, tail);
    expect(frame[0]).toBe(0x81);
    expect(frame[1]).toBe(Buffer.byteLength(text));
    expect(frame.subarray(2).toString()).toBe(text);
  });
});
