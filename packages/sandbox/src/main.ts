/**
 * Runs the sandbox standalone: `node dist/main.js`.
 * Env: `SANDBOX_HOST` (default 127.0.0.1), `SANDBOX_AUTH_PORT` / `SANDBOX_POPBILL_PORT`
 * (default random), `SANDBOX_TOKEN_LIFETIME_MS`, `SANDBOX_MAX_CLOCK_SKEW_MS`,
 * `SANDBOX_FILING_SCHEDULE` (`fast`, the default here, or `popbill`), `SANDBOX_FAST_FILING_MS`,
 * `SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS`, `SANDBOX_BULK_PROCESSING_MS`,
 * `SANDBOX_CASHBILL_UNIT_COST`, `SANDBOX_POPBILL_SERVICE_ID` (default POPBILL_TEST),
 * `SANDBOX_DEPOSIT_CONFIRM_MS` (`off` for manual confirmation only), `SANDBOX_REFUND_PROCESSING_MS`,
 * `SANDBOX_ACCOUNT_CHECK_UNIT_COST`, `SANDBOX_DEPOSITOR_CHECK_UNIT_COST`.
 */
import { type FilingSchedule } from "./env.js";
import { createSandbox } from "./sandbox.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
import { type ServiceId } from "./state/tokens.js";

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number >= 0, got "${raw}"`);
  return value;
}

const sandbox = createSandbox({
  listenHost: process.env["SANDBOX_HOST"] || "127.0.0.1",
  ports: {
    auth: intFromEnv("SANDBOX_AUTH_PORT") ?? 0,
    popbill: intFromEnv("SANDBOX_POPBILL_PORT") ?? 0,
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
const urls = await sandbox.start();

console.log(`korbill sandbox running
  auth host (Linkhub): ${urls.authUrl}
  POPBiLL API host:    ${urls.popbillUrl}  (ServiceID ${sandbox.settings.popbillServiceId}, filing ${sandbox.settings.filingSchedule})
  control API:         ${urls.authUrl}/__sandbox/
demo partner: LinkID ${DEMO_PARTNER.linkId}  SecretKey ${DEMO_PARTNER.secretKey}
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
