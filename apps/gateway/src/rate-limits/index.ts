import type { RefetchLimits } from "@korbill/billing";
import type { GatewayConfig } from "../config.js";
import { createBuckets } from "./buckets.js";
import { TenantLimits } from "./tenant-limits.js";

/** The gateway's rate limits, built once and shared by HTTP, WebSocket and the transport. */
export interface RateLimits {
  /** Per-key operation and upstream-call buckets. */
  tenants: TenantLimits;
  /** The global budget of i'mport re-fetches that webhooks cause. */
  webhookRefetch: RefetchLimits | undefined;
  close(): Promise<void>;
}

/** Builds the buckets: in memory, or in Redis (shared by every instance) when it is configured. */
export function createRateLimits(config: GatewayConfig): RateLimits {
  const limits = config.rateLimits;
  const buckets = createBuckets({ redisUrl: config.redisUrl, prefix: limits.redisPrefix });
  const refetch = limits.webhookRefetch;
  return {
    tenants: new TenantLimits(limits, buckets),
    webhookRefetch: refetch
      ? {
          take: async () => (await buckets.take("webhook-refetch", "iamport", refetch)).ok,
          minIntervalMs: limits.webhookMinIntervalMs,
        }
      : undefined,
    close: () => buckets.close(),
  };
}

export { TenantLimits } from "./tenant-limits.js";
export type { BucketSpec, RateLimitConfig } from "./config.js";
