import { fromResponse } from "../errors/from-response.js";
import { type UpstreamEndpoints } from "../stage/endpoints.js";
import { type HttpResponse, type HttpTransport, type RetryPolicy } from "../transport/types.js";
import { type TokenLease, withTokenRetry } from "../transport/with-token-retry.js";
import { stringifyPopbillBody } from "./popbill-body.js";
import { type LinkhubTokenKey, type LinkhubTokenProvider } from "./token-provider.js";
import { type LinkhubToken } from "./token-reply.js";

/** One POPBiLL API call (popbill.md §2). */
export interface PopbillRequest {
  corpNum: string;
  scopes: readonly string[];
  /** POPBiLL user id, sent as `x-pb-userid` when non-empty. */
  userId?: string | undefined;
  /** Only GET and POST go on the wire; other verbs travel as `override`. */
  method: "GET" | "POST";
  /** Path with query string, starting with `/`. */
  path: string;
  /** `X-HTTP-Method-Override` (POST only), e.g. `ISSUE`, `BULKISSUE`, `DELETE`. */
  override?: string | undefined;
  /** An object serialised like the Node SDK, or a pre-serialised string sent byte for byte. */
  body?: unknown;
  /** E.g. `x-pb-submit-id` and `x-pb-message-digest` for BULKISSUE. */
  extraHeaders?: Record<string, string>;
  /** Default: `safe` (GET retried, POST not); pass `idempotent-post` where duplicates reconcile. */
  retry?: RetryPolicy;
  signal?: AbortSignal;
}

/** A call to the Linkhub auth host's `/{serviceID}/…` endpoints (popbill.md §1.7). */
export interface AuthHostRequest {
  corpNum?: string | undefined;
  scopes: readonly string[];
  /** The path after `/{serviceID}`, e.g. `/Point`, `/PartnerPoint`, `/URL?TG=CHRG`. */
  path: string;
}

/** Authenticated POPBiLL calls returning parsed JSON. */
export interface PopbillTransport {
  /** Sends an API-host call; resolves with the 200 body, throws an `UpstreamError` otherwise. */
  request<T>(request: PopbillRequest): Promise<T>;
  /** Sends a GET to the auth host under the token's ServiceID. */
  authHostRequest<T>(request: AuthHostRequest): Promise<T>;
  /**
   * Sends an API-host call whose 200 reply is binary (getPDF: `application/pdf;charset=utf-8`,
   * popbill.md §2.4); errors are JSON as everywhere. Optional so test fakes need not have it.
   */
  requestBinary?(request: PopbillRequest): Promise<BinaryReply>;
}

/** A binary 200 reply: its `Content-Type` and bytes. */
export interface BinaryReply {
  contentType: string;
  body: Buffer;
}

/** Options of {@link createPopbillTransport}. */
export interface PopbillTransportOptions {
  transport: HttpTransport;
  tokens: LinkhubTokenProvider;
  endpoints: UpstreamEndpoints;
  /** Sent as `User-Agent`; the transport's default otherwise. */
  userAgent?: string;
}

/** Creates the POPBiLL caller: bearer tokens, SDK-identical bodies, error mapping, one token retry. */
export function createPopbillTransport(options: PopbillTransportOptions): PopbillTransport {
  const { transport, tokens, endpoints } = options;
  const userAgent: Record<string, string> =
    options.userAgent === undefined ? {} : { "User-Agent": options.userAgent };
  return {
    async request<T>(request: PopbillRequest): Promise<T> {
      // Validate before any token request: a malformed call never reaches an upstream.
      const url = `${endpoints.popbillApiUrl}${checkedPath(request.path)}`;
      const body = requestBody(request);
      return withTokenRetry(leaseFor(tokens, request), async (token) => {
        const response = await transport.request({
          upstream: "popbill",
          method: request.method,
          url,
          headers: { ...apiHeaders(request, token), ...userAgent },
          body,
          retry: request.retry ?? "safe",
          ...(request.signal === undefined ? {} : { signal: request.signal }),
        });
        return readOk<T>(response, "popbill");
      });
    },
    async requestBinary(request: PopbillRequest): Promise<BinaryReply> {
      const url = `${endpoints.popbillApiUrl}${checkedPath(request.path)}`;
      const body = requestBody(request);
      return withTokenRetry(leaseFor(tokens, request), async (token) => {
        const response = await transport.request({
          upstream: "popbill",
          method: request.method,
          url,
          headers: { ...apiHeaders(request, token), ...userAgent },
          body,
          retry: request.retry ?? "safe",
          ...(request.signal === undefined ? {} : { signal: request.signal }),
        });
        if (response.status !== 200) readOk(response, "popbill"); // throws the mapped error
        return {
          contentType: response.headers["content-type"] ?? "",
          body: response.body ?? Buffer.from(response.bodyText, "utf8"),
        };
      });
    },
    async authHostRequest<T>(request: AuthHostRequest): Promise<T> {
      const path = checkedPath(request.path);
      return withTokenRetry(leaseFor(tokens, request), async (token) => {
        const response = await transport.request({
          upstream: "linkhub",
          method: "GET",
          url: `${endpoints.linkhubAuthUrl}/${token.serviceId}${path}`,
          headers: { Authorization: `Bearer ${token.sessionToken}`, ...userAgent },
        });
        return readOk<T>(response, "linkhub");
      });
    },
  };
}

function leaseFor(tokens: LinkhubTokenProvider, key: LinkhubTokenKey): TokenLease<LinkhubToken> {
  return { get: () => tokens.getToken(key), drop: (token) => tokens.invalidate(key, token) };
}

function apiHeaders(request: PopbillRequest, token: LinkhubToken): Record<string, string> {
  return {
    Authorization: `Bearer ${token.sessionToken}`,
    ...(request.userId === undefined || request.userId === ""
      ? {}
      : { "x-pb-userid": request.userId }),
    ...(request.override === undefined ? {} : { "X-HTTP-Method-Override": request.override }),
    // Node's SDK sends this on every request, GET included (popbill.md §2.1) ...
    "Content-Type": "application/json;charset=utf-8",
    // ... unless the call names another (assignMgtKey's form body).
    ...request.extraHeaders,
  };
}

function requestBody(request: PopbillRequest): string | undefined {
  if (request.override !== undefined && request.method !== "POST") {
    throw new TypeError(
      `X-HTTP-Method-Override ${request.override} needs POST, not ${request.method}`,
    );
  }
  if (request.method === "GET") {
    if (request.body !== undefined) throw new TypeError("A POPBiLL GET carries no body");
    return undefined;
  }
  // A body-less POST goes out with Content-Length: 0, as Node's client does (popbill.md §2.1).
  if (request.body === undefined) return "";
  return typeof request.body === "string" ? request.body : stringifyPopbillBody(request.body);
}

function readOk<T>(response: HttpResponse, upstream: "popbill" | "linkhub"): T {
  if (response.status !== 200) {
    throw fromResponse({
      upstream,
      status: response.status,
      body: response.bodyText,
      requestId: response.requestId,
    });
  }
  return response.json<T>();
}

function checkedPath(path: string): string {
  if (!path.startsWith("/"))
    throw new TypeError(`A POPBiLL path starts with "/": ${JSON.stringify(path)}`);
  return path;
}
