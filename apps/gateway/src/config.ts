import type { RateLimitConfig } from "./rate-limits/config.js";
import type { SandboxTiming } from "./sandbox-timing.js";
import type { OperationLimits } from "./limits/operation-limits.js";
import type { LogLevel } from "./logger.js";
import type { MetricsConfig } from "./observability/metrics-endpoint.js";
import { type TrustedDocumentsConfig, trustedDocumentsFrom } from "./trusted-documents.js";
import { type GatewayEnv, operationLimitsOf, parseGatewayEnv } from "./config-env.js";

/** Which upstream world the gateway talks to. */
export type Stage = "local" | "test" | "production";

/** Everything the gateway reads from its environment. */
export interface GatewayConfig {
  stage: Stage;
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema (default `korbill_<stage>`). */
  databaseSchema: string;
  redisUrl?: string;
  /** Default LOW_BALANCE threshold in points (per member, changeable through GraphQL). */
  lowBalanceThreshold: number;
  /** Refuse a bulk issuance the member's points cannot cover, before sending it. */
  pointsPrecheck: boolean;
  /** Local stage: the embedded sandbox's timing (`KORBILL_SANDBOX_TIMING`). */
  sandboxTiming: SandboxTiming;
  /** Base URL upstreams use to reach this gateway's webhook routes. */
  publicUrl?: string;
  popbill: {
    linkId?: string;
    secretKey?: string;
    hostVariant: "default" | "static" | "ga";
    /** false => tokens are requested with `x-lh-forwarded: *` (POPBiLL IP restriction off). */
    ipRestrict: boolean;
    authUrl?: string;
    apiUrl?: string;
  };
  iamport: { impKey?: string; impSecret?: string; apiUrl?: string; tier?: string };
  /** How POPBiLL webhooks to `/webhooks/popbill` authenticate (Basic auth and/or X-Api-Key). */
  popbillWebhook: {
    username?: string;
    password?: string;
    apiKey?: string;
    /** Local stage: register this gateway as the sandbox's callback (default true). */
    selfRegister: boolean;
  };
  bulk: {
    pollMinMs: number;
    pollMaxMs: number;
    /** First poll of a bulk before any was observed; then learned. 0 = only pollMin..pollMax. */
    firstPollMs: number;
    filingCheckMs: number;
    /** How often each instance looks for due, unclaimed work (at most every second). */
    tickMs: number;
  };
  /** Operation limits, enforced alike over HTTP and WebSocket (README, "Security"). */
  limits: OperationLimits;
  /** Per-key operation and upstream limits, and the webhook re-fetch budget. */
  rateLimits: RateLimitConfig;
  introspection: boolean;
  /** Trusted documents: manifests read at start, and whether other documents may run. */
  trustedDocuments: TrustedDocumentsConfig;
  /** How often open sockets' keys are checked for revocation by any process (ms). */
  revocationCheckMs: number;
  logLevel: LogLevel;
  /** Where `/metrics` is served (own port and/or token); not at all when neither is set. */
  metrics: MetricsConfig;
  /** Origins whose pages may call /graphql (CORS, WebSocket upgrades); the gateway's own always. */
  corsOrigins: string[];
}

type Env = Record<string, string | undefined>;

/**
 * Reads the gateway configuration (every variable checked by `gatewayEnvSchema`, zod); throws
 * one error naming every bad variable and what it expects.
 * `requireUpstream: false` (the keys CLI, which only touches the database) does not demand
 * the partner's upstream credentials outside the local stage.
 */
export function loadConfig(
  env: Env = process.env,
  opts: { requireUpstream?: boolean } = {},
): GatewayConfig {
  const { env: checked, problems } = parseGatewayEnv(env);
  const trustedDocuments = trustedDocumentsFrom(env, problems);
  const stage = checked?.KORBILL_STAGE ?? (env.KORBILL_STAGE || "local");
  const needsUpstream = opts.requireUpstream !== false && stage !== "local";
  if (needsUpstream && (!env.POPBILL_LINK_ID || !env.POPBILL_SECRET_KEY)) {
    problems.push(`POPBILL_LINK_ID and POPBILL_SECRET_KEY are required in the ${stage} stage`);
  }
  if (!checked || problems.length)
    throw new Error(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
  return configFrom(checked, trustedDocuments);
}

/** The configuration out of the checked environment, with the defaults that need the stage. */
function configFrom(env: GatewayEnv, trustedDocuments: TrustedDocumentsConfig): GatewayConfig {
  const stage = env.KORBILL_STAGE;
  return {
    stage,
    host: env.KORBILL_HOST ?? "127.0.0.1",
    port: env.KORBILL_PORT,
    dataDir: env.KORBILL_DATA_DIR ?? ".data",
    databaseUrl: env.KORBILL_DATABASE_URL,
    databaseSchema: env.KORBILL_DATABASE_SCHEMA ?? `korbill_${stage}`,
    redisUrl: env.KORBILL_REDIS_URL,
    lowBalanceThreshold: env.KORBILL_LOW_BALANCE_THRESHOLD,
    pointsPrecheck: env.KORBILL_POINTS_PRECHECK,
    sandboxTiming: env.KORBILL_SANDBOX_TIMING,
    publicUrl: env.KORBILL_PUBLIC_URL,
    popbill: {
      linkId: env.POPBILL_LINK_ID,
      secretKey: env.POPBILL_SECRET_KEY,
      hostVariant: env.POPBILL_HOST_VARIANT,
      ipRestrict: env.POPBILL_IP_RESTRICT,
      authUrl: env.POPBILL_AUTH_URL,
      apiUrl: env.POPBILL_API_URL,
    },
    iamport: {
      impKey: env.IAMPORT_IMP_KEY,
      impSecret: env.IAMPORT_IMP_SECRET,
      apiUrl: env.IAMPORT_API_URL,
      tier: env.IAMPORT_TIER,
    },
    popbillWebhook: {
      username: env.POPBILL_WEBHOOK_USER,
      password: env.POPBILL_WEBHOOK_PASSWORD,
      apiKey: env.POPBILL_WEBHOOK_API_KEY,
      selfRegister: env.KORBILL_LOCAL_WEBHOOKS,
    },
    bulk: {
      pollMinMs: env.KORBILL_BULK_POLL_MIN_MS,
      pollMaxMs: env.KORBILL_BULK_POLL_MAX_MS,
      firstPollMs: env.KORBILL_BULK_FIRST_POLL_MS,
      // Local filing runs on the sandbox's fast schedule; real filing happens once a night.
      filingCheckMs: env.KORBILL_FILING_CHECK_MS ?? (stage === "local" ? 3_000 : 600_000),
      tickMs: env.KORBILL_WORKER_TICK_MS,
    },
    limits: operationLimitsOf(env),
    rateLimits: {
      member: {
        ops: env.KORBILL_RATE_LIMIT_MEMBER_OPS,
        upstream: env.KORBILL_RATE_LIMIT_MEMBER_UPSTREAM,
      },
      partner: {
        ops: env.KORBILL_RATE_LIMIT_PARTNER_OPS,
        upstream: env.KORBILL_RATE_LIMIT_PARTNER_UPSTREAM,
      },
      webhookRefetch: env.KORBILL_IAMPORT_WEBHOOK_REFETCH,
      webhookMinIntervalMs: env.KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS,
      redisPrefix: env.KORBILL_RATE_LIMIT_REDIS_PREFIX ?? `korbill:${stage}:rl`,
    },
    introspection: env.KORBILL_INTROSPECTION ?? stage !== "production",
    trustedDocuments,
    revocationCheckMs: env.KORBILL_REVOCATION_CHECK_MS,
    logLevel: env.KORBILL_LOG_LEVEL,
    metrics: {
      port: env.KORBILL_METRICS_PORT,
      host: env.KORBILL_METRICS_HOST ?? "127.0.0.1",
      token: env.KORBILL_METRICS_TOKEN,
    },
    corsOrigins: env.KORBILL_CORS_ORIGINS,
  };
}
