import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getVariableValues,
} from "graphql";
import { ErrorCode } from "@korbill/error-codes";

/**
 * The operation a request runs, by graphql-js's rule (the one named, or the only one), or
 * OPERATION_RESOLUTION_FAILURE with graphql-js's message, as Apollo answers it.
 */
export function resolveOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): { operation: OperationDefinitionNode } | { errors: GraphQLError[] } {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation) return { operation };
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : operations.length
      ? "Must provide operation name if query contains multiple operations."
      : "Must provide an operation.";
  return {
    errors: [
      new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE } }),
    ],
  };
}

/**
 * The variables coerced to the operation's declared types, as graphql-js's `execute` first
 * does. An error of the client's input (a wrong type, a missing required variable) is
 * BAD_USER_INPUT, by Apollo's rule; one already carrying a code (a scalar's own) keeps it.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { errors?: GraphQLError[] } {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 50,
  });
  if (!coerced.errors) return {};
  return {
    errors: coerced.errors.map((e) =>
      e.extensions.code === undefined
        ? new GraphQLError(e.message, {
            originalError: e.originalError,
            extensions: { ...e.extensions, code: ErrorCode.BAD_USER_INPUT },
          })
        : e,
    ),
  };
}
