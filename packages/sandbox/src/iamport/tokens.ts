import { refill } from "../persist/maps.js";
import { type SandboxRequest } from "../http/request.js";
import { type IdSource } from "./ids.js";
import { unauthorized } from "./reply.js";
import { type TokenAnnotation } from "./wire.js";

/** A token's lifetime: 30 minutes (iamport.md §2.2). */
const TOKEN_LIFETIME_SECONDS = 30 * 60;
/** A getToken call this close to expiry extends the token. */
const EXTENSION_WINDOW_SECONDS = 60;
/** By how much such a call extends it. */
const EXTENSION_SECONDS = 5 * 60;

export interface LiveToken {
  readonly accessToken: string;
  readonly impKey: string;
  expiredAt: number;
}

/**
 * One live token per merchant (imp_key), with the §2.2 rules: the same token and
 * `expired_at` until expiry, extended by 5 minutes when asked within its last 60
 * seconds, a new one after expiry. Issuing never invalidates a live token.
 */
export class IamportTokens {
  readonly #byMerchant = new Map<string, LiveToken>();
  readonly #byToken = new Map<string, LiveToken>();
  readonly #ids: IdSource;

  /** Creates an empty token store drawing tokens from `ids`. */
  constructor(ids: IdSource) {
    this.#ids = ids;
  }

  /** The getToken answer for `impKey` at `now` (epoch seconds). */
  issue(impKey: string, now: number): TokenAnnotation {
    let live = this.#byMerchant.get(impKey);
    // [INF] a token is still live at exactly `expired_at`
    if (live !== undefined && now > live.expiredAt) {
      this.#byToken.delete(live.accessToken);
      live = undefined;
    }
    if (live === undefined) {
      live = {
        accessToken: this.#ids.accessToken(),
        impKey,
        expiredAt: now + TOKEN_LIFETIME_SECONDS,
      };
      this.#byMerchant.set(impKey, live);
      this.#byToken.set(live.accessToken, live);
    } else if (live.expiredAt - now <= EXTENSION_WINDOW_SECONDS) {
      // [INF] exactly 60 s before expiry counts as "within the last 60 seconds"
      live.expiredAt += EXTENSION_SECONDS;
    }
    return { access_token: live.accessToken, now, expired_at: live.expiredAt };
  }

  /** The merchant (imp_key) of a live token at `now`, else `undefined`. */
  merchantOf(accessToken: string, now: number): string | undefined {
    const live = this.#byToken.get(accessToken);
    return live !== undefined && now <= live.expiredAt ? live.impKey : undefined;
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return { byMerchant: this.#byMerchant, byToken: this.#byToken };
  }

  load(data: ReturnType<IamportTokens["dump"]>): void {
    refill(this.#byMerchant, data.byMerchant);
    refill(this.#byToken, data.byToken);
  }

  /** Forgets every token (a server-side reset). */
  clear(): void {
    this.#byMerchant.clear();
    this.#byToken.clear();
  }
}

/**
 * The token of a request: `Authorization: Bearer <t>`, the raw token as the whole
 * `Authorization` value, or `X-ImpTokenHeader: <t>`; `Authorization` wins when both
 * are sent (iamport.md §2.3). Throws the 401 when none is present.
 */
export function presentedToken(request: SandboxRequest): string {
  const authorization = request.headers.get("authorization")?.trim();
  if (authorization !== undefined && authorization !== "") {
    const bearer = /^bearer\s+(\S+)$/i.exec(authorization);
    if (bearer?.[1] !== undefined) return bearer[1];
    if (!/\s/.test(authorization)) return authorization;
    throw unauthorized();
  }
  const legacy = request.headers.get("x-imptokenheader")?.trim();
  if (legacy !== undefined && legacy !== "") return legacy;
  throw unauthorized();
}
