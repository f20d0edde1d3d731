import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { redactText } from "@korbill/billing";
import type { Logger } from "../logger.js";
import { ErrorCode } from "@korbill/error-codes";

/**
 * Codes of HTTP errors answered outside GraphQL execution: the body could not be read, the
 * path does not exist, something failed in a plain route. Apollo's own request errors use
 * `BAD_REQUEST` too, so a client handles one set of codes.
 */
export type HttpErrorCode =
  | typeof ErrorCode.BAD_REQUEST
  | typeof ErrorCode.FORBIDDEN
  | typeof ErrorCode.NOT_FOUND
  | typeof ErrorCode.PAYLOAD_TOO_LARGE
  | typeof ErrorCode.UNSUPPORTED_MEDIA_TYPE
  | typeof ErrorCode.SERVICE_UNAVAILABLE
  | typeof ErrorCode.INTERNAL_SERVER_ERROR;

const CODE_BY_STATUS: Record<number, HttpErrorCode> = {
  400: ErrorCode.BAD_REQUEST,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

/**
 * What the client is told, by body-parser's error `type`. Fixed texts on purpose: the parser's
 * own messages quote the body (V8's JSON errors include a snippet of the input, card fields
 * included), and its errors carry the raw body as `body`.
 */
const MESSAGE_BY_TYPE: Record<string, string> = {
  "entity.parse.failed": "the request body is not a valid JSON object",
  "entity.too.large": "the request body is too large",
  "entity.verify.failed": "the request body was refused",
  "charset.unsupported": "unsupported charset; send UTF-8",
  "encoding.unsupported": "unsupported Content-Encoding; send identity, gzip, deflate or br",
  "request.aborted": "the request was aborted before its body was complete",
  "request.size.invalid": "the request body does not match its Content-Length",
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: "the request body could not be read",
  404: "not found",
  413: "the request body is too large",
  415: "unsupported media type",
};

/** The parts of an http-errors error (body-parser, serve-static) that are safe to read. */
interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  type?: unknown;
  limit?: unknown;
}

/**
 * Answers an error as JSON: on `/graphql` the GraphQL over HTTP shape
 * `{ errors: [{ message, extensions: { code } }] }`, elsewhere `{ error, code }`. Never a stack,
 * a file path or anything of the request body, whatever NODE_ENV is.
 */
export function sendJsonError(
  req: Request,
  res: Response,
  status: number,
  code: HttpErrorCode,
  message: string,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const graphql = /^\/graphql(?:[/?]|$)/.test(req.originalUrl);
  res
    .status(status)
    .type("application/json; charset=utf-8")
    .send(
      JSON.stringify(
        graphql ? { errors: [{ message, extensions: { code } }] } : { error: message, code },
      ),
    );
}

/** The last route: a JSON 404 instead of express's HTML page. */
export function jsonNotFound(logger: Logger): RequestHandler {
  return (req, res) => {
    // No path in the log: a URL can carry anything a client typed into it.
    logger.debug("http not found", { method: req.method });
    sendJsonError(req, res, 404, ErrorCode.NOT_FOUND, "not found");
  };
}

/**
 * The last middleware: every error that reaches express (body parsers, static files, plain
 * routes) becomes a JSON reply; client errors keep their 4xx status with a fixed message, all
 * else is a 500 "internal error". Logged as one JSON line through the gateway logger, by
 * status and type only for client errors (never the body or the parser's message).
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const e = (typeof error === "object" && error !== null ? error : {}) as HttpLikeError;
    const raw = Number(e.status ?? e.statusCode);
    const status = raw >= 400 && raw < 500 && e.expose !== false ? raw : 500;
    const type = typeof e.type === "string" ? e.type : undefined;
    if (status < 500) {
      logger.info("http request refused", { method: req.method, status, type });
      const message = (type && MESSAGE_BY_TYPE[type]) ?? MESSAGE_BY_STATUS[status] ?? "bad request";
      const limit = type === "entity.too.large" && typeof e.limit === "number" ? e.limit : 0;
      sendJsonError(
        req,
        res,
        status,
        CODE_BY_STATUS[status] ?? ErrorCode.BAD_REQUEST,
        limit ? `${message} (limit ${limit} bytes)` : message,
      );
      return;
    }
    logger.error("http request failed", {
      method: req.method,
      error: redactText(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    });
    sendJsonError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "internal error");
  };
}

/** `GET /` of the local stage when the playground is not built: JSON, without the path. */
export function playgroundNotBuilt(logger: Logger, playgroundDir: string): RequestHandler {
  return (req, res) => {
    logger.warn("the playground is not built", { dir: playgroundDir });
    sendJsonError(
      req,
      res,
      503,
      ErrorCode.SERVICE_UNAVAILABLE,
      "the playground is not built; run `npx pnpm@10.34.8 --filter @korbill/playground build`. " +
        "GraphQL itself works at /graphql.",
    );
  };
}
