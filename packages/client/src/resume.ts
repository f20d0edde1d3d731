/**
 * Cursor tracking of one subscription. A subscription opts in to resuming by declaring an
 * `$after` variable and selecting `cursor` on its single root field, as every korbill event
 * stream does (`cashbillEvents(after: $after) { cursor ... }`). The tracker remembers the
 * last cursor received; after a reconnect the subscription is sent again with that cursor
 * as `after`, so the gateway replays exactly what was missed, then continues live.
 */
export class CursorTracker {
  private last: string | null;
  private readonly recent = new Set<string>();

  /**
   * @param resumable whether the operation declares `$after`
   * @param initial the caller's own `after` (where the very first subscription starts)
   * @param window how many recent cursors are remembered to drop a redelivered event
   */
  constructor(
    readonly resumable: boolean,
    initial: string | null | undefined,
    private readonly window = 1_000,
  ) {
    this.last = initial ?? null;
  }

  /** The last cursor received (or the initial `after`); persist it to resume later. */
  get cursor(): string | null {
    return this.last;
  }

  /** The variables of the next (re)subscription: the caller's, with `after` moved forward. */
  variables<T extends object>(base: T): T {
    if (!this.resumable || this.last === null) return base;
    return { ...base, after: this.last };
  }

  /**
   * Records an event's cursor. Returns false for an event already delivered (same cursor
   * seen within the window), which the caller then drops.
   */
  accept(data: unknown): boolean {
    const cursor = cursorOf(data);
    if (cursor === null) return true;
    if (this.recent.has(cursor)) return false;
    this.recent.add(cursor);
    if (this.recent.size > this.window) {
      const oldest = this.recent.values().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
    this.last = cursor;
    return true;
  }
}

/** The `cursor` of a result's single root field (`{ cashbillEvents: { cursor } }`), if any. */
export function cursorOf(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const roots = Object.values(data);
  if (roots.length !== 1) return null;
  const root = roots[0] as unknown;
  if (typeof root !== "object" || root === null) return null;
  const cursor = (root as { cursor?: unknown }).cursor;
  return typeof cursor === "string" && cursor !== "" ? cursor : null;
}
