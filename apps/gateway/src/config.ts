import { type RateLimitConfig, loadRateLimitConfig } from "./rate-limits/config.js";
import { type SandboxTiming, sandboxTimingFrom } from "./sandbox-timing.js";
import { type OperationLimits, operationLimitsFrom } from "./limits/operation-limits.js";
import { corsOriginsFrom } from "./http/cors-origins.js";
import { type LogLevel, logLevelVar } from "./observability/config.js";
import { type MetricsConfig, metricsConfigVar } from "./observability/metrics-endpoint.js";
import { type TrustedDocumentsConfig, trustedDocumentsFrom } from "./trusted-documents.js";

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
 * Reads the gateway configuration; throws one error naming every bad variable.
 * `requireUpstream: false` (the keys CLI, which only touches the database) does not demand
 * the partner's upstream credentials outside the local stage.
 */
export function loadConfig(
  env: Env = process.env,
  opts: { requireUpstream?: boolean } = {},
): GatewayConfig {
  const problems: string[] = [];
  const stage = (env.KORBILL_STAGE ?? "local") as Stage;
  if (!["local", "test", "production"].includes(stage)) {
    problems.push(`KORBILL_STAGE must be local, test or production (got "${stage}")`);
  }
  const port = intVar(env, "KORBILL_PORT", 4000, problems);
  const hostVariant = (env.POPBILL_HOST_VARIANT ??
    "default") as GatewayConfig["popbill"]["hostVariant"];
  if (!["default", "static", "ga"].includes(hostVariant)) {
    problems.push(`POPBILL_HOST_VARIANT must be default, static or ga (got "${hostVariant}")`);
  }
  const config: GatewayConfig = {
    stage,
    host: env.KORBILL_HOST ?? "127.0.0.1",
    port,
    dataDir: env.KORBILL_DATA_DIR ?? ".data",
    databaseUrl: env.KORBILL_DATABASE_URL || undefined,
    databaseSchema: env.KORBILL_DATABASE_SCHEMA || `korbill_${stage}`,
    redisUrl: env.KORBILL_REDIS_URL || undefined,
    lowBalanceThreshold: intVar(env, "KORBILL_LOW_BALANCE_THRESHOLD", 10_000, problems),
    pointsPrecheck: boolVar(env, "KORBILL_POINTS_PRECHECK", true, problems),
    sandboxTiming: sandboxTimingFrom(env, problems),
    publicUrl: env.KORBILL_PUBLIC_URL || undefined,
    popbill: {
      linkId: env.POPBILL_LINK_ID || undefined,
      secretKey: env.POPBILL_SECRET_KEY || undefined,
      hostVariant,
      ipRestrict: boolVar(env, "POPBILL_IP_RESTRICT", true, problems),
      authUrl: env.POPBILL_AUTH_URL || undefined,
      apiUrl: env.POPBILL_API_URL || undefined,
    },
    iamport: {
      impKey: env.IAMPORT_IMP_KEY || undefined,
      impSecret: env.IAMPORT_IMP_SECRET || undefined,
      apiUrl: env.IAMPORT_API_URL || undefined,
      tier: env.IAMPORT_TIER || undefined,
    },
    popbillWebhook: {
      username: env.POPBILL_WEBHOOK_USER || undefined,
      password: env.POPBILL_WEBHOOK_PASSWORD || undefined,
      apiKey: env.POPBILL_WEBHOOK_API_KEY || undefined,
      selfRegister: boolVar(env, "KORBILL_LOCAL_WEBHOOKS", true, problems),
    },
    bulk: {
      pollMinMs: intVar(env, "KORBILL_BULK_POLL_MIN_MS", 2_000, problems),
      pollMaxMs: intVar(env, "KORBILL_BULK_POLL_MAX_MS", 5_000, problems),
      firstPollMs: intVar(env, "KORBILL_BULK_FIRST_POLL_MS", 1_000, problems),
      // Local filing runs on the sandbox's fast schedule; real filing happens once a night.
      filingCheckMs: intVar(
        env,
        "KORBILL_FILING_CHECK_MS",
        stage === "local" ? 3_000 : 600_000,
        problems,
      ),
      tickMs: intVar(env, "KORBILL_WORKER_TICK_MS", 250, problems),
    },
    limits: operationLimitsFrom((name, fallback) => intVar(env, name, fallback, problems)),
    rateLimits: loadRateLimitConfig(env, stage, problems),
    introspection: boolVar(env, "KORBILL_INTROSPECTION", stage !== "production", problems),
    trustedDocuments: trustedDocumentsFrom(env, problems),
    revocationCheckMs: intVar(env, "KORBILL_REVOCATION_CHECK_MS", 1_000, problems),
    logLevel: logLevelVar(env, problems),
    metrics: metricsConfigVar(env, problems),
    corsOrigins: corsOriginsFrom(env.KORBILL_CORS_ORIGINS, problems),
  };
  const needsUpstream = opts.requireUpstream !== false && stage !== "local";
  if (needsUpstream && (!config.popbill.linkId || !config.popbill.secretKey)) {
    problems.push(`POPBILL_LINK_ID and POPBILL_SECRET_KEY are required in the ${stage} stage`);
  }
  if (problems.length) throw new Error(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
  return config;
}

function intVar(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    problems.push(`${name} must be a non-negative integer (got "${raw}")`);
  return n;
}

function boolVar(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}
