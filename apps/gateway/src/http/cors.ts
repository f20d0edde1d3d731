import type { IncomingMessage } from "node:http";
import cors from "cors";
import type { RequestHandler } from "express";
import type { WebSocketServer } from "ws";
import { sendJsonError } from "./errors.js";
import { refuseUpgrade } from "./upgrade-errors.js";
import { originAllowed } from "./cors-origins.js";
import { ErrorCode } from "@korbill/error-codes";

function refusedMessage(origin: string): string {
  return `origin ${origin} is not allowed; add it to KORBILL_CORS_ORIGINS`;
}

/**
 * CORS for `/graphql` (mount before the body parser and Apollo): an allowed origin gets
 * `Access-Control-Allow-Origin` on every response and its preflight (`OPTIONS` with
 * `Access-Control-Request-Headers: authorization,content-type`) is answered 204 here, before
 * Apollo's CSRF check, which keeps refusing every other request a browser could send without
 * a preflight. A preflight from any other origin is refused 403.
 */
export function graphqlCors(allowedOrigins: readonly string[]): RequestHandler {
  const allowlist = new Set(allowedOrigins);
  const handle = cors((req, callback) => {
    const allowed = originAllowed(req.headers.origin, req.headers.host, allowlist);
    callback(null, {
      origin: allowed,
      methods: ["GET", "POST"],
      allowedHeaders: ["authorization", "content-type", "accept", "apollo-require-preflight"],
      exposedHeaders: ["retry-after"],
      maxAge: 600,
    });
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === "OPTIONS" && origin !== undefined;
    if (preflight && !originAllowed(origin, req.headers.host, allowlist)) {
      sendJsonError(req, res, 403, ErrorCode.FORBIDDEN, refusedMessage(origin));
      return;
    }
    handle(req, res, next);
  };
}

/**
 * Refuses (403, JSON) a WebSocket upgrade whose `Origin` is neither allowlisted nor the
 * gateway's own: a page elsewhere must not open a socket with a key it got hold of. Wraps
 * `handleUpgrade`, as `jsonUpgradeErrors` does, so it runs before graphql-ws sees the socket.
 */
export function refuseForeignUpgrades(wss: WebSocketServer, allowedOrigins: readonly string[]) {
  const allowlist = new Set(allowedOrigins);
  const handleUpgrade = wss.handleUpgrade.bind(wss);
  wss.handleUpgrade = (req: IncomingMessage, socket, head, callback) => {
    const origin = req.headers.origin;
    if (originAllowed(origin, req.headers.host, allowlist)) {
      return handleUpgrade(req, socket, head, callback);
    }
    refuseUpgrade(socket, true, 403, ErrorCode.FORBIDDEN, refusedMessage(origin ?? ""));
  };
}
