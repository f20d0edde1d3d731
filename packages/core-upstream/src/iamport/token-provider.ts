import { type Clock, systemClock } from "@korbill/core-domain";
import { UpstreamError } from "../errors/upstream-error.js";
import { type UpstreamEndpoints } from "../stage/endpoints.js";
import { TokenCache } from "../transport/token-cache.js";
import { type HttpTransport } from "../transport/types.js";
import { readEnvelope } from "./envelope.js";

/** An i'mport access token. */
export interface IamportToken {
  accessToken: string;
  /** Epoch ms on the local clock (skew-corrected, see {@link createIamportTokenProvider}). */
  expiresAt: number;
}

/** Hands out the cached i'mport token; one getToken request at a time. */
export interface IamportTokenProvider {
  getToken(): Promise<IamportToken>;
  /** Forgets the cached token (only if it is still `token`, when given). */
  invalidate(token?: IamportToken): void;
}

/** Options of {@link createIamportTokenProvider}. */
export interface IamportTokenProviderOptions {
  transport: HttpTransport;
  endpoints: UpstreamEndpoints;
  impKey: string;
  impSecret: string;
  clock?: Clock;
  /** Default 30 s, like the official TypeScript client. */
  refreshMarginMs?: number;
  /** A store shared between providers; keys include stage and imp_key. */
  cache?: TokenCache<IamportToken>;
}

interface TokenWire {
  access_token?: unknown;
  now?: unknown;
  expired_at?: unknown;
}

/**
 * Creates the i'mport token provider (iamport.md §2). The local expiry is `expired_at - now`
 * of the server added to the local time the request was sent, so skew between the clocks
 * does not matter and the estimate errs early.
 */
export function createIamportTokenProvider(
  options: IamportTokenProviderOptions,
): IamportTokenProvider {
  const clock = options.clock ?? systemClock;
  const cache = options.cache ?? new TokenCache<IamportToken>();
  const policy = { clock, refreshMarginMs: options.refreshMarginMs ?? 30_000 };
  const key = JSON.stringify(["iamport", options.endpoints.stage, options.impKey]);
  return {
    getToken: () => cache.get(key, () => mintToken(options, clock), policy),
    invalidate: (token) => cache.invalidate(key, token),
  };
}

async function mintToken(
  options: IamportTokenProviderOptions,
  clock: Clock,
): Promise<IamportToken> {
  const sentAt = clock.now();
  const reply = await options.transport.request({
    upstream: "iamport",
    method: "POST",
    url: `${options.endpoints.iamportApiUrl}/users/getToken`,
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify({ imp_key: options.impKey, imp_secret: options.impSecret }),
    // getToken hands back the live token when there is one (iamport.md §2.2): idempotent.
    retry: "idempotent-post",
  });
  const {
    access_token: accessToken,
    now,
    expired_at: expiredAt,
  } = readEnvelope<TokenWire | null>(reply) ?? {};
  if (
    typeof accessToken !== "string" ||
    accessToken === "" ||
    typeof now !== "number" ||
    typeof expiredAt !== "number"
  ) {
    throw new UpstreamError({
      upstream: "iamport",
      status: reply.status,
      requestId: reply.requestId,
      message: "i'mport token reply is incomplete",
    });
  }
  return { accessToken, expiresAt: sentAt + (expiredAt - now) * 1_000 };
}
