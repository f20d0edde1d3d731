import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { ApolloServerOptions } from "@apollo/server";
import type { RequestHandler } from "express";
import type { DocumentNode } from "graphql";
import type { GatewayPipeline } from "./index.js";

type DocumentStore = NonNullable<ApolloServerOptions<object>["documentStore"]>;

/** The operation the middleware prepared for the request running now. */
const prepared = new AsyncLocalStorage<{ query: string; document: DocumentNode }>();

/**
 * Express middleware on `/graphql`, after the JSON body parser and trusted documents, before
 * Apollo (and so before the API key is looked at): the pipeline's steps before execution
 * (`prepareOperation`), exactly as the WebSocket server runs them. A refused request is
 * answered 400 with the formatted errors; an accepted one runs the rest of the chain with its
 * document, which Apollo takes from {@link preparedDocuments} instead of parsing and validating
 * again. A request without a query text is Apollo's to answer.
 */
export function prepareHttpOperation(pipeline: GatewayPipeline): RequestHandler {
  return (req, res, next) => {
    const { query, variables, operationName } = operationOf(req.method, req.url, req.body);
    // Apollo answers a missing query, and variables or a name it cannot read, before parsing.
    if (typeof query !== "string" || !query) return next();
    if (variables !== undefined && variables !== null && !isObject(variables)) return next();
    if (operationName !== undefined && operationName !== null && typeof operationName !== "string")
      return next();
    const result = pipeline.prepare({ query, variables, operationName });
    if ("errors" in result) {
      res.status(400).json({ errors: pipeline.formattedErrors(result.errors) });
      return;
    }
    prepared.run({ query, document: result.prepared.document }, next);
  };
}

/**
 * Apollo's `documentStore`: the document {@link prepareHttpOperation} parsed and validated for
 * this request, when Apollo asks for the same query text (its key ends with the text's SHA-256,
 * Apollo's `queryHash`). Apollo then skips its own parse and validation. Nothing is stored.
 */
export function preparedDocuments(): DocumentStore {
  return {
    async get(key) {
      const current = prepared.getStore();
      if (!current) return undefined;
      const hash = createHash("sha256").update(current.query).digest("hex");
      return key.endsWith(hash) ? current.document : undefined;
    },
    async set() {},
    async delete() {},
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The query, variables and operation name Apollo will read: a GET's from the URL exactly as
 * Apollo reads them (the first parameter of each, `variables` as JSON), a POST's from the body.
 */
function operationOf(method: string, url: string, body: unknown): Record<string, unknown> {
  if (method === "GET") {
    const search = new URLSearchParams(url.slice(url.indexOf("?") + 1 || url.length));
    let variables: unknown;
    try {
      variables = JSON.parse(search.get("variables") ?? "null");
    } catch {
      variables = search.get("variables"); // not JSON: Apollo refuses it
    }
    return {
      query: search.get("query") ?? undefined,
      variables,
      operationName: search.get("operationName") ?? undefined,
    };
  }
  if (!isObject(body)) return {};
  return body;
}
