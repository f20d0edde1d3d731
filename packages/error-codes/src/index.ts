/**
 * Every `extensions.code` the korbill gateway answers, and the codes `@korbill/client` uses
 * when there is no GraphQL error to report. The gateway, the client and the README use these
 * constants (the README's table is checked against this list by a test); no code is a string
 * literal anywhere else.
 */
export const ErrorCode = {
  /** Input failed a rule; `problems[].path` names each field. Nothing was sent upstream. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** No API key, an unknown one, or a revoked one. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** The key may not act for that CorpNum, or the operation is partner-only. */
  FORBIDDEN: "FORBIDDEN",
  /** No such receipt, submission, order or path. */
  NOT_FOUND: "NOT_FOUND",
  /** A reused SubmitID or mgtKey with other content: korbill already recorded it. */
  CONFLICT: "CONFLICT",
  /** The member's points cannot pay for the bulk; nothing was sent. */
  INSUFFICIENT_POINTS: "INSUFFICIENT_POINTS",
  /** This API key's rate limit; retry after `retryAfterMs`. Nothing was sent. */
  RATE_LIMITED: "RATE_LIMITED",
  /** POPBiLL or i'mport refused; `upstreamCode` and the message say why. */
  UPSTREAM_ERROR: "UPSTREAM_ERROR",
  /** POPBiLL or i'mport could not be reached or failed; nothing lost, try again. */
  UPSTREAM_UNAVAILABLE: "UPSTREAM_UNAVAILABLE",
  /** POPBiLL or i'mport answered 429; retry after `retryAfterMs`. */
  UPSTREAM_RATE_LIMITED: "UPSTREAM_RATE_LIMITED",
  /** korbill lost its database connection; try again. */
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  /** The document is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  /** The document does not fit the schema, or breaks an operation limit (depth, cost...). */
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  /** A persisted-query hash was sent; korbill takes whole documents only. */
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  /** A persisted-query hash korbill does not know. */
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** Only trusted documents run here (`KORBILL_TRUSTED_DOCUMENTS=only`): send a document id. */
  TRUSTED_DOCUMENT_REQUIRED: "TRUSTED_DOCUMENT_REQUIRED",
  /** `operationName` names no operation of the document (or several need one). */
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
  /** The HTTP request itself is wrong (unreadable JSON, a subscription sent over HTTP...). */
  BAD_REQUEST: "BAD_REQUEST",
  /** The request body is over the size limit. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** The request body's Content-Type or Content-Encoding is not accepted. */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  /** The gateway is draining or not ready. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The socket or API key already holds the most subscriptions allowed. */
  TOO_MANY_SUBSCRIPTIONS: "TOO_MANY_SUBSCRIPTIONS",
  /** A live subscriber fell too far behind; subscribe again with `after: <last cursor>`. */
  SUBSCRIBER_TOO_SLOW: "SUBSCRIBER_TOO_SLOW",
  /** Something failed inside korbill; the log line with the same `requestId` says what. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** Client only: the gateway could not be reached. */
  NETWORK_ERROR: "NETWORK_ERROR",
  /** Client only: the gateway's reply was not a GraphQL response. */
  BAD_RESPONSE: "BAD_RESPONSE",
  /** Client only: the WebSocket closed for good. */
  CONNECTION_CLOSED: "CONNECTION_CLOSED",
} as const;

/** One of {@link ErrorCode}'s values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes only the client produces (no GraphQL error to report). */
export type ClientErrorCode =
  | typeof ErrorCode.NETWORK_ERROR
  | typeof ErrorCode.BAD_RESPONSE
  | typeof ErrorCode.CONNECTION_CLOSED;

/** Whether `value` is a code korbill documents. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ErrorCode, value);
}
