import {
  type HttpResponse,
  type HttpTransport,
  type UpstreamEndpoints,
  fromResponse,
} from "@korbill/core-upstream";

/** A POPBiLL API call that carries no token (CheckIsMember, CheckID, JoinMember). */
export interface AnonymousRequest {
  method: "GET" | "POST";
  /** Path with query string, starting with `/`. */
  path: string;
  /** A pre-serialised JSON body, sent byte for byte (POST only). */
  body?: string;
}

/**
 * The API host without `Authorization`: BaseService.js sends CheckIsMember, CheckID and
 * JoinMember with no CorpNum, hence no token (BaseService.js:232-275, 439-446), and a member
 * that does not exist yet could not get one anyway.
 */
export interface AnonymousPopbill {
  /** Resolves with the 200 body, throws an `UpstreamError` otherwise. */
  request<T>(request: AnonymousRequest): Promise<T>;
}

/** Options of {@link createAnonymousPopbill}. */
export interface AnonymousPopbillOptions {
  transport: HttpTransport;
  endpoints: Pick<UpstreamEndpoints, "popbillApiUrl">;
  userAgent?: string;
}

/** Creates the token-less caller the gateway passes to `createPointsClient({ anonymous })`. */
export function createAnonymousPopbill(options: AnonymousPopbillOptions): AnonymousPopbill {
  const { transport, endpoints } = options;
  return {
    async request<T>(request: AnonymousRequest): Promise<T> {
      if (!request.path.startsWith("/")) throw new TypeError("A POPBiLL path starts with /");
      if (request.method === "GET" && request.body !== undefined) {
        throw new TypeError("A POPBiLL GET carries no body");
      }
      const response: HttpResponse = await transport.request({
        upstream: "popbill",
        method: request.method,
        url: `${endpoints.popbillApiUrl}${request.path}`,
        headers: {
          // Node's SDK sends it on every request, GET included (popbill.md §2.1).
          "Content-Type": "application/json;charset=utf-8",
          ...(options.userAgent === undefined ? {} : { "User-Agent": options.userAgent }),
        },
        body: request.method === "POST" ? (request.body ?? "") : undefined,
        retry: request.method === "GET" ? "safe" : "never",
      });
      if (response.status !== 200) {
        throw fromResponse({
          upstream: "popbill",
          status: response.status,
          body: response.bodyText,
          requestId: response.requestId,
        });
      }
      return response.json<T>();
    },
  };
}

/**
 * Serialises like linkhub's `stringify` (TokenBuilder.js:201), which BaseService uses for
 * JoinForm, CorpInfo and ContactInfo: every falsy value is dropped — null, undefined, "", and
 * also `0` and `false` (unlike the popbill body rule, popbill.md §2.3).
 */
export function linkhubStringify(value: object): string {
  return JSON.stringify(value, (_key, item: unknown) => (item ? item : undefined));
}
