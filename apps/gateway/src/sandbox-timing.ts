/**
 * How the local stage's embedded sandbox times its work (`KORBILL_SANDBOX_TIMING`):
 * - `seed` (default): as POPBiLL does it (seed 001) — receipts are filed with the NTS after
 *   midnight KST and the results come at 11:00 KST the day after issuance; move the sandbox
 *   clock (`sandboxAdvanceClock`, `korbill sandbox clock`) to see them;
 * - `demo`: filing results within seconds, for demos and the end-to-end tests.
 */
export type SandboxTiming = "seed" | "demo";

/** Every timing, for the configuration schema (`config-env.ts`). */
export const SANDBOX_TIMINGS = ["seed", "demo"] as const;
