/** Options for {@link SandboxClock}. */
export interface SandboxClockOptions {
  /**
   * Start frozen at this instant (a `Date`, an ISO-8601 string or epoch millis).
   * Without it the clock follows real time.
   */
  readonly fixed?: Date | string | number;
}

/**
 * The sandbox's one source of time: token expiry, `x-lh-date` skew checks, the
 * 30-second URLs and `GET /Time` all read it, so tests can move time at will.
 *
 * Two modes: *running* (real time plus an offset; the default) and *frozen* (a fixed
 * instant that only {@link advance} and {@link set} move; the mode when `fixed` is given).
 */
export class SandboxClock {
  #frozenAt: number | undefined;
  #offsetMs = 0;
  readonly #listeners = new Set<(now: Date) => void>();

  /** Creates a running clock, or a frozen one when `options.fixed` is given. */
  constructor(options: SandboxClockOptions = {}) {
    if (options.fixed !== undefined) this.#frozenAt = toMillis(options.fixed);
  }

  /** The current sandbox time. */
  now(): Date {
    return new Date(this.nowMs());
  }

  /** The current sandbox time in epoch milliseconds. */
  nowMs(): number {
    return this.#frozenAt ?? Date.now() + this.#offsetMs;
  }

  /** Whether the clock stands still between calls to {@link advance}/{@link set}. */
  get frozen(): boolean {
    return this.#frozenAt !== undefined;
  }

  /** Moves time forward by `ms` (finite, not negative) and returns the new time. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`advance(ms) needs a finite ms >= 0, got ${ms}`);
    if (this.#frozenAt !== undefined) this.#frozenAt += ms;
    else this.#offsetMs += ms;
    return this.#changed();
  }

  /** Jumps to `date` (backwards too) keeping the mode, and returns the new time. */
  set(date: Date | string | number): Date {
    const target = toMillis(date);
    if (this.#frozenAt !== undefined) this.#frozenAt = target;
    else this.#offsetMs = target - Date.now();
    return this.#changed();
  }

  /** Stops the clock at its current instant. */
  freeze(): Date {
    this.#frozenAt = this.nowMs();
    return this.now();
  }

  /** Lets a frozen clock run on in real time from its current instant. */
  resume(): Date {
    if (this.#frozenAt !== undefined) {
      this.#offsetMs = this.#frozenAt - Date.now();
      this.#frozenAt = undefined;
    }
    return this.now();
  }

  /** Persistence (see src/persist/): the mode and offset, and their replacement on restore. */
  dump(): { frozenAt: number | undefined; offsetMs: number } {
    return { frozenAt: this.#frozenAt, offsetMs: this.#offsetMs };
  }

  load(data: ReturnType<SandboxClock["dump"]>): void {
    this.#frozenAt = data.frozenAt;
    this.#offsetMs = data.offsetMs;
  }

  /**
   * Calls `listener` after every {@link advance} and {@link set} (not as real time passes),
   * so time-driven work can run at once. Returns the unsubscribe function.
   */
  onChange(listener: (now: Date) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): Date {
    const now = this.now();
    for (const listener of [...this.#listeners]) listener(now);
    return now;
  }
}

function toMillis(value: Date | string | number): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(value)}`);
  return ms;
}
