import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  specifiedRules,
  validate,
} from "graphql";
import { ErrorCode } from "@korbill/error-codes";
import { isLimitError } from "../limits/limit-error.js";
import type { GatewayValidation } from "../validation.js";

/** Documents up to this many characters are remembered as within the limits. */
const REMEMBERED_QUERY_CHARS = 16_384;

/**
 * The validate step, for both transports. First the operation limits alone (operations,
 * depth, cost with the page sizes of `variables`, repeated fields, aliases, directives: linear
 * in the document, throwing at the first one exceeded); then, only for a document within them,
 * graphql-js's `specifiedRules` and the gateway's own (introspection policy), which are not all
 * linear. Errors carry `extensions.code` (GRAPHQL_VALIDATION_FAILED, with `reason` for a limit).
 */
export function validateDocument(
  v: GatewayValidation,
  schema: GraphQLSchema,
  query: string,
  document: DocumentNode,
  variables: Record<string, unknown>,
): GraphQLError[] {
  const overLimit = checkLimits(v, schema, query, document, variables);
  if (overLimit) return [overLimit];
  return validate(schema, document, [...specifiedRules, ...v.rules()]).map(
    (e) =>
      new GraphQLError(e.message, {
        extensions: {
          ...e.extensions,
          code: e.extensions.code ?? ErrorCode.GRAPHQL_VALIDATION_FAILED,
        },
      }),
  );
}

/** The limit error of a document over one, or undefined (remembering a fixed-cost document). */
function checkLimits(
  v: GatewayValidation,
  schema: GraphQLSchema,
  query: string,
  document: DocumentNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  // A known operation whose limits do not depend on its variables is not measured again.
  if (v.withinLimits.has(query)) return undefined;
  try {
    let fixed = false;
    validate(
      schema,
      document,
      v.limitRules(variables, (m) => (fixed = !m.readVariables)),
    );
    if (fixed && query.length <= REMEMBERED_QUERY_CHARS) {
      if (v.withinLimits.size >= 1_000)
        for (const oldest of v.withinLimits) {
          v.withinLimits.delete(oldest);
          break;
        }
      v.withinLimits.add(query);
    }
    return undefined;
  } catch (error) {
    if (isLimitError(error)) return error;
    throw error;
  }
}
