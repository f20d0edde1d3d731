import type { RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import { type GatewayValidation, checkDocument } from "../validation.js";

/**
 * Express middleware on `/graphql`, after the JSON body parser and before Apollo (and so before
 * the API key is looked at): the same document limits as the WebSocket path (`checkDocument`),
 * answered 400 with the GraphQL error. Apollo parses and validates only what passes; its own
 * `parseOptions` carry the token limit too, should anything reach it another way.
 */
export function operationLimitsMiddleware(
  validation: GatewayValidation,
  schema: GraphQLSchema,
): RequestHandler {
  return (req, res, next) => {
    const params: unknown = req.method === "GET" ? req.query : req.body;
    if (!params || typeof params !== "object" || Array.isArray(params)) return next();
    const { query, variables } = params as { query?: unknown; variables?: unknown };
    // Apollo answers a missing or non-string query itself.
    if (typeof query !== "string") return next();
    const vars =
      variables && typeof variables === "object" && !Array.isArray(variables)
        ? (variables as Record<string, unknown>)
        : {};
    const checked = checkDocument(validation, schema, query, vars);
    if (!("errors" in checked)) return next();
    res.status(400).json({
      errors: checked.errors.map((e) => ({ message: e.message, extensions: e.extensions })),
    });
  };
}
