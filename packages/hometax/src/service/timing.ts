import { backoffDelayMs, jitteredDelayMs } from "@korbill/core-events";

/** Timing of job tracking. */
export interface HometaxJobTiming {
  /** Poll an open job's state every pollMinMs..pollMaxMs (jittered). */
  pollMinMs: number;
  pollMaxMs: number;
  /** Back-off after a failed poll, doubled up to retryMaxMs. */
  retryMinMs: number;
  retryMaxMs: number;
}

/** Defaults: poll every 1-3 s; after a failed poll wait 1-2 s, doubling up to 30 s. */
export const DEFAULT_HOMETAX_JOB_TIMING: HometaxJobTiming = {
  pollMinMs: 1_000,
  pollMaxMs: 3_000,
  retryMinMs: 2_000,
  retryMaxMs: 30_000,
};

/** A jittered delay before the next poll. */
export function pollDelay(timing: HometaxJobTiming): number {
  return jitteredDelayMs(timing.pollMinMs, timing.pollMaxMs);
}

/** The shared backoff after `attempts` (1 or more) failed polls. */
export function retryDelay(timing: HometaxJobTiming, attempts: number): number {
  return backoffDelayMs(attempts - 1, { baseMs: timing.retryMinMs, maxMs: timing.retryMaxMs });
}
