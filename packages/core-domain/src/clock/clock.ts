/** A source of the current time, injectable so that expiry logic is testable. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Waits `ms` milliseconds; rejects with the signal's reason when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The process clock (`Date.now()`). */
export const systemClock: Clock = { now: () => Date.now() };

/** A real timer-based {@link Sleep}. */
export const systemSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** A clock that only moves when told to; for tests. */
export class ManualClock implements Clock {
  private current: number;

  /** Starts at `startMs` (epoch ms), 0 by default. */
  constructor(startMs = 0) {
    this.current = startMs;
  }

  /** The current manual time in epoch ms. */
  now(): number {
    return this.current;
  }

  /** Moves the clock forward by `ms` (which must not be negative). */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError(`ManualClock.advance needs ms >= 0, got ${ms}`);
    this.current += ms;
  }

  /** Sets the clock to `ms` epoch milliseconds. */
  set(ms: number): void {
    this.current = ms;
  }
}
