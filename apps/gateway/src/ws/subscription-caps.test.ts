import { describe, expect, it } from "vitest";
import { SubscriptionCaps } from "./subscription-caps.js";

describe("SubscriptionCaps", () => {
  it("refuses past the per-socket cap and counts a released id again", () => {
    const caps = new SubscriptionCaps({ perSocket: 2, perKey: 10 });
    const socket = {};
    expect(caps.acquire(socket, "1", "k")).toBeUndefined();
    expect(caps.acquire(socket, "2", "k")).toBeUndefined();
    expect(caps.acquire(socket, "3", "k")?.extensions).toMatchObject({
      code: "TOO_MANY_SUBSCRIPTIONS",
      scope: "SOCKET",
      limit: 2,
    });
    caps.release(socket, "1");
    expect(caps.acquire(socket, "3", "k")).toBeUndefined();
    expect(caps.heldBy("k")).toBe(2);
  });
  it("counts one key over all its sockets and frees a closed socket's share", () => {
    const caps = new SubscriptionCaps({ perSocket: 10, perKey: 3 });
    const a = {};
    const b = {};
    caps.acquire(a, "1", "k");
    caps.acquire(a, "2", "k");
    caps.acquire(b, "1", "k");
    expect(caps.acquire(b, "2", "k")?.extensions).toMatchObject({ scope: "API_KEY", limit: 3 });
    expect(caps.acquire({}, "1", "other")).toBeUndefined();
    caps.releaseAll(a);
    expect(caps.heldBy("k")).toBe(1);
    expect(caps.acquire(b, "2", "k")).toBeUndefined();
  });
  it("ignores releases of ids it never counted", () => {
    const caps = new SubscriptionCaps({ perSocket: 1, perKey: 1 });
    const socket = {};
    caps.acquire(socket, "1", "k");
    caps.release(socket, "query-id");
    caps.release({}, "1");
    expect(caps.heldBy("k")).toBe(1);
  });
  it("caps a socket without a key by the per-socket cap only", () => {
    const caps = new SubscriptionCaps({ perSocket: 2, perKey: 1 });
    const socket = {};
    expect(caps.acquire(socket, "1", null)).toBeUndefined();
    expect(caps.acquire(socket, "2", null)).toBeUndefined();
    expect(caps.acquire(socket, "3", null)?.extensions).toMatchObject({ scope: "SOCKET" });
  });
});
