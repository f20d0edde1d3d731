import type { Client, Sink, SubscribePayload } from "graphql-ws";
import { describe, expect, it } from "vitest";
import { resumableSubscriptions } from "./resumable-client.js";

/** A graphql-ws client that records what it was asked to subscribe with. */
function fakeClient() {
  const calls: { payload: SubscribePayload; sink: Sink<unknown> }[] = [];
  const client = {
    subscribe: (payload: SubscribePayload, sink: Sink<unknown>) => {
      calls.push({ payload, sink });
      return () => undefined;
    },
  } as unknown as Client;
  return { client, calls };
}

const EVENTS = "subscription E($after: String) { pointsEvents(after: $after) { cursor type } }";

describe("resumableSubscriptions", () => {
  it("sends the last delivered cursor as `after` on every later send of the payload", () => {
    const { client, calls } = fakeClient();
    const seen: unknown[] = [];
    resumableSubscriptions(client).subscribe(
      { query: EVENTS, variables: { after: "c0" } },
      { next: (r) => seen.push(r), error: () => undefined, complete: () => undefined },
    );
    const { payload, sink } = calls[0]!;
    expect(JSON.parse(JSON.stringify(payload)).variables).toEqual({ after: "c0" });
    sink.next({ data: { pointsEvents: { cursor: "c1", type: "CHARGED" } } });
    // What graphql-ws serializes when it subscribes again after a reconnect:
    expect(JSON.parse(JSON.stringify(payload)).variables).toEqual({ after: "c1" });
    expect(seen).toHaveLength(1);
  });

  it("drops an event already delivered", () => {
    const { client, calls } = fakeClient();
    const seen: unknown[] = [];
    resumableSubscriptions(client).subscribe(
      { query: EVENTS },
      { next: (r) => seen.push(r), error: () => undefined, complete: () => undefined },
    );
    const event = { data: { pointsEvents: { cursor: "c1", type: "CHARGED" } } };
    calls[0]!.sink.next(event);
    calls[0]!.sink.next(event);
    expect(seen).toEqual([event]);
  });

  it("passes an operation without $after through unchanged", () => {
    const { client, calls } = fakeClient();
    const payload = { query: "subscription { clock(count: 1) { seq } }" };
    const sink = { next: () => undefined, error: () => undefined, complete: () => undefined };
    resumableSubscriptions(client).subscribe(payload, sink);
    expect(calls[0]!.payload).toBe(payload);
    expect(calls[0]!.sink).toBe(sink);
  });
});
