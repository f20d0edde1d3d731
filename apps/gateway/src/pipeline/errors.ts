import { type ExecutionResult, type GraphQLFormattedError, GraphQLError } from "graphql";
import { createErrorFormatter } from "../errors.js";
import type { Logger } from "../logger.js";
import { withRequestId } from "../observability/error-request-id.js";

/** The one error formatter: Apollo's `formatError`, and every error sent over graphql-ws. */
export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/**
 * The error-formatting step, for both transports: `errors.ts`'s mapping to `extensions.code`
 * (no stack, no upstream body), with `extensions.requestId` of the request it runs in (over
 * WebSocket `ws/access.ts` stamps the operation's own).
 */
export function createFormatError(logger: Logger): FormatError {
  return withRequestId(createErrorFormatter(logger));
}

/** One error through `format`, as a GraphQLError again (what graphql-ws sends). */
export function formatGraphQLError(format: FormatError, error: GraphQLError): GraphQLError {
  const f = format(error.toJSON(), error);
  return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
}

/** A result with every error through `format` (unchanged without errors). */
export function formatResult<T extends ExecutionResult>(format: FormatError, result: T): T {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => formatGraphQLError(format, e)) };
}

/** The errors of a refused request as an HTTP body carries them (`{ message, extensions }`). */
export function formattedErrors(
  format: FormatError,
  errors: readonly GraphQLError[],
): GraphQLFormattedError[] {
  return errors.map((e) => {
    const { message, extensions } = format(e.toJSON(), e);
    return { message, extensions };
  });
}
