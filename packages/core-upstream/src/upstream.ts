/**
 * The upstream side: stages and endpoints, the error hierarchy, the HTTP transport,
 * Linkhub/POPBiLL and i'mport tokens and authenticated callers.
 */
export {
  type EndpointOverrides,
  type HostVariant,
  type PopbillServiceId,
  type ResolveEndpointsOptions,
  type Stage,
  type UpstreamEndpoints,
  hostVariantFromFlags,
  resolveEndpoints,
} from "./stage/endpoints.js";
export {
  type Upstream,
  UpstreamAuthenticationError,
  UpstreamBusinessError,
  UpstreamConflictError,
  UpstreamConnectionError,
  type UpstreamConnectionErrorInit,
  UpstreamError,
  type UpstreamErrorClass,
  type UpstreamErrorInit,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamPermissionError,
  UpstreamRateLimitError,
  UpstreamServerError,
  UpstreamTimeoutError,
  isRetryable,
} from "./errors/upstream-error.js";
export { type FailedResponse, fromResponse } from "./errors/from-response.js";
export { type NetworkErrorContext, fromNetworkError } from "./errors/from-network-error.js";
export {
  type FetchInit,
  type FetchLike,
  type FetchResponseLike,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  type RetryPolicy,
} from "./transport/types.js";
export {
  type HttpTransportOptions,
  type UpstreamAttempt,
  createHttpTransport,
} from "./transport/http-transport.js";
export { type BackoffOptions } from "./transport/backoff.js";
export { type PoolOptions } from "./transport/pooled-fetch.js";
export { type ExpiringToken, type RefreshPolicy, TokenCache } from "./transport/token-cache.js";
export {
  LINKHUB_API_VERSION,
  type TokenRequest,
  type TokenRequestInput,
  buildTokenRequest,
} from "./linkhub/token-request.js";
export { type LinkhubToken } from "./linkhub/token-reply.js";
export {
  type LinkhubTokenKey,
  type LinkhubTokenProvider,
  type LinkhubTokenProviderOptions,
  createLinkhubTokenProvider,
} from "./linkhub/token-provider.js";
export {
  type AuthHostRequest,
  type PopbillRequest,
  type PopbillTransport,
  type PopbillTransportOptions,
  type BinaryReply,
  createPopbillTransport,
} from "./linkhub/popbill-transport.js";
export { bulkMessageDigest, stringifyPopbillBody } from "./linkhub/popbill-body.js";
export { type IamportEnvelope } from "./iamport/envelope.js";
export { type IamportQuery, iamportQueryString } from "./iamport/query.js";
export {
  type IamportToken,
  type IamportTokenProvider,
  type IamportTokenProviderOptions,
  createIamportTokenProvider,
} from "./iamport/token-provider.js";
export {
  type IamportReply,
  type IamportRequest,
  type IamportTransport,
  type IamportTransportOptions,
  createIamportTransport,
} from "./iamport/iamport-transport.js";
