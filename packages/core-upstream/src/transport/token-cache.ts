import { type Clock } from "@korbill/core-domain";
import { InFlight } from "../in-flight.js";

/** Anything cacheable here carries an absolute expiry. */
export interface ExpiringToken {
  /** Epoch ms after which the upstream rejects the token. */
  expiresAt: number;
}

/** How a {@link TokenCache} decides freshness. */
export interface RefreshPolicy {
  clock: Clock;
  /** Refresh this long before `expiresAt` (at most half the token's lifetime). */
  refreshMarginMs: number;
}

interface Entry<T> {
  token: T;
  refreshAt: number;
}

/**
 * A token store with single-flight minting: however many callers ask for one key at once,
 * one mint runs and all share its result. A failed mint is not cached. Share one instance
 * between providers to share tokens; keys must then name everything a token is bound to.
 */
export class TokenCache<T extends ExpiringToken> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly minting = new InFlight<string, T>();

  /** `onLookup` is told whether each `get` found a fresh token (metrics). */
  constructor(private readonly onLookup?: (hit: boolean) => void) {}

  /** The fresh token under `key`, or the result of the one `mint` in flight for it. */
  get(key: string, mint: () => Promise<T>, policy: RefreshPolicy): Promise<T> {
    const entry = this.entries.get(key);
    const hit = entry !== undefined && policy.clock.now() < entry.refreshAt;
    this.onLookup?.(hit);
    if (hit) return Promise.resolve(entry.token);
    return this.minting.run(key, () => {
      const startedAt = policy.clock.now();
      return mint().then((token) => {
        this.entries.set(key, {
          token,
          refreshAt: refreshTime(token.expiresAt, startedAt, policy.refreshMarginMs),
        });
        return token;
      });
    });
  }

  /** Drops the token under `key`; with `token`, only if that is still the cached one. */
  invalidate(key: string, token?: T): void {
    const entry = this.entries.get(key);
    if (entry !== undefined && (token === undefined || entry.token === token))
      this.entries.delete(key);
  }
}

// A token that lives shorter than twice the margin is refreshed at half-life, not at once.
function refreshTime(expiresAt: number, mintedAt: number, marginMs: number): number {
  return expiresAt - Math.min(marginMs, Math.max(0, (expiresAt - mintedAt) / 2));
}
