import { describe, expect, it } from "vitest";
import { jsonReply, scriptedFetch, zeroSleep } from "../testing/fake-fetch.js";
import { type UpstreamAttempt, createHttpTransport } from "./http-transport.js";
import { TokenCache } from "./token-cache.js";

describe("createHttpTransport observer", () => {
  it("reports every attempt with service, method, path, status and upstream code", async () => {
    const attempts: UpstreamAttempt[] = [];
    const { fetch } = scriptedFetch(jsonReply(503, { code: -99 }), jsonReply(200, { ok: true }));
    const transport = createHttpTransport({
      fetch,
      sleep: zeroSleep(),
      observer: (a) => attempts.push(a),
    });
    await transport.request({
      upstream: "popbill",
      method: "GET",
      url: "https://pb.test/Cashbill/MK-1?x=1",
    });
    expect(attempts.map(({ durationMs: _d, ...a }) => a)).toEqual([
      {
        service: "popbill",
        method: "GET",
        path: "/Cashbill/MK-1",
        status: 503,
        upstreamCode: -99,
        retry: 0,
      },
      { service: "popbill", method: "GET", path: "/Cashbill/MK-1", status: 200, retry: 1 },
    ]);
    expect(attempts.every((a) => a.durationMs >= 0)).toBe(true);
  });

  it("adds the extra headers (trace context) to what it sends", async () => {
    const { fetch, calls } = scriptedFetch(jsonReply(200, {}));
    const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    await createHttpTransport({ fetch, extraHeaders: () => ({ traceparent }) }).request({
      upstream: "iamport",
      method: "GET",
      url: "https://ip.test/payments/imp_1",
    });
    expect(calls[0]?.headers.traceparent).toBe(traceparent);
  });
});

describe("TokenCache lookups", () => {
  it("tells a miss, then a hit while the token is fresh", async () => {
    const seen: boolean[] = [];
    const cache = new TokenCache<{ expiresAt: number }>((hit) => seen.push(hit));
    const policy = { clock: { now: () => 0 }, refreshMarginMs: 10 };
    await cache.get("k", async () => ({ expiresAt: 1_000 }), policy);
    await cache.get("k", async () => ({ expiresAt: 1_000 }), policy);
    expect(seen).toEqual([false, true]);
  });
});
