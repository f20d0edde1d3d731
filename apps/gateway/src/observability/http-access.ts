import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler, Response } from "express";
import type { Tenant } from "@korbill/core-tenancy";
import { type Observability, reportOperation, resultCode, tenantFacts } from "./access-log.js";
import {
  type AccessFacts,
  currentRequest,
  newRequestContext,
  runInRequest,
} from "./request-context.js";

/**
 * First on `/graphql`: gives the request its id and trace (from `traceparent`), answers the
 * id in `x-request-id`, runs the rest of the chain inside it, and writes one access line when
 * the reply is sent, whoever answered (limits, authentication, Apollo).
 */
export function httpAccess(obs: Observability): RequestHandler {
  return (req, res, next) => {
    const context = newRequestContext(req.headers.traceparent);
    const access: AccessFacts = {};
    context.access = access;
    const started = performance.now();
    res.setHeader("x-request-id", context.requestId);
    stampErrorReplies(res, access, context.requestId);
    // "close" also comes when the client went away before the reply: that is logged too.
    res.once("close", () => {
      if (access.operationType === undefined) Object.assign(access, namedInBody(req.body));
      const status = res.statusCode;
      const fallback = status >= 400 ? `HTTP_${status}` : "OK";
      reportOperation(obs, {
        ...access,
        code: res.writableFinished ? (access.code ?? fallback) : "CLIENT_CLOSED_REQUEST",
        transport: "http",
        requestId: context.requestId,
        durationMs: performance.now() - started,
      });
    });
    runInRequest(context, next);
  };
}

// The first operation's head, e.g. `query Balance(`: read without parsing the document.
const OPERATION_HEAD = /^\s*(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/;

/** Operation name and type of a request Apollo never got to (refused before it parsed). */
function namedInBody(body: unknown): AccessFacts {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  const head = typeof query === "string" ? OPERATION_HEAD.exec(query) : null;
  const facts: AccessFacts = {};
  if (typeof operationName === "string") facts.operationName = operationName;
  else if (head?.[2]) facts.operationName = head[2];
  if (head) facts.operationType = head[1];
  else if (typeof query === "string" && query.trimStart().startsWith("{"))
    facts.operationType = "query";
  return facts;
}

/**
 * Replies written outside Apollo (the body parser, limits, trusted documents, a refused
 * context): their first error's code for the access line, and the request id in every
 * error's `extensions` (Apollo's own errors get it from the error formatter).
 */
function stampErrorReplies(res: Response, access: AccessFacts, requestId: string): void {
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    if (res.statusCode < 400) return json(body);
    const stamped = withRequestId(body, requestId);
    access.code ??= resultCode((stamped as { errors?: [] } | undefined)?.errors);
    return json(stamped);
  };
  const send = res.send.bind(res);
  res.send = (body: unknown) => {
    if (res.statusCode < 400 || typeof body !== "string") return send(body);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return send(body); // not JSON: the status names it
    }
    access.code ??= resultCode((parsed as { errors?: [] } | null)?.errors);
    const stamped = withRequestId(parsed, requestId);
    return send(stamped === parsed ? body : JSON.stringify(stamped));
  };
}

/** A GraphQL reply body with `requestId` in each error's extensions (as is when present). */
function withRequestId(body: unknown, requestId: string): unknown {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return body;
  type Wire = { extensions?: Record<string, unknown> } | null;
  if (errors.every((e: Wire) => e?.extensions?.requestId === requestId)) return body;
  return {
    ...(body as object),
    errors: errors.map((e: Wire) =>
      typeof e === "object" && e !== null
        ? { ...e, extensions: { ...e.extensions, requestId } }
        : e,
    ),
  };
}

/** Fills the access line from Apollo's view: operation name and type, tenant, result code. */
export function accessLogPlugin(): ApolloServerPlugin<{ tenant?: Tenant | null }> {
  return {
    async requestDidStart({ contextValue, request }) {
      const access = currentRequest()?.access;
      if (!access) return;
      Object.assign(access, tenantFacts(contextValue.tenant, request.variables));
      return {
        async didResolveOperation({ operation, operationName }) {
          access.operationName = operationName ?? null;
          access.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single")
            access.code = resultCode(response.body.singleResult.errors);
        },
      };
    },
  };
}
