/**
 * A token bucket: `perSecond` sustained, plus up to `burst` more within any
 * `burst / perSecond` seconds (rate-limiter-flexible's BurstyRateLimiter, the library's
 * recommended stand-in for a token bucket). `null` = no limit.
 */
export interface BucketSpec {
  perSecond: number;
  burst: number;
}

/** The per-key limits of one key kind. */
export interface KindLimits {
  /** GraphQL operations (HTTP requests and WebSocket subscribe messages). */
  ops: BucketSpec | null;
  /** Calls korbill makes to POPBiLL, Linkhub or i'mport for the key. */
  upstream: BucketSpec | null;
}

/** Every rate limit of the gateway. */
export interface RateLimitConfig {
  member: KindLimits;
  partner: KindLimits;
  /** The global budget of i'mport re-fetches that (unsigned) webhooks cause. */
  webhookRefetch: BucketSpec | null;
  /** Minimum time between two webhook re-fetches of one imp_uid. */
  webhookMinIntervalMs: number;
  /** Prefix of the bucket keys in Redis (when KORBILL_REDIS_URL is set). */
  redisPrefix: string;
}

/** The defaults; a day-end bulk of 10,000 receipts (100 bulks of 100) stays well inside. */
export const RATE_LIMIT_DEFAULTS = {
  memberOps: "20,300",
  memberUpstream: "50,1000",
  partnerOps: "50,1000",
  partnerUpstream: "100,2000",
  webhookRefetch: "5,20",
  webhookMinIntervalMs: 10_000,
} as const;

/**
 * Parses `"<perSecond>,<burst>"` (e.g. `20,200`), `"<perSecond>"` (burst = 10 x perSecond) or
 * `off`. Both numbers are positive integers. Pushes a message naming `name` when invalid.
 */
export function parseBucketSpec(raw: string, name: string, problems: string[]): BucketSpec | null {
  const text = raw.trim().toLowerCase();
  if (text === "off" || text === "none") return null;
  const m = /^(\d+)\s*(?:,\s*(\d+))?$/.exec(text);
  const perSecond = Number(m?.[1]);
  const burst = m?.[2] === undefined ? perSecond * 10 : Number(m[2]);
  if (!m || !(perSecond >= 1) || !(burst >= 1) || !Number.isSafeInteger(burst)) {
    problems.push(
      `${name} must be "<perSecond>,<burst>" with positive integers, or off (got "${raw}")`,
    );
    return null;
  }
  return { perSecond, burst };
}
