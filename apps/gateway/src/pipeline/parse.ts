import { type DocumentNode, GraphQLError } from "graphql";
import { ErrorCode } from "@korbill/error-codes";
import type { GatewayValidation } from "../validation.js";

/**
 * The parse step, for both transports: the document's size (DOCUMENT_BYTES), then graphql-js's
 * `parse` with the token limit, through the parse cache (`GatewayValidation.parse`: no source
 * locations, small documents kept parsed). Returns the document, or the errors to answer;
 * never throws for a client's document.
 */
export function parseDocument(
  v: GatewayValidation,
  query: string,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  // A known operation within the limits was measured and parsed before.
  if (v.withinLimits.has(query)) return { document: v.parse(query) };
  const tooLarge = v.checkSource(query);
  if (tooLarge) return { errors: [tooLarge] };
  try {
    return { document: v.parse(query) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      errors: [new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } })],
    };
  }
}
