import { join } from "node:path";
import { type SandboxOptions } from "@korbill/sandbox";
import type { GatewayConfig } from "./config.js";

/** The embedded sandbox's state file in the data directory (`korbill reset` deletes it). */
export const SANDBOX_STATE_FILE = "sandbox.sqlite";

/**
 * Options of the local stage's embedded sandbox: its state is kept in the data directory
 * (written through, so a restart or `kill -9` loses nothing and pending work resumes), and
 * its timing follows `KORBILL_SANDBOX_TIMING`: `seed` files receipts overnight with results at
 * 11:00 KST the next day (POPBiLL's schedule), `demo` within seconds.
 */
export function localSandboxOptions(config: GatewayConfig): SandboxOptions {
  const stateFile = join(config.dataDir, SANDBOX_STATE_FILE);
  if (config.sandboxTiming === "demo") return { filingSchedule: "fast", stateFile };
  // Bank-transfer deposits still confirm within seconds: there is no bank to wait for.
  return { filingSchedule: "popbill", settings: { depositConfirmMs: 10_000 }, stateFile };
}
