/** Backoff settings; the defaults suit interactive GraphQL calls. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. Default 300 ms. */
  baseMs?: number;
  /** Cap of the exponential delay. Default 5 s. */
  maxMs?: number;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/**
 * The wait before retry number `retry` (0 for the first): exponential, capped, and
 * jittered into the upper half of the window so that herds spread out.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions = {}): number {
  const { baseMs = 300, maxMs = 5_000, random = Math.random } = options;
  const capped = Math.min(maxMs, baseMs * 2 ** retry);
  return Math.round(capped * (0.5 + 0.5 * random()));
}

/**
 * Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds from `nowMs`;
 * undefined when absent or unreadable.
 */
export function parseRetryAfterMs(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1_000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
