#!/usr/bin/env node
/**
 * Runs the sandbox standalone: `node dist/main.js` (bin `korbill-sandbox`).
 * Env: `SANDBOX_HOST` (default 127.0.0.1), `SANDBOX_AUTH_PORT` / `SANDBOX_POPBILL_PORT` /
 * `SANDBOX_IAMPORT_PORT` (default random), `SANDBOX_TOKEN_LIFETIME_MS`, `SANDBOX_MAX_CLOCK_SKEW_MS`,
 * `SANDBOX_FILING_SCHEDULE` (`fast`, the default here, or `popbill`), `SANDBOX_FAST_FILING_MS`,
 * `SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS`, `SANDBOX_BULK_PROCESSING_MS`,
 * `SANDBOX_CASHBILL_UNIT_COST`, `SANDBOX_POPBILL_SERVICE_ID` (default POPBILL_TEST),
 * `SANDBOX_DEPOSIT_CONFIRM_MS` (`off` for manual confirmation only), `SANDBOX_REFUND_PROCESSING_MS`,
 * `SANDBOX_ACCOUNT_CHECK_UNIT_COST`, `SANDBOX_DEPOSITOR_CHECK_UNIT_COST`,
 * `SANDBOX_PUBLIC_AUTH_URL` / `SANDBOX_PUBLIC_POPBILL_URL` (base URLs the page URLs are built
 * from when clients reach the hosts elsewhere than their listening URLs, e.g. behind a proxy).
 */
import { type FilingSchedule } from "./env.js";
import { DEMO_IAMPORT } from "./iamport/index.js";
import { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
import { type ServiceId } from "./state/tokens.js";

function intFromEnv(name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0 || value > max)
    throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return value;
}

/** Exits with one line naming the cause (a stack would bury it). */
function fail(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`korbill sandbox: ${reason}`);
  process.exit(1);
}

/** A port setting: 0 or unset picks a free port. */
const portFromEnv = (name: string) => intFromEnv(name, 65_535) ?? 0;

/** An absolute http(s) base URL setting, or undefined when unset. */
function urlFromEnv(name: string): string | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash)
    throw new Error(`${name} must be an http(s) base URL without query, got "${raw}"`);
  return raw;
}

/** The options read from the environment; throws naming the first bad variable. */
const optionsFromEnv = (): SandboxOptions => ({
  listenHost: process.env["SANDBOX_HOST"] || "127.0.0.1",
  ports: {
    auth: portFromEnv("SANDBOX_AUTH_PORT"),
    popbill: portFromEnv("SANDBOX_POPBILL_PORT"),
    iamport: portFromEnv("SANDBOX_IAMPORT_PORT"),
  },
  publicUrls: {
    authUrl: urlFromEnv("SANDBOX_PUBLIC_AUTH_URL"),
    popbillUrl: urlFromEnv("SANDBOX_PUBLIC_POPBILL_URL"),
  },
  filingSchedule: (process.env["SANDBOX_FILING_SCHEDULE"] || "fast") as FilingSchedule,
  settings: {
    tokenLifetimeMs: intFromEnv("SANDBOX_TOKEN_LIFETIME_MS"),
    maxClockSkewMs: intFromEnv("SANDBOX_MAX_CLOCK_SKEW_MS"),
    fastFilingMs: intFromEnv("SANDBOX_FAST_FILING_MS"),
    bulkAcceptToProcessingMs: intFromEnv("SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS"),
    bulkProcessingMs: intFromEnv("SANDBOX_BULK_PROCESSING_MS"),
    cashbillUnitCost: intFromEnv("SANDBOX_CASHBILL_UNIT_COST"),
    popbillServiceId: (process.env["SANDBOX_POPBILL_SERVICE_ID"] || undefined) as
      ServiceId | undefined,
    depositConfirmMs:
      process.env["SANDBOX_DEPOSIT_CONFIRM_MS"] === "off"
        ? null
        : intFromEnv("SANDBOX_DEPOSIT_CONFIRM_MS"),
    refundProcessingMs: intFromEnv("SANDBOX_REFUND_PROCESSING_MS"),
    accountCheckUnitCost: intFromEnv("SANDBOX_ACCOUNT_CHECK_UNIT_COST"),
    depositorCheckUnitCost: intFromEnv("SANDBOX_DEPOSITOR_CHECK_UNIT_COST"),
  },
});

let sandbox: Sandbox;
try {
  sandbox = createSandbox(optionsFromEnv());
} catch (error) {
  fail(error);
}
const urls = await sandbox.start().catch(fail);

console.log(`korbill sandbox running
  auth host (Linkhub): ${urls.authUrl}
  POPBiLL API host:    ${urls.popbillUrl}  (ServiceID ${sandbox.settings.popbillServiceId}, filing ${sandbox.settings.filingSchedule})
  i'mport API host:    ${urls.iamportUrl}
  control API:         ${urls.authUrl}/__sandbox/
demo partner: LinkID ${DEMO_PARTNER.linkId}  SecretKey ${DEMO_PARTNER.secretKey}
demo i'mport merchant: imp_key ${DEMO_IAMPORT.impKey}  imp_secret ${DEMO_IAMPORT.impSecret}
demo members: ${DEMO_MEMBERS.map((m) => `${m.corpNum} ${m.corpName} (user ${m.users[0].userId})`).join(", ")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sandbox.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
