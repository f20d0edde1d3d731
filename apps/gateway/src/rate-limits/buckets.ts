import { Redis } from "ioredis";
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { BucketSpec } from "./config.js";

/** A taken token, or how long until one is free. */
export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

/** Token buckets by name and key, in memory or shared through Redis. */
export interface Buckets {
  /** Takes one token from `name`'s bucket of `key`, shaped by `spec`. */
  take(name: string, key: string, spec: BucketSpec): Promise<TakeResult>;
  close(): Promise<void>;
}

/**
 * Buckets kept by rate-limiter-flexible: in this process, or in Redis (so every instance shares
 * them) with an in-memory insurance limiter that answers while Redis is unreachable.
 * A limiter per (name, spec): a key whose limit changes starts a fresh bucket.
 */
export function createBuckets(opts: { redisUrl?: string | undefined; prefix: string }): Buckets {
  const redis = opts.redisUrl
    ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  redis?.on("error", () => undefined);
  const limiters = new Map<string, BurstyRateLimiter>();
  const limiterFor = (name: string, spec: BucketSpec) => {
    const id = `${name}:${spec.perSecond}:${spec.burst}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      const window = Math.max(1, Math.ceil(spec.burst / spec.perSecond));
      limiter = new BurstyRateLimiter(
        store(redis, `${opts.prefix}:${id}:rate`, spec.perSecond, 1),
        store(redis, `${opts.prefix}:${id}:burst`, spec.burst, window),
      );
      limiters.set(id, limiter);
    }
    return limiter;
  };
  return {
    async take(name, key, spec) {
      try {
        await limiterFor(name, spec).consume(key);
        return { ok: true };
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { ok: false, retryAfterMs: Math.max(1, Math.ceil(error.msBeforeNext)) };
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}

function store(redis: Redis | undefined, keyPrefix: string, points: number, duration: number) {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration,
    insuranceLimiter: memory,
  });
}
