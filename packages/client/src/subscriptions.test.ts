import type { Client, Sink, SubscribePayload } from "graphql-ws";
import { describe, expect, it, vi } from "vitest";
import { CashbillEventsDocument, ViewerDocument } from "./index.js";
import { subscribeResumable } from "./subscriptions.js";
import { KorbillError } from "./errors.js";
import { streamResumable } from "./stream.js";

/**
 * A stand-in for graphql-ws's client that, like the real one, keeps the payload object it
 * was given and serialises it again for every (re)subscription.
 */
function fakeClient() {
  let payload: SubscribePayload | undefined;
  let sink: Sink | undefined;
  const sent: Record<string, unknown>[] = [];
  const send = () => sent.push(JSON.parse(JSON.stringify(payload)) as Record<string, unknown>);
  const client = {
    subscribe(p: SubscribePayload, s: Sink) {
      payload = p;
      sink = s;
      send();
      return () => sink?.complete();
    },
  } as unknown as Client;
  return {
    client,
    sent,
    /** The socket dropped and came back: graphql-ws subscribes again with the same payload. */
    reconnect: send,
    next: (value: unknown) => sink!.next(value as never),
    error: (value: unknown) => sink!.error(value),
    /** The server ended the subscription. */
    complete: () => sink!.complete(),
  };
}

const event = (cursor: string) => ({ data: { cashbillEvents: { cursor, mgtKey: cursor } } });

describe("subscribeResumable", () => {
  it("re-subscribes with `after` = the last cursor received, other variables kept", () => {
    const fake = fakeClient();
    const seen: string[] = [];
    subscribeResumable<{ cashbillEvents: { cursor: string } }>(
      fake.client,
      CashbillEventsDocument,
      { submitId: "S1", types: ["BULKRESULT"] },
      { onEvent: (e) => seen.push(e.cashbillEvents.cursor) },
    );
    fake.next(event("c1"));
    fake.next(event("c2"));
    fake.reconnect();
    fake.next(event("c3"));
    fake.reconnect();
    expect(seen).toEqual(["c1", "c2", "c3"]);
    expect(fake.sent.map((p) => p.variables)).toEqual([
      { submitId: "S1", types: ["BULKRESULT"] },
      { submitId: "S1", types: ["BULKRESULT"], after: "c2" },
      { submitId: "S1", types: ["BULKRESULT"], after: "c3" },
    ]);
    expect(fake.sent[0]).toMatchObject({ operationName: "CashbillEvents" });
  });

  it("re-subscribes from the caller's `after` when nothing arrived before the drop", () => {
    const fake = fakeClient();
    subscribeResumable(fake.client, CashbillEventsDocument, { after: "c9" }, { onEvent() {} });
    fake.reconnect();
    expect(fake.sent.map((p) => p.variables)).toEqual([{ after: "c9" }, { after: "c9" }]);
  });

  it("drops an event delivered twice", () => {
    const fake = fakeClient();
    const onEvent = vi.fn();
    const sub = subscribeResumable(fake.client, CashbillEventsDocument, {}, { onEvent });
    fake.next(event("c1"));
    fake.next(event("c1"));
    fake.next(event("c2"));
    expect(onEvent).toHaveBeenCalledTimes(2);
    expect(sub.cursor).toBe("c2");
  });

  it("reports GraphQL errors of a result as KorbillErrors", () => {
    const fake = fakeClient();
    const onError = vi.fn();
    subscribeResumable(fake.client, CashbillEventsDocument, {}, { onEvent() {}, onError });
    fake.next({
      data: null,
      errors: [{ message: "not yours", extensions: { code: "FORBIDDEN" } }],
    });
    fake.error({ code: 4403, reason: "Forbidden" });
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["FORBIDDEN", "UNAUTHENTICATED"]);
  });

  it("keeps delivering when a handler throws, and reports the exception as uncaught", () => {
    vi.useFakeTimers();
    try {
      const fake = fakeClient();
      const seen: string[] = [];
      subscribeResumable<{ cashbillEvents: { cursor: string } }>(
        fake.client,
        CashbillEventsDocument,
        {},
        {
          onEvent: (e) => {
            seen.push(e.cashbillEvents.cursor);
            if (seen.length === 1) throw new Error("handler bug");
          },
        },
      );
      fake.next(event("c1"));
      fake.next(event("c2"));
      expect(seen).toEqual(["c1", "c2"]);
      expect(() => vi.runAllTimers()).toThrow("handler bug");
    } finally {
      vi.useRealTimers();
    }
  });

  const tooSlow = {
    data: null,
    errors: [{ message: "fell behind", extensions: { code: "SUBSCRIBER_TOO_SLOW" } }],
  };

  it("subscribes again from the last cursor when the gateway ends it as too slow", () => {
    const fake = fakeClient();
    const seen: string[] = [];
    const onError = vi.fn();
    const onComplete = vi.fn();
    subscribeResumable<{ cashbillEvents: { cursor: string } }>(
      fake.client,
      CashbillEventsDocument,
      { types: ["ISSUED"] },
      { onEvent: (e) => seen.push(e.cashbillEvents.cursor), onError, onComplete },
    );
    fake.next(event("c1"));
    fake.next(tooSlow);
    fake.complete();
    fake.next(event("c2"));
    expect(seen).toEqual(["c1", "c2"]);
    expect(fake.sent.map((p) => p.variables)).toEqual([
      { types: ["ISSUED"] },
      { types: ["ISSUED"], after: "c1" },
    ]);
    expect(onError).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it("does not subscribe again once unsubscribed, nor for an operation that cannot resume", () => {
    const fake = fakeClient();
    const sub = subscribeResumable(fake.client, CashbillEventsDocument, {}, { onEvent() {} });
    fake.next(event("c1"));
    fake.next(tooSlow);
    sub.unsubscribe(); // ends it before the server's complete arrives
    expect(fake.sent).toHaveLength(1);

    const viewer = fakeClient();
    const onError = vi.fn();
    const onComplete = vi.fn();
    subscribeResumable(viewer.client, ViewerDocument, undefined, {
      onEvent() {},
      onError,
      onComplete,
    });
    viewer.next(tooSlow);
    viewer.complete();
    expect(viewer.sent).toHaveLength(1);
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["SUBSCRIBER_TOO_SLOW"]);
    expect(onComplete).toHaveBeenCalledOnce();
  });

  it("leaves the variables of an operation without $after alone", () => {
    const fake = fakeClient();
    subscribeResumable(fake.client, ViewerDocument, undefined, { onEvent() {} });
    fake.next({ data: { viewer: { cursor: "c1" } } });
    fake.reconnect();
    expect(fake.sent.map((p) => p.variables)).toEqual([{}, {}]);
  });
});

describe("streamResumable", () => {
  it("yields buffered events in order and resumes like the callback form", async () => {
    const fake = fakeClient();
    const stream = streamResumable<{ cashbillEvents: { cursor: string } }>(
      fake.client,
      CashbillEventsDocument,
      { types: ["BULKRESULT"] },
    );
    fake.next(event("c1"));
    fake.next(event("c2"));
    expect((await stream.next()).value?.cashbillEvents.cursor).toBe("c1");
    fake.reconnect();
    expect(fake.sent.at(-1)?.variables).toEqual({ types: ["BULKRESULT"], after: "c2" });
    expect((await stream.next()).value?.cashbillEvents.cursor).toBe("c2");
    expect(stream.cursor).toBe("c2");
  });

  it("throws the first error from next() and then ends", async () => {
    const fake = fakeClient();
    const stream = streamResumable(fake.client, CashbillEventsDocument, {});
    const pending = stream.next();
    fake.error([{ message: "gone", extensions: { code: "NOT_FOUND" } }]);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KorbillError);
    expect((error as KorbillError).code).toBe("NOT_FOUND");
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it("unsubscribes when the consumer breaks out of for-await", async () => {
    const fake = fakeClient();
    const stream = streamResumable<{ cashbillEvents: { cursor: string } }>(
      fake.client,
      CashbillEventsDocument,
      {},
    );
    fake.next(event("c1"));
    fake.next(event("c2"));
    const seen: string[] = [];
    for await (const e of stream) {
      seen.push(e.cashbillEvents.cursor);
      break;
    }
    expect(seen).toEqual(["c1"]);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
