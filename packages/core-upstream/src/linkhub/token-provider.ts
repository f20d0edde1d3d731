import { type Clock, systemClock } from "@korbill/core-domain";
import { type UpstreamEndpoints } from "../stage/endpoints.js";
import { TokenCache } from "../transport/token-cache.js";
import { type HttpTransport } from "../transport/types.js";
import { buildTokenRequest } from "./token-request.js";
import { type LinkhubToken, readTokenReply } from "./token-reply.js";

/** Which token: the member (CorpNum; none for partner-level) and the scopes. */
export interface LinkhubTokenKey {
  corpNum?: string | undefined;
  scopes: readonly string[];
}

/** Hands out cached Linkhub tokens; one token request per key at a time. */
export interface LinkhubTokenProvider {
  /** A token valid for at least the refresh margin (or half its lifetime). */
  getToken(key: LinkhubTokenKey): Promise<LinkhubToken>;
  /** Forgets the cached token of `key` (only if it is still `token`, when given). */
  invalidate(key: LinkhubTokenKey, token?: LinkhubToken): void;
}

/** Options of {@link createLinkhubTokenProvider}. */
export interface LinkhubTokenProviderOptions {
  transport: HttpTransport;
  endpoints: UpstreamEndpoints;
  linkId: string;
  secretKey: string;
  clock?: Clock;
  /** True (default): the token is bound to this machine's IP. False sends `x-lh-forwarded: *`. */
  ipRestrict?: boolean;
  /** Default 60 s. */
  refreshMarginMs?: number;
  /** A store shared between providers; keys include stage, ServiceID and LinkID. */
  cache?: TokenCache<LinkhubToken>;
}

/** Creates a provider that signs, sends and caches Linkhub token requests (popbill.md §1.2-1.4). */
export function createLinkhubTokenProvider(
  options: LinkhubTokenProviderOptions,
): LinkhubTokenProvider {
  const clock = options.clock ?? systemClock;
  const cache = options.cache ?? new TokenCache<LinkhubToken>();
  const policy = { clock, refreshMarginMs: options.refreshMarginMs ?? 60_000 };
  const { endpoints, linkId } = options;
  // [INF] The body lists scopes in the first caller's order; Linkhub treats scope as a set.
  const cacheKey = (key: LinkhubTokenKey): string =>
    JSON.stringify([
      "linkhub",
      endpoints.stage,
      endpoints.serviceId,
      linkId,
      key.corpNum ?? "",
      [...key.scopes].sort(),
    ]);
  return {
    getToken(key) {
      if (key.scopes.length === 0)
        return Promise.reject(new TypeError("A Linkhub token needs at least one scope"));
      return cache.get(cacheKey(key), () => mintToken(options, clock, key), policy);
    },
    invalidate(key, token) {
      cache.invalidate(cacheKey(key), token);
    },
  };
}

async function mintToken(
  options: LinkhubTokenProviderOptions,
  clock: Clock,
  key: LinkhubTokenKey,
): Promise<LinkhubToken> {
  const { transport, endpoints } = options;
  const signed = buildTokenRequest({
    linkId: options.linkId,
    secretKey: options.secretKey,
    serviceId: endpoints.serviceId,
    accessId: key.corpNum,
    scopes: key.scopes,
    date: new Date(clock.now()).toISOString(),
    forwarded: options.ipRestrict === false ? "*" : undefined,
  });
  const response = await transport.request({
    upstream: "linkhub",
    method: "POST",
    url: `${endpoints.linkhubAuthUrl}${signed.path}`,
    headers: signed.headers,
    body: signed.body,
    // [INF] Minting twice is harmless: the Node SDK routinely sends identical token POSTs in
    // bursts (popbill.md §5.5) and every resulting token is usable.
    retry: "idempotent-post",
  });
  return readTokenReply(response, { serviceId: endpoints.serviceId, scopes: key.scopes });
}
