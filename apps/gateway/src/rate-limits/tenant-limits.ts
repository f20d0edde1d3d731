import { RateLimitedError } from "@korbill/core-domain";
import { type Tenant, type UpstreamBudget } from "@korbill/core-tenancy";
import type { Buckets } from "./buckets.js";
import type { BucketSpec, KindLimits, RateLimitConfig } from "./config.js";

/**
 * Per-API-key limits: operations and upstream calls, each a token bucket keyed by the key id.
 * A key's own limits (`korbill keys limit`) override its kind's defaults.
 */
export class TenantLimits implements UpstreamBudget {
  constructor(
    private readonly config: RateLimitConfig,
    private readonly buckets: Buckets,
  ) {}

  /** Admits one GraphQL operation of `tenant`, or throws RATE_LIMITED. Anonymous: unlimited. */
  async admitOperation(tenant: Tenant | null): Promise<void> {
    if (!tenant) return;
    const spec = this.specOf(tenant, "ops");
    if (!spec) return;
    const taken = await this.buckets.take("ops", tenant.keyId, spec);
    if (!taken.ok)
      throw new RateLimitedError(
        `this API key sent more than ${spec.perSecond} operations per second (burst ${spec.burst}); retry in ${taken.retryAfterMs} ms`,
        taken.retryAfterMs,
      );
  }

  /** Charges one upstream call to `tenant`, or throws RATE_LIMITED before it is sent. */
  async take(tenant: Tenant): Promise<void> {
    const spec = this.specOf(tenant, "upstream");
    if (!spec) return;
    const taken = await this.buckets.take("upstream", tenant.keyId, spec);
    if (!taken.ok)
      throw new RateLimitedError(
        `this API key made more than ${spec.perSecond} upstream calls per second (burst ${spec.burst}); nothing was sent, retry in ${taken.retryAfterMs} ms`,
        taken.retryAfterMs,
      );
  }

  /** The bucket that applies to `tenant` for `what`. */
  specOf(tenant: Tenant, what: keyof KindLimits): BucketSpec | null {
    const fallback = this.config[tenant.kind][what];
    const perSecond = tenant.limits?.[`${what}PerSecond`] ?? undefined;
    const burst = tenant.limits?.[`${what}Burst`] ?? undefined;
    if (perSecond === undefined && burst === undefined) return fallback;
    // One of the two is set, so a rate is always found.
    const rate = perSecond ?? fallback?.perSecond ?? burst ?? 0;
    // Like an environment value without a burst: ten seconds' worth.
    return { perSecond: rate, burst: burst ?? rate * 10 };
  }
}
