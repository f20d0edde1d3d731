import { GraphQLError } from "graphql";
import type { LimitReason } from "./operation-limits.js";
import { ErrorCode } from "@korbill/error-codes";

/** `extensions.code` of a document over a limit (graphql-js and Apollo's own validation code). */
const LIMIT_EXCEEDED_CODE = ErrorCode.GRAPHQL_VALIDATION_FAILED;
/** `extensions.code` of a subscription over the per-socket or per-key cap. */
export const TOO_MANY_SUBSCRIPTIONS_CODE = ErrorCode.TOO_MANY_SUBSCRIPTIONS;

/**
 * A document over one of the operation limits: `GRAPHQL_VALIDATION_FAILED` with the limit in
 * `extensions.reason` (HTTP answers it with 400).
 */
export function limitError(reason: LimitReason, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: LIMIT_EXCEEDED_CODE, reason },
  });
}

/** Whether `error` is one {@link limitError} made. */
export function isLimitError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    error.extensions.code === LIMIT_EXCEEDED_CODE &&
    typeof error.extensions.reason === "string"
  );
}
