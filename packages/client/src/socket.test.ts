import { describe, expect, it } from "vitest";
import { reconnectDelay, shouldReconnect, webSocketUrl } from "./socket.js";

describe("reconnectDelay", () => {
  it("doubles from the minimum, between half and all of the ceiling", () => {
    const options = { minDelayMs: 100, maxDelayMs: 10_000 };
    expect(reconnectDelay(0, options, () => 0)).toBe(50);
    expect(reconnectDelay(0, options, () => 1)).toBe(100);
    expect(reconnectDelay(3, options, () => 0)).toBe(400);
    expect(reconnectDelay(3, options, () => 1)).toBe(800);
  });

  it("is capped at maxDelayMs however many attempts failed", () => {
    const options = { minDelayMs: 500, maxDelayMs: 3_000 };
    expect(reconnectDelay(10, options, () => 1)).toBe(3_000);
    expect(reconnectDelay(10_000, options, () => 1)).toBe(3_000);
    expect(reconnectDelay(10_000, options, () => 0)).toBe(1_500);
  });

  it("defaults to 500 ms doubling up to 3 s", () => {
    expect(reconnectDelay(0, {}, () => 1)).toBe(500);
    expect(reconnectDelay(20, {}, () => 1)).toBe(3_000);
  });

  it("spreads clients out with jitter", () => {
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(4)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe("shouldReconnect", () => {
  const close = (code: number) => ({ code, reason: "", wasClean: false });

  it("reconnects after an abnormal closure, a going-away and a terminated socket", () => {
    expect(shouldReconnect(close(1006))).toBe(true);
    expect(shouldReconnect(close(1001))).toBe(true);
    expect(shouldReconnect(close(4499))).toBe(true);
  });

  it("reconnects after a socket error such as a refused or reset connection", () => {
    expect(shouldReconnect({ type: "error", message: "connect ECONNREFUSED" })).toBe(true);
    expect(shouldReconnect(new Error("socket hang up"))).toBe(true);
  });

  it("does not reconnect after the gateway refused the API key (4403)", () => {
    expect(shouldReconnect(close(4403))).toBe(false);
  });
});

describe("webSocketUrl", () => {
  it("maps http to ws and https to wss, path and query kept", () => {
    expect(webSocketUrl("http://127.0.0.1:4000/graphql")).toBe("ws://127.0.0.1:4000/graphql");
    expect(webSocketUrl("https://korbill.example/graphql?x=1")).toBe(
      "wss://korbill.example/graphql?x=1",
    );
  });

  it("resolves a relative URL against the page", () => {
    const page = { href: "https://shop.example/admin/index.html" };
    Object.defineProperty(globalThis, "location", { value: page, configurable: true });
    try {
      expect(webSocketUrl("/graphql")).toBe("wss://shop.example/graphql");
    } finally {
      Reflect.deleteProperty(globalThis, "location");
    }
  });
});
