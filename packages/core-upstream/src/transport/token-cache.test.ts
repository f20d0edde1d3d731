import { describe, expect, it } from "vitest";
import { ManualClock } from "@korbill/core-domain";
import { TokenCache } from "./token-cache.js";

interface T {
  id: number;
  expiresAt: number;
}

function minter(clock: ManualClock, lifetimeMs = 60_000) {
  let count = 0;
  const mint = async (): Promise<T> => {
    count += 1;
    return { id: count, expiresAt: clock.now() + lifetimeMs };
  };
  return { mint, count: () => count };
}

describe("TokenCache", () => {
  it("runs one mint for concurrent callers of one key", async () => {
    const clock = new ManualClock(0);
    const { mint, count } = minter(clock);
    const cache = new TokenCache<T>();
    const tokens = await Promise.all(
      Array.from({ length: 100 }, () => cache.get("k", mint, { clock, refreshMarginMs: 1_000 })),
    );
    expect(count()).toBe(1);
    expect(new Set(tokens.map((t) => t.id))).toEqual(new Set([1]));
  });

  it("mints again once the refresh margin is reached", async () => {
    const clock = new ManualClock(0);
    const { mint, count } = minter(clock);
    const cache = new TokenCache<T>();
    const policy = { clock, refreshMarginMs: 10_000 };
    await cache.get("k", mint, policy);
    clock.set(49_999);
    await cache.get("k", mint, policy);
    clock.set(50_000);
    await cache.get("k", mint, policy);
    expect(count()).toBe(2);
  });

  it("refreshes a short-lived token at half-life rather than on every call", async () => {
    const clock = new ManualClock(0);
    const { mint, count } = minter(clock, 4_000);
    const cache = new TokenCache<T>();
    const policy = { clock, refreshMarginMs: 60_000 };
    await cache.get("k", mint, policy);
    clock.set(1_999);
    await cache.get("k", mint, policy);
    expect(count()).toBe(1);
  });

  it("does not cache a failed mint", async () => {
    const clock = new ManualClock(0);
    const cache = new TokenCache<T>();
    const policy = { clock, refreshMarginMs: 0 };
    await expect(cache.get("k", () => Promise.reject(new Error("down")), policy)).rejects.toThrow(
      "down",
    );
    await expect(cache.get("k", async () => ({ id: 7, expiresAt: 10 }), policy)).resolves.toEqual({
      id: 7,
      expiresAt: 10,
    });
  });

  it("keeps a newer token when asked to invalidate an older one", async () => {
    const clock = new ManualClock(0);
    const { mint } = minter(clock);
    const cache = new TokenCache<T>();
    const policy = { clock, refreshMarginMs: 0 };
    const first = await cache.get("k", mint, policy);
    cache.invalidate("k");
    const second = await cache.get("k", mint, policy);
    cache.invalidate("k", first);
    expect(await cache.get("k", mint, policy)).toBe(second);
  });
});
