/** Backoff settings; the defaults suit interactive upstream calls. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. Default 300 ms. */
  baseMs?: number;
  /** Cap of the exponential delay. Default 5 s. */
  maxMs?: number;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/**
 * The wait before retry number `retry` (0 for the first): exponential, capped, and jittered
 * into the upper half of the window so that herds spread out. The one backoff of korbill:
 * upstream retries, bulk reconciliation, HomeTax job polls, lost claim connections.
 */
// Hand-written: a delay formula, not a retry loop; each caller owns its loop, clock and sleep.
export function backoffDelayMs(retry: number, options: BackoffOptions = {}): number {
  const { baseMs = 300, maxMs = 5_000, random = Math.random } = options;
  const capped = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry));
  return Math.round(capped * (0.5 + 0.5 * random()));
}

/** A delay drawn evenly from [minMs, maxMs] (a regular poll interval, jittered). */
export function jitteredDelayMs(
  minMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  return minMs + Math.floor(random() * Math.max(0, maxMs - minMs));
}
