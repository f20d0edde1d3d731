import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";
import type { HttpErrorCode } from "./errors.js";
import { ErrorCode } from "@korbill/error-codes";

/**
 * Refused WebSocket upgrades answer JSON like every other HTTP error. `ws` writes its own
 * `text/html` reply for an upgrade on another path (without any event) and for a malformed
 * handshake (unless `wsClientError` is listened to); both are taken over here.
 */
export function jsonUpgradeErrors(wss: WebSocketServer): void {
  const handleUpgrade = wss.handleUpgrade.bind(wss);
  // ws's own `upgrade` listener calls `this.handleUpgrade`, so this wrapper sees every upgrade.
  wss.handleUpgrade = (req, socket, head, callback) => {
    if (wss.shouldHandle(req)) return handleUpgrade(req, socket, head, callback);
    refuseUpgrade(socket, false, 404, ErrorCode.NOT_FOUND, "not found");
  };
  wss.on("wsClientError", (error, socket) => {
    const wrongMethod = error.message === "Invalid HTTP method";
    refuseUpgrade(
      socket,
      true,
      wrongMethod ? 405 : 400,
      ErrorCode.BAD_REQUEST,
      wrongMethod ? "a WebSocket upgrade is a GET" : "invalid WebSocket handshake",
    );
  });
}

/** Answers an upgrade with a JSON error (the GraphQL shape when `graphql`) and closes it. */
export function refuseUpgrade(
  socket: Duplex,
  graphql: boolean,
  status: number,
  code: HttpErrorCode,
  message: string,
): void {
  const body = JSON.stringify(
    graphql ? { errors: [{ message, extensions: { code } }] } : { error: message, code },
  );
  socket.on("error", () => socket.destroy());
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
      `Content-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
