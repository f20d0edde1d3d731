import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from "graphql";
import type { GatewayValidation } from "../validation.js";
import { parseDocument } from "./parse.js";
import { validateDocument } from "./validate.js";
import { coerceVariables, resolveOperation } from "./operation.js";

/** An operation as a client sent it (after trusted documents settled its text). */
export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** An operation that passed every step before execution. */
export interface PreparedOperation {
  query: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/**
 * Every step before execution, in order, for HTTP and WebSocket alike: parse (size, tokens,
 * cache), validate (limits, then graphql-js's and the gateway's rules), resolve the operation,
 * coerce the variables. The first step that fails gives the errors; nothing here depends on
 * the API key, so a hostile document is refused before one is looked at.
 */
export function prepareOperation(
  v: GatewayValidation,
  schema: GraphQLSchema,
  request: OperationRequest,
): { prepared: PreparedOperation } | { errors: GraphQLError[] } {
  const variables = request.variables ?? {};
  const parsed = parseDocument(v, request.query);
  if ("errors" in parsed) return parsed;
  const { document } = parsed;
  const invalid = validateDocument(v, schema, request.query, document, variables);
  if (invalid.length) return { errors: invalid };
  const resolved = resolveOperation(document, request.operationName);
  if ("errors" in resolved) return resolved;
  const coerced = coerceVariables(schema, resolved.operation, variables);
  if (coerced.errors) return { errors: coerced.errors };
  return {
    prepared: {
      query: request.query,
      document,
      operation: resolved.operation,
      operationName: request.operationName ?? undefined,
      variables,
    },
  };
}
