/** What `WorkClaims.status` reports (for /healthz). */
export interface ClaimsStatus {
  /** `local`: in-process (one instance); `postgres`: session advisory locks. */
  kind: "local" | "postgres";
  /** False while a PostgreSQL claims connection is down: this instance claims nothing then. */
  connected: boolean;
  /** Units this instance holds now. */
  held: number;
}

/**
 * Units of background work (a bulk submission to poll, one member's filing checks, a HomeTax
 * job, a deferred webhook), each claimed by one instance at a time. An instance works only on
 * what it holds; a unit nobody holds is taken by whichever instance looks first, so the work
 * spreads over the instances, and the units of an instance that dies are free again at once
 * (PostgreSQL releases a dead session's locks) for the others to take on their next look.
 */
export interface WorkClaims {
  /** Claims `key` unless another instance holds it; true when this instance holds it. */
  claim(key: string): Promise<boolean>;
  /** Claims every free key of `keys` in one round trip; resolves to the keys held now. */
  claimMany(keys: readonly string[]): Promise<Set<string>>;
  /** Whether this instance holds `key` (no round trip). */
  holds(key: string): boolean;
  /** Gives `key` up (a no-op unless held). */
  release(key: string): Promise<void>;
  /** Told with the keys lost at once when the claims connection dies. */
  onLost(listener: (keys: string[]) => void): () => void;
  status(): ClaimsStatus;
  /** Releases everything (the connection ends). */
  close(): Promise<void>;
}

/**
 * Claims of a single instance (SQLite): held in memory; every unit is free unless this
 * process holds it already, so `claim` only says whether work is new to this process.
 */
export class LocalClaims implements WorkClaims {
  private readonly held = new Set<string>();

  async claim(key: string): Promise<boolean> {
    this.held.add(key);
    return true;
  }

  async claimMany(keys: readonly string[]): Promise<Set<string>> {
    for (const key of keys) this.held.add(key);
    return new Set(keys);
  }

  holds(key: string): boolean {
    return this.held.has(key);
  }

  async release(key: string): Promise<void> {
    this.held.delete(key);
  }

  onLost(): () => void {
    return () => undefined;
  }

  status(): ClaimsStatus {
    return { kind: "local", connected: true, held: this.held.size };
  }

  async close(): Promise<void> {
    this.held.clear();
  }
}
