import { type GraphQLFormattedError, GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { redactText } from "@korbill/billing";
import { DomainError } from "@korbill/core-domain";
import { UpstreamError, UpstreamRateLimitError, isUnavailable } from "@korbill/core-upstream";
import { isDatabaseUnavailable } from "@korbill/core-events";
import type { Logger } from "./logger.js";
import { ErrorCode } from "@korbill/error-codes";

/**
 * The one place where errors become what clients see. Domain errors keep their code and
 * message; upstream errors become UPSTREAM_ERROR (with the upstream's code and message) or
 * UPSTREAM_UNAVAILABLE; an upstream 429 becomes UPSTREAM_RATE_LIMITED (with its
 * `retryAfterMs`); a lost or unreachable database becomes DATABASE_UNAVAILABLE (try again: the
 * pool reconnects by itself); anything else is logged and hidden behind INTERNAL_SERVER_ERROR.
 * Stacks and raw upstream bodies never leave.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (original instanceof UpstreamRateLimitError) {
      // The upstream's own 429 (korbill's partner account, not this key): its own code, with the
      // upstream's Retry-After, so clients back off for as long as the upstream asked.
      return {
        ...base,
        message: `${original.upstream} is rate limiting korbill's requests; try again after retryAfterMs`,
        extensions: {
          code: ErrorCode.UPSTREAM_RATE_LIMITED,
          upstream: original.upstream,
          retryAfterMs: original.retryAfterMs ?? null,
          ...(original.requestId ? { upstreamRequestId: original.requestId } : {}),
        },
      };
    }
    if (original instanceof UpstreamError) {
      const unavailable = isUnavailable(original);
      // i'mport's texts come from the PG and may quote card fields: the billing client already
      // redacted them; this holds for any other i'mport caller too (same function, idempotent).
      const upstreamMessage =
        original.upstream === "iamport" ? redactText(original.message) : original.message;
      if (unavailable)
        logger.warn("upstream unavailable", {
          upstream: original.upstream,
          error: upstreamMessage,
          upstreamRequestId: original.requestId,
        });
      return {
        ...base,
        message: unavailable
          ? `${original.upstream} is unavailable right now; nothing was lost, try again`
          : upstreamMessage,
        extensions: {
          code: unavailable ? ErrorCode.UPSTREAM_UNAVAILABLE : ErrorCode.UPSTREAM_ERROR,
          upstream: original.upstream,
          upstreamCode: original.code ?? null,
          ...(original.status !== undefined ? { upstreamStatus: original.status } : {}),
          ...(original.requestId ? { upstreamRequestId: original.requestId } : {}),
        },
      };
    }
    if (
      isDatabaseUnavailable(original) ||
      isDatabaseUnavailable((error as GraphQLError | undefined)?.originalError)
    ) {
      logger.warn("database unavailable", { error: String(original) });
      return {
        ...base,
        message: "the database is unavailable right now; try again",
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError &&
      typeof code === "string" &&
      code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      // Variable-coercion messages quote the value ("got invalid value { number: ... }").
      return { ...base, message: redactText(base.message), extensions };
    }
    if (error instanceof GraphQLError && !error.originalError) {
      // Parse, validation and variable-coercion errors: the client's request is at fault.
      return {
        ...base,
        message: redactText(base.message),
        extensions: { code: typeof code === "string" ? code : ErrorCode.GRAPHQL_VALIDATION_FAILED },
      };
    }
    if ((original as NodeJS.ErrnoException | undefined)?.code === "ERR_STREAM_DESTROYED") {
      // A subscriber's socket went away mid-stream: an ordinary disconnect, not a fault.
      logger.debug("subscriber disconnected mid-stream", { error: String(original) });
    } else {
      const stack = (original as Error | undefined)?.stack;
      logger.error("unexpected error", {
        error: redactText(String(original)),
        stack: stack === undefined ? undefined : redactText(stack),
      });
    }
    return {
      ...base,
      message: "internal error",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
