import type { RequestHandler } from "express";
import { type GatewayValidation, trustedQuery } from "../validation.js";

/**
 * Express middleware on `/graphql`, after the JSON body parser and before the operation limits:
 * a request naming a trusted document by id (`documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`) gets that document's text as its `query`, so the
 * limits and Apollo see an ordinary request; with `KORBILL_TRUSTED_DOCUMENTS=only` a document
 * sent as text is answered 400 TRUSTED_DOCUMENT_REQUIRED. The WebSocket server applies the same
 * rule (`trustedQuery`).
 */
export function trustedDocumentsMiddleware(validation: GatewayValidation): RequestHandler {
  return (req, res, next) => {
    if (validation.trustedDocuments.mode === "off") return next();
    if (req.method === "GET") return fromSearch(validation, req, res, next);
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body)) return next();
    const resolved = trustedQuery(validation, body);
    if ("errors" in resolved) return refuse(req, res, resolved.errors);
    // What runs is settled: Apollo (persisted queries off) must not see the id any more.
    if (resolved.query !== undefined) {
      body.query = resolved.query;
      delete body.documentId;
      const extensions = withoutPersistedQuery(body.extensions);
      if (extensions === undefined) delete body.extensions;
      else body.extensions = extensions;
    }
    next();
  };
}

/** A GET names its document in the URL: `documentId=` or `extensions={"persistedQuery":...}`. */
const fromSearch: (validation: GatewayValidation, ...args: Parameters<RequestHandler>) => void = (
  validation,
  req,
  res,
  next,
) => {
  const at = req.url.indexOf("?");
  const search = new URLSearchParams(at < 0 ? "" : req.url.slice(at + 1));
  let extensions: unknown;
  try {
    extensions = JSON.parse(search.get("extensions") ?? "null");
  } catch {
    extensions = undefined; // Apollo answers malformed extensions itself
  }
  const resolved = trustedQuery(validation, {
    query: search.get("query") ?? undefined,
    documentId: search.get("documentId") ?? undefined,
    extensions,
  });
  if ("errors" in resolved) return refuse(req, res, resolved.errors);
  if (resolved.query !== undefined) {
    search.set("query", resolved.query);
    search.delete("documentId");
    const rest = withoutPersistedQuery(extensions);
    if (rest === undefined) search.delete("extensions");
    else search.set("extensions", JSON.stringify(rest));
    req.url = `${at < 0 ? req.url : req.url.slice(0, at)}?${search.toString()}`;
  }
  next();
};

/**
 * 400 with the errors, as `application/graphql-response+json` when the client prefers it (as
 * Apollo Client 4 does: it reads a 4xx `application/json` body as a server error, not as
 * GraphQL errors), else `application/json`.
 */
function refuse(
  req: Parameters<RequestHandler>[0],
  res: Parameters<RequestHandler>[1],
  errors: { message: string; extensions: object }[],
) {
  const type = req.accepts(["application/json", "application/graphql-response+json"]);
  res
    .status(400)
    .type(type === "application/graphql-response+json" ? type : "application/json")
    .send(
      JSON.stringify({
        errors: errors.map((e) => ({ message: e.message, extensions: e.extensions })),
      }),
    );
}

/** Apollo runs with persisted queries off: it would refuse a request still naming one. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!extensions || typeof extensions !== "object" || Array.isArray(extensions)) return extensions;
  const { persistedQuery: _p, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}
