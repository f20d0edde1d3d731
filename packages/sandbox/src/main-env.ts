import { z } from "zod";
import type { FilingSchedule } from "./env.js";
import type { SandboxOptions } from "./sandbox.js";
import { SERVICE_IDS } from "./state/tokens.js";

/** An unset or empty variable: the default applies. */
const blank = (value: unknown) => (value === "" ? undefined : value);

/** "NAME must be `expected`, got "raw"": each message names its variable and the fix. */
const must = (name: string, expected: string) => (issue: { input?: unknown }) =>
  `${name} must be ${expected}, got "${String(issue.input)}"`;

/** A whole number from 0 to `max`; unset = undefined (the sandbox's default). */
function int(name: string, max = Number.MAX_SAFE_INTEGER) {
  const error = must(name, `a whole number from 0 to ${max}`);
  return z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { error })
      .transform(Number)
      .pipe(z.number().max(max, { error }))
      .optional(),
  );
}

/** A port: 0 or unset picks a free port. */
const port = (name: string) => int(name, 65_535).transform((p) => p ?? 0);

/** An absolute http(s) base URL without query or fragment, or undefined when unset. */
const baseUrl = (name: string) =>
  z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: must(name, "an http(s) base URL without query") })
      .refine((raw) => !new URL(raw).search && !new URL(raw).hash, {
        error: must(name, "an http(s) base URL without query"),
      })
      .optional(),
  );

/** One of `values`; unset = undefined. */
const oneOf = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.preprocess(
    blank,
    z
      .enum(values, { error: must(name, `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`) })
      .optional(),
  );

const SCHEDULES = ["fast", "popbill"] as const satisfies readonly FilingSchedule[];

/** Every `SANDBOX_*` variable the standalone sandbox reads (see main.ts). */
const sandboxEnvSchema = z.object({
  SANDBOX_HOST: z.preprocess(blank, z.string().default("127.0.0.1")),
  SANDBOX_AUTH_PORT: port("SANDBOX_AUTH_PORT"),
  SANDBOX_POPBILL_PORT: port("SANDBOX_POPBILL_PORT"),
  SANDBOX_IAMPORT_PORT: port("SANDBOX_IAMPORT_PORT"),
  SANDBOX_PUBLIC_AUTH_URL: baseUrl("SANDBOX_PUBLIC_AUTH_URL"),
  SANDBOX_PUBLIC_POPBILL_URL: baseUrl("SANDBOX_PUBLIC_POPBILL_URL"),
  SANDBOX_FILING_SCHEDULE: oneOf("SANDBOX_FILING_SCHEDULE", SCHEDULES),
  SANDBOX_TOKEN_LIFETIME_MS: int("SANDBOX_TOKEN_LIFETIME_MS"),
  SANDBOX_MAX_CLOCK_SKEW_MS: int("SANDBOX_MAX_CLOCK_SKEW_MS"),
  SANDBOX_FAST_FILING_MS: int("SANDBOX_FAST_FILING_MS"),
  SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS: int("SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS"),
  SANDBOX_BULK_PROCESSING_MS: int("SANDBOX_BULK_PROCESSING_MS"),
  SANDBOX_CASHBILL_UNIT_COST: int("SANDBOX_CASHBILL_UNIT_COST"),
  SANDBOX_POPBILL_SERVICE_ID: oneOf("SANDBOX_POPBILL_SERVICE_ID", SERVICE_IDS),
  SANDBOX_DEPOSIT_CONFIRM_MS: z.preprocess(
    (v) => (v === "off" ? null : v),
    z.union([z.null(), int("SANDBOX_DEPOSIT_CONFIRM_MS")], {
      error: must("SANDBOX_DEPOSIT_CONFIRM_MS", "a whole number or off"),
    }),
  ),
  SANDBOX_REFUND_PROCESSING_MS: int("SANDBOX_REFUND_PROCESSING_MS"),
  SANDBOX_ACCOUNT_CHECK_UNIT_COST: int("SANDBOX_ACCOUNT_CHECK_UNIT_COST"),
  SANDBOX_DEPOSITOR_CHECK_UNIT_COST: int("SANDBOX_DEPOSITOR_CHECK_UNIT_COST"),
});

/**
 * The standalone sandbox's options from `env`; throws one error naming every bad variable and
 * what it expects (on one line: the CLI prints it as its only output).
 */
export function sandboxOptionsFromEnv(env: Record<string, string | undefined>): SandboxOptions {
  const result = sandboxEnvSchema.safeParse(env);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join("; "));
  const e = result.data;
  return {
    listenHost: e.SANDBOX_HOST,
    ports: {
      auth: e.SANDBOX_AUTH_PORT,
      popbill: e.SANDBOX_POPBILL_PORT,
      iamport: e.SANDBOX_IAMPORT_PORT,
    },
    publicUrls: { authUrl: e.SANDBOX_PUBLIC_AUTH_URL, popbillUrl: e.SANDBOX_PUBLIC_POPBILL_URL },
    filingSchedule: e.SANDBOX_FILING_SCHEDULE ?? "fast",
    settings: {
      tokenLifetimeMs: e.SANDBOX_TOKEN_LIFETIME_MS,
      maxClockSkewMs: e.SANDBOX_MAX_CLOCK_SKEW_MS,
      fastFilingMs: e.SANDBOX_FAST_FILING_MS,
      bulkAcceptToProcessingMs: e.SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS,
      bulkProcessingMs: e.SANDBOX_BULK_PROCESSING_MS,
      cashbillUnitCost: e.SANDBOX_CASHBILL_UNIT_COST,
      popbillServiceId: e.SANDBOX_POPBILL_SERVICE_ID,
      depositConfirmMs: e.SANDBOX_DEPOSIT_CONFIRM_MS,
      refundProcessingMs: e.SANDBOX_REFUND_PROCESSING_MS,
      accountCheckUnitCost: e.SANDBOX_ACCOUNT_CHECK_UNIT_COST,
      depositorCheckUnitCost: e.SANDBOX_DEPOSITOR_CHECK_UNIT_COST,
    },
  };
}
