import { GraphQLError } from "graphql";
import { MessageType, stringifyMessage } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { directSink, nextMessagePrefix, nextMessageTail, textFrame } from "./next-frames.js";
import { until, useSocketPairs } from "./ws.test-helpers.js";

const pair = useSocketPairs();

/** What graphql-ws's server sends for `payload` (the value its `onNext` returned). */
const graphqlWs = (id: string, payload: object) =>
  stringifyMessage({ id, type: MessageType.Next, payload } as never);

describe("next messages serialized once", () => {
  const results = [
    {
      data: { cashbillEvents: { cursor: "ZXY6MQ", mgtKey: "한글-키", success: true, code: null } },
    },
    { data: { n: 1 }, extensions: { cost: 3 } },
    {
      data: null,
      errors: [
        new GraphQLError("boom", { path: ["a", 0], extensions: { code: "SUBSCRIBER_TOO_SLOW" } }),
      ],
    },
  ];

  it("are graphql-ws's own text for every result and id", () => {
    for (const id of ["1", "3f0c-uuid", 'quote"and\\slash', "ü"]) {
      for (const result of results) {
        const text = Buffer.concat([nextMessagePrefix(id), nextMessageTail(result)]).toString();
        expect(text).toBe(graphqlWs(id, result));
      }
    }
  });

  it("frame every length as ws reads it, in order with ws's own sends", async () => {
    const { socket, client, received, binary } = await pair();
    await new Promise((r) => client.once("open", r));
    const sink = directSink(socket, "sub-1");
    // Around each header size change: 7-bit, 16-bit and 64-bit lengths.
    const prefixLength = nextMessagePrefix("sub-1").length;
    const lengths = [125, 126, 65_535, 65_536, 70_000].map((l) => l - prefixLength - 18);
    const expected: string[] = [];
    for (const [i, filler] of lengths.entries()) {
      const result = { data: { s: "x".repeat(filler) } };
      sink.next(nextMessageTail(result));
      expected.push(graphqlWs("sub-1", result));
      socket.send(`between-${i}`);
      expected.push(`between-${i}`);
    }
    expect(lengths.map((l, i) => expected[i * 2]!.length - l)).toEqual(
      lengths.map(() => prefixLength + 18),
    );
    await until(() => received.length === expected.length);
    expect(received).toEqual(expected);
    expect(binary.every((b) => !b)).toBe(true);
    client.close();
  });

  it("write nothing once the connection is closing", async () => {
    const { socket, request, client, received } = await pair();
    await new Promise((r) => client.once("open", r));
    const sink = directSink(socket, "1");
    socket.close();
    const tcp = request.socket;
    const queued = () => tcp.bytesWritten + tcp.writableLength;
    const before = queued();
    sink.next(nextMessageTail({ data: { n: 1 } }));
    expect(queued()).toBe(before);
    await new Promise((r) => client.once("close", r));
    expect(received).toEqual([]);
  });

  it("build a frame whose header states the payload length", () => {
    const frame = textFrame(Buffer.from("ab"), Buffer.from("c"));
    expect([...frame]).toEqual([0x81, 3, 0x61, 0x62, 0x63]);
  });
});
