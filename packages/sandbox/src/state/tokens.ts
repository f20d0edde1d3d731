import { randomBytes } from "node:crypto";
import { refill } from "../persist/maps.js";

/** The two POPBiLL ServiceIDs: production and test (popbill.md §1.1). */
export const SERVICE_IDS = ["POPBILL", "POPBILL_TEST"] as const;

/** A POPBiLL ServiceID. */
export type ServiceId = (typeof SERVICE_IDS)[number];

/** Whether a path segment names a POPBiLL ServiceID (case-sensitive, as signed). */
export function isServiceId(value: string | undefined): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value ?? "");
}

/** A Linkhub session token as the sandbox remembers it. */
export interface SessionToken {
  /** The opaque bearer value. */
  readonly token: string;
  /** The ServiceID it was issued for; it is refused everywhere else. */
  readonly serviceId: ServiceId;
  /** The partner's LinkID. */
  readonly linkId: string;
  /** The member's CorpNum; `undefined` for a partner-level token. */
  readonly corpNum: string | undefined;
  /** Granted scopes. */
  readonly scopes: readonly string[];
  /** `*` or the IP the token is bound to. */
  readonly ipAddress: string;
  /** Opaque member code echoed as `usercode`. */
  readonly userCode: string;
  /** Sandbox time of issue. */
  readonly issuedAt: Date;
  /** Sandbox time after which the token is refused. */
  readonly expiresAt: Date;
}

/** What {@link TokenStore.issue} needs besides the clock. */
export type TokenGrant = Omit<SessionToken, "token">;

/**
 * Issued session tokens. Every issue creates a fresh random token, also for a burst of
 * identical requests (the Node SDK sends such bursts, popbill.md §5.5); all stay valid
 * until they expire. Expired tokens are purged lazily.
 */
export class TokenStore {
  readonly #tokens = new Map<string, SessionToken>();

  /** Stores a new random token for the grant and returns it. */
  issue(grant: TokenGrant): SessionToken {
    this.#purge(grant.issuedAt);
    const stored: SessionToken = { ...grant, token: randomBytes(32).toString("base64url") };
    this.#tokens.set(stored.token, stored);
    return stored;
  }

  /** The token if known and not yet expired at `now` (a token is valid up to and including `expiresAt`). */
  lookup(token: string, now: Date): SessionToken | undefined {
    const found = this.#tokens.get(token);
    if (found === undefined) return undefined;
    if (now.getTime() > found.expiresAt.getTime()) {
      this.#tokens.delete(token);
      return undefined;
    }
    return found;
  }

  /** Whether the token was ever issued and is still remembered, expired or not. */
  known(token: string): boolean {
    return this.#tokens.has(token);
  }

  /** Revokes every token, e.g. to simulate a server-side session reset. */
  clear(): void {
    this.#tokens.clear();
  }

  /** How many tokens are remembered. */
  get size(): number {
    return this.#tokens.size;
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump(): { tokens: Map<string, SessionToken> } {
    return { tokens: this.#tokens };
  }

  load(data: ReturnType<TokenStore["dump"]>): void {
    refill(this.#tokens, data.tokens);
  }

  #purge(now: Date): void {
    for (const [token, stored] of this.#tokens) {
      if (now.getTime() > stored.expiresAt.getTime()) this.#tokens.delete(token);
    }
  }
}
