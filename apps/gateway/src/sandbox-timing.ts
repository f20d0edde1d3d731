/**
 * How the local stage's embedded sandbox times its work (`KORBILL_SANDBOX_TIMING`):
 * - `seed` (default): as POPBiLL does it (seed 001) — receipts are filed with the NTS after
 *   midnight KST and the results come at 11:00 KST the day after issuance; move the sandbox
 *   clock (`sandboxAdvanceClock`, `korbill sandbox clock`) to see them;
 * - `demo`: filing results within seconds, for demos and the end-to-end tests.
 */
export type SandboxTiming = "seed" | "demo";

const TIMINGS: readonly SandboxTiming[] = ["seed", "demo"];

/** Reads `KORBILL_SANDBOX_TIMING`; a bad value is added to `problems`. */
export function sandboxTimingFrom(
  env: Record<string, string | undefined>,
  problems: string[],
): SandboxTiming {
  const value = env.KORBILL_SANDBOX_TIMING || "seed";
  if (TIMINGS.includes(value as SandboxTiming)) return value as SandboxTiming;
  problems.push(`KORBILL_SANDBOX_TIMING must be seed or demo (got "${value}")`);
  return "seed";
}
