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
import { DEMO_IAMPORT } from "./iamport/index.js";
import { sandboxOptionsFromEnv } from "./main-env.js";
import { createSandbox, type Sandbox } from "./sandbox.js";
import { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";

/** Exits with one line naming the cause (a stack would bury it). */
function fail(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`korbill sandbox: ${reason}`);
  process.exit(1);
}

let sandbox: Sandbox;
try {
  sandbox = createSandbox(sandboxOptionsFromEnv(process.env));
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
