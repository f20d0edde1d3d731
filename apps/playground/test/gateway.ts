// The gateway depends on this package (it serves the built page), so this package cannot
// depend on the gateway in turn: the test loads the gateway's build by path, and turbo
// builds it first (see turbo.json here).
import type { KorbillGateway } from "../../gateway/dist/index.js";
import { startLocalGateway } from "../../gateway/dist/testing/index.js";

/** The gateway as `pnpm start` runs it (local stage), on an ephemeral port. */
export interface PlaygroundGateway {
  url: string;
  gateway: KorbillGateway;
  /** Points one cash receipt costs in the embedded sandbox. */
  unitCost: number;
  /** The gateway's log lines (JSON), for failure messages. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * Starts the real gateway in the local stage: its embedded sandbox files receipts within
 * seconds and sends webhooks to it; the filing check runs every second and the database is
 * a fresh SQLite file.
 */
export async function startPlaygroundGateway(
  /** More environment, e.g. `KORBILL_CORS_ORIGINS`. */
  env: Record<string, string> = {},
): Promise<PlaygroundGateway> {
  const local = await startLocalGateway({
    KORBILL_FILING_CHECK_MS: "1000",
    KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
    ...env,
  });
  const sandbox = local.gateway.sandbox?.sandbox;
  if (sandbox?.settings.filingSchedule !== "fast") {
    await local.close();
    throw new Error("the local stage should run its sandbox in-process, on the fast schedule");
  }
  return {
    url: local.url,
    gateway: local.gateway,
    unitCost: sandbox.settings.cashbillUnitCost,
    logs: local.logs,
    close: () => local.close(),
  };
}
