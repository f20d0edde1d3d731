import { type UpstreamEndpoints } from "../stage/endpoints.js";
import { type HttpTransport, type RetryPolicy } from "../transport/types.js";
import { type TokenLease, withTokenRetry } from "../transport/with-token-retry.js";
import { readEnvelope } from "./envelope.js";
import { type IamportQuery, iamportQueryString } from "./query.js";
import { type IamportToken, type IamportTokenProvider } from "./token-provider.js";

/** One i'mport REST call. */
export interface IamportRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path starting with `/`, e.g. `/subscribe/payments/again`. */
  path: string;
  query?: IamportQuery;
  /** Sent as JSON. */
  body?: unknown;
  /** Default `safe` (POST not retried); `idempotent-post` where merchant_uid makes duplicates detectable. */
  retry?: RetryPolicy;
  signal?: AbortSignal;
}

/** The envelope's `response`, and whether the upstream found only part of a multi-get (HTTP 207). */
export interface IamportReply<T> {
  response: T;
  partial: boolean;
  requestId: string;
}

/** Authenticated i'mport calls. */
export interface IamportTransport {
  /** Resolves with `response` of a `code: 0` envelope; throws an `UpstreamError` otherwise. */
  request<T>(request: IamportRequest): Promise<IamportReply<T>>;
}

/** Options of {@link createIamportTransport}. */
export interface IamportTransportOptions {
  transport: HttpTransport;
  tokens: IamportTokenProvider;
  endpoints: UpstreamEndpoints;
  /** Sub-merchant tier code, sent as `Tier` on every call (iamport.md §2.3). */
  tier?: string;
}

/** Creates the i'mport caller: bearer token, bracket queries, envelope unwrapping, one retry on 401. */
export function createIamportTransport(options: IamportTransportOptions): IamportTransport {
  const { transport, tokens, endpoints } = options;
  const lease: TokenLease<IamportToken> = {
    get: () => tokens.getToken(),
    drop: (token) => tokens.invalidate(token),
  };
  return {
    async request<T>(request: IamportRequest): Promise<IamportReply<T>> {
      if (!request.path.startsWith("/"))
        throw new TypeError(`An i'mport path starts with "/": ${JSON.stringify(request.path)}`);
      const url = `${endpoints.iamportApiUrl}${request.path}${iamportQueryString(request.query)}`;
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      return withTokenRetry(lease, async (token) => {
        const reply = await transport.request({
          upstream: "iamport",
          method: request.method,
          url,
          headers: {
            Authorization: `Bearer ${token.accessToken}`,
            ...(options.tier === undefined ? {} : { Tier: options.tier }),
            ...(body === undefined ? {} : { "Content-Type": "application/json; charset=utf-8" }),
          },
          ...(body === undefined ? {} : { body }),
          retry: request.retry ?? "safe",
          ...(request.signal === undefined ? {} : { signal: request.signal }),
        });
        return {
          response: readEnvelope<T>(reply),
          // [INF] A 207 carries `code: 0` and the items found (iamport.md §3 gives no other shape).
          partial: reply.status === 207,
          requestId: reply.requestId,
        };
      });
    },
  };
}
