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
    const { query, variables } = operationOf(req.method, req.url, req.body);
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

/**
 * The query and variables Apollo will read: a GET's from the URL exactly as Apollo reads them
 * (the first `query` parameter, `variables` as JSON), a POST's from the JSON body.
 */
function operationOf(
  method: string,
  url: string,
  body: unknown,
): { query?: unknown; variables?: unknown } {
  if (method === "GET") {
    const search = new URLSearchParams(url.slice(url.indexOf("?") + 1 || url.length));
    let variables: unknown;
    try {
      variables = JSON.parse(search.get("variables") ?? "null");
    } catch {
      variables = undefined;
    }
    return { query: search.get("query") ?? undefined, variables };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return {};
  return body as { query?: unknown; variables?: unknown };
}
