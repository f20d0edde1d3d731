/**
 * Every limit an operation must meet before it runs, the same over HTTP and WebSocket. Each has
 * an environment variable (README, "Security"); all are non-negative integers.
 */
export interface OperationLimits {
  /** Bytes of a request body (HTTP) or of one WebSocket message. */
  maxBodyBytes: number;
  /** Bytes of the GraphQL document (`query`), checked before it is parsed. */
  maxDocumentBytes: number;
  /** Lexical tokens of the document; parsing stops past it (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Operations (query/mutation/subscription definitions) in one document. */
  maxOperations: number;
  /** Aliased fields of an operation, counted through fragments; `__typename` counts too. */
  maxAliases: number;
  /** Directives of an operation, counted through fragments. */
  maxDirectives: number;
  /** Nesting of fields (`__typename` excluded, introspection fields included). */
  maxDepth: number;
  /** 1 per field; a list field's children times its page size (20 without one). */
  maxCost: number;
  /** Fields with one response name in one selection set (inline fragments flattened into it). */
  maxFieldRepeats: number;
  /** Subscriptions one WebSocket may hold at once. */
  maxSubscriptionsPerSocket: number;
  /** Subscriptions one API key may hold at once on this instance, over all its sockets. */
  maxSubscriptionsPerKey: number;
}

/** Environment variable and default of each limit, in the order the README lists them. */
export const OPERATION_LIMIT_SETTINGS: Record<
  keyof OperationLimits,
  { env: string; default: number }
> = {
  maxBodyBytes: { env: "KORBILL_MAX_BODY_BYTES", default: 1_048_576 },
  maxDocumentBytes: { env: "KORBILL_MAX_DOCUMENT_BYTES", default: 102_400 },
  maxTokens: { env: "KORBILL_MAX_TOKENS", default: 5_000 },
  maxOperations: { env: "KORBILL_MAX_OPERATIONS", default: 10 },
  maxAliases: { env: "KORBILL_MAX_ALIASES", default: 30 },
  maxDirectives: { env: "KORBILL_MAX_DIRECTIVES", default: 50 },
  maxDepth: { env: "KORBILL_MAX_DEPTH", default: 20 },
  maxCost: { env: "KORBILL_MAX_COST", default: 20_000 },
  maxFieldRepeats: { env: "KORBILL_MAX_FIELD_REPEATS", default: 10 },
  maxSubscriptionsPerSocket: { env: "KORBILL_MAX_SUBSCRIPTIONS_PER_SOCKET", default: 100 },
  maxSubscriptionsPerKey: { env: "KORBILL_MAX_SUBSCRIPTIONS_PER_KEY", default: 1_000 },
};

/** Why an operation was refused: `extensions.reason` beside `GRAPHQL_VALIDATION_FAILED`. */
export type LimitReason =
  "DOCUMENT_BYTES" | "OPERATIONS" | "ALIASES" | "DIRECTIVES" | "DEPTH" | "COST" | "FIELD_REPEATS";
