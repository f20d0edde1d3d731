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
  const { pollMinMs, pollMaxMs } = timing;
  return pollMinMs + Math.floor(Math.random() * Math.max(0, pollMaxMs - pollMinMs));
}

/** A jittered, doubling delay after `attempts` failed polls. */
export function retryDelay(timing: HometaxJobTiming, attempts: number): number {
  const base = Math.min(timing.retryMaxMs, timing.retryMinMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(base / 2 + (Math.random() * base) / 2);
}
