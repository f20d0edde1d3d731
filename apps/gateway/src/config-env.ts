import { defined } from "@korbill/core-domain";
import { z } from "zod";
import { redisTargetFromUrl } from "@korbill/core-events";
import { LOG_LEVELS } from "./logger.js";
import { SANDBOX_TIMINGS } from "./sandbox-timing.js";
import { corsOriginsFrom } from "./http/cors-origins.js";
import { OPERATION_LIMIT_SETTINGS, type OperationLimits } from "./limits/operation-limits.js";
import { RATE_LIMIT_DEFAULTS, parseBucketSpec } from "./rate-limits/config.js";

/** A variable that is unset or empty: an empty value is how scripts unset one. */
const blank = (value: unknown) => (value === "" ? undefined : value);

/** "NAME must be `expected` (got "raw")": every message names its variable and the fix. */
const must = (name: string, expected: string) => (issue: { input?: unknown }) =>
  `${name} must be ${expected} (got "${String(issue.input)}")`;

/** An integer variable within `min`..`max`; unset = `fallback`. */
function int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) {
  const expected =
    max === 65_535
      ? "a port number (0-65535)"
      : min === 0
        ? "a non-negative integer"
        : "a positive integer";
  const error = must(name, expected);
  return z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error })
      .transform(Number)
      .pipe(z.number().min(min, { error }).max(max, { error }))
      .default(fallback),
  );
}

/** An integer variable whose default depends on others (undefined when unset). */
function optionalInt(name: string, min = 0) {
  const error = must(name, min === 0 ? "a non-negative integer" : "a positive integer");
  return z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error })
      .transform(Number)
      .pipe(z.number().min(min, { error }))
      .optional(),
  );
}

/** A port variable; unset = `fallback`. */
const port = (name: string, fallback: number) => int(name, fallback, 0, 65_535);

/** A port variable without a default. */
const optionalPort = (name: string) => z.preprocess(blank, int(name, 0, 0, 65_535).optional());

const stringBool = (name: string) =>
  z.stringbool({
    truthy: ["true", "1", "yes", "on"],
    falsy: ["false", "0", "no", "off"],
    error: must(name, "true or false"),
  });

/** true/false (also 1/0, yes/no, on/off, any case); unset = `fallback`. */
const bool = (name: string, fallback: boolean) =>
  z.preprocess(blank, stringBool(name).default(fallback));

/** true/false whose default depends on others (undefined when unset). */
const optionalBool = (name: string) => z.preprocess(blank, stringBool(name).optional());

/** One of `values`; unset = `fallback`. */
function oneOf<const T extends readonly [string, ...string[]]>(
  name: string,
  values: T,
  fallback: T[number],
  normalize: (raw: string) => string = (raw) => raw,
) {
  const said = values.length > 3 ? `one of ${values.join(", ")}` : spoken(values);
  return z.preprocess(
    (v) => (typeof blank(v) === "string" ? normalize(v as string) : undefined),
    z
      .enum(values, { error: (issue) => must(name, said)({ input: issue.input }) })
      .default(fallback),
  );
}

const spoken = (values: readonly string[]) =>
  `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;

/** Free text; unset or empty = undefined. */
const text = () => z.preprocess(blank, z.string().optional());

/** An http(s) URL. */
const httpUrl = (name: string) =>
  z.preprocess(
    blank,
    z.url({ protocol: /^https?$/, error: must(name, "an http(s) URL") }).optional(),
  );

/** A value `check` returns an error message for (a full sentence), else undefined. */
function checked(check: (raw: string) => string | undefined) {
  return z.preprocess(
    blank,
    z
      .string()
      .superRefine((raw, ctx) => {
        const problem = check(raw);
        if (problem) ctx.addIssue({ code: "custom", message: problem, input: raw });
      })
      .optional(),
  );
}

/** A rate limit: `"<perSecond>,<burst>"`, `"<perSecond>"` or `off` (rate-limits/config.ts). */
function bucket(name: string, fallback: string) {
  return z.preprocess(
    (v) => blank(v) ?? fallback,
    z.string().transform((raw, ctx) => {
      const problems: string[] = [];
      const spec = parseBucketSpec(raw, name, problems);
      for (const message of problems) ctx.addIssue({ code: "custom", message, input: raw });
      return spec;
    }),
  );
}

const operationLimits = Object.fromEntries(
  Object.values(OPERATION_LIMIT_SETTINGS).map((s) => [s.env, int(s.env, s.default)]),
) as Record<string, ReturnType<typeof int>>;

/**
 * Every variable the gateway reads, each checked and given its default: numbers and their
 * ranges, ports, enums (`KORBILL_LOG_LEVEL` among them), URLs, comma-separated lists and rate
 * limits. Defaults that depend on the stage are left undefined here (config.ts decides them).
 * `KORBILL_TRUSTED_DOCUMENTS*` are checked where the manifests are read (trusted-documents.ts).
 */
export const gatewayEnvSchema = z
  .object({
    KORBILL_STAGE: oneOf("KORBILL_STAGE", ["local", "test", "production"], "local"),
    KORBILL_HOST: text(),
    KORBILL_PORT: port("KORBILL_PORT", 4000),
    KORBILL_DATA_DIR: text(),
    KORBILL_DATABASE_URL: checked((url) =>
      /^(postgres(ql)?:\/\/|sqlite:)/.test(url)
        ? undefined
        : `KORBILL_DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got "${url.split(":")[0]}:...")`,
    ),
    KORBILL_DATABASE_SCHEMA: text(),
    KORBILL_REDIS_URL: checked((url) => {
      try {
        redisTargetFromUrl(url);
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    }),
    KORBILL_LOW_BALANCE_THRESHOLD: int("KORBILL_LOW_BALANCE_THRESHOLD", 10_000),
    KORBILL_POINTS_PRECHECK: bool("KORBILL_POINTS_PRECHECK", true),
    KORBILL_SANDBOX_TIMING: oneOf("KORBILL_SANDBOX_TIMING", SANDBOX_TIMINGS, "seed"),
    KORBILL_PUBLIC_URL: httpUrl("KORBILL_PUBLIC_URL"),
    POPBILL_LINK_ID: text(),
    POPBILL_SECRET_KEY: text(),
    POPBILL_HOST_VARIANT: oneOf("POPBILL_HOST_VARIANT", ["default", "static", "ga"], "default"),
    POPBILL_IP_RESTRICT: bool("POPBILL_IP_RESTRICT", true),
    POPBILL_AUTH_URL: httpUrl("POPBILL_AUTH_URL"),
    POPBILL_API_URL: httpUrl("POPBILL_API_URL"),
    IAMPORT_IMP_KEY: text(),
    IAMPORT_IMP_SECRET: text(),
    IAMPORT_API_URL: httpUrl("IAMPORT_API_URL"),
    IAMPORT_TIER: text(),
    POPBILL_WEBHOOK_USER: text(),
    POPBILL_WEBHOOK_PASSWORD: text(),
    POPBILL_WEBHOOK_API_KEY: text(),
    KORBILL_LOCAL_WEBHOOKS: bool("KORBILL_LOCAL_WEBHOOKS", true),
    KORBILL_BULK_POLL_MIN_MS: int("KORBILL_BULK_POLL_MIN_MS", 2_000),
    KORBILL_BULK_POLL_MAX_MS: int("KORBILL_BULK_POLL_MAX_MS", 5_000),
    KORBILL_BULK_FIRST_POLL_MS: int("KORBILL_BULK_FIRST_POLL_MS", 1_000),
    KORBILL_FILING_CHECK_MS: optionalInt("KORBILL_FILING_CHECK_MS"),
    KORBILL_WORKER_TICK_MS: int("KORBILL_WORKER_TICK_MS", 250, 1),
    ...operationLimits,
    KORBILL_INTROSPECTION: optionalBool("KORBILL_INTROSPECTION"),
    KORBILL_REVOCATION_CHECK_MS: int("KORBILL_REVOCATION_CHECK_MS", 1_000, 1),
    KORBILL_LOG_LEVEL: oneOf("KORBILL_LOG_LEVEL", LOG_LEVELS, "info", (raw) =>
      raw.trim().toLowerCase(),
    ),
    KORBILL_METRICS_PORT: optionalPort("KORBILL_METRICS_PORT"),
    KORBILL_METRICS_HOST: text(),
    KORBILL_METRICS_TOKEN: z.preprocess(
      blank,
      z
        .string()
        .min(16, { error: "KORBILL_METRICS_TOKEN must be at least 16 characters" })
        .optional(),
    ),
    KORBILL_CORS_ORIGINS: z.preprocess(
      (v) => (typeof v === "string" ? v : ""),
      z.string().transform((raw, ctx) => {
        const problems: string[] = [];
        const origins = corsOriginsFrom(raw, problems);
        for (const message of problems) ctx.addIssue({ code: "custom", message, input: raw });
        return origins;
      }),
    ),
    KORBILL_RATE_LIMIT_MEMBER_OPS: bucket(
      "KORBILL_RATE_LIMIT_MEMBER_OPS",
      RATE_LIMIT_DEFAULTS.memberOps,
    ),
    KORBILL_RATE_LIMIT_MEMBER_UPSTREAM: bucket(
      "KORBILL_RATE_LIMIT_MEMBER_UPSTREAM",
      RATE_LIMIT_DEFAULTS.memberUpstream,
    ),
    KORBILL_RATE_LIMIT_PARTNER_OPS: bucket(
      "KORBILL_RATE_LIMIT_PARTNER_OPS",
      RATE_LIMIT_DEFAULTS.partnerOps,
    ),
    KORBILL_RATE_LIMIT_PARTNER_UPSTREAM: bucket(
      "KORBILL_RATE_LIMIT_PARTNER_UPSTREAM",
      RATE_LIMIT_DEFAULTS.partnerUpstream,
    ),
    KORBILL_IAMPORT_WEBHOOK_REFETCH: bucket(
      "KORBILL_IAMPORT_WEBHOOK_REFETCH",
      RATE_LIMIT_DEFAULTS.webhookRefetch,
    ),
    KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS: int(
      "KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS",
      RATE_LIMIT_DEFAULTS.webhookMinIntervalMs,
    ),
    KORBILL_RATE_LIMIT_REDIS_PREFIX: text(),
  })
  .superRefine((env, ctx) => {
    if (env.KORBILL_BULK_POLL_MIN_MS > env.KORBILL_BULK_POLL_MAX_MS)
      ctx.addIssue({
        code: "custom",
        path: ["KORBILL_BULK_POLL_MIN_MS"],
        message: `KORBILL_BULK_POLL_MIN_MS must not exceed KORBILL_BULK_POLL_MAX_MS (got ${env.KORBILL_BULK_POLL_MIN_MS} > ${env.KORBILL_BULK_POLL_MAX_MS})`,
      });
  });

/** The checked environment. */
export type GatewayEnv = z.output<typeof gatewayEnvSchema>;

/** The operation limits out of the checked environment. */
export function operationLimitsOf(env: GatewayEnv): OperationLimits {
  const values = env as unknown as Record<string, number>;
  const out = {} as OperationLimits;
  for (const [key, s] of Object.entries(OPERATION_LIMIT_SETTINGS))
    out[key as keyof OperationLimits] = defined(values[s.env], s.env);
  return out;
}

/** Checks `env`: the values, or every problem, one sentence each, in the schema's order. */
export function parseGatewayEnv(env: Record<string, string | undefined>): {
  env: GatewayEnv | null;
  problems: string[];
} {
  const result = gatewayEnvSchema.safeParse(env);
  if (result.success) return { env: result.data, problems: [] };
  return { env: null, problems: result.error.issues.map((issue) => issue.message) };
}
