import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// The gateway depends on this package (it serves the built page), so this package cannot
// depend on the gateway in turn: the test loads the gateway's build by path, and turbo
// builds it first (see turbo.json here).
import {
  type KorbillGateway,
  createLogger,
  createServer,
  loadConfig,
} from "../../gateway/dist/index.js";

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
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-playground-"));
  const config = loadConfig({
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: dataDir,
    KORBILL_PORT: "0",
    KORBILL_FILING_CHECK_MS: "1000",
    KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
    ...env,
  });
  const logs: string[] = [];
  const gateway = await createServer(config, {
    logger: createLogger("info", (line) => logs.push(line)),
  });
  const sandbox = gateway.sandbox?.sandbox;
  if (!sandbox) throw new Error("the local stage should run its sandbox in-process");
  if (sandbox.settings.filingSchedule !== "fast") {
    throw new Error("the local stage's sandbox must file on the fast schedule");
  }
  const url = await gateway.listen(0, "127.0.0.1");
  return {
    url,
    gateway,
    unitCost: sandbox.settings.cashbillUnitCost,
    logs,
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
