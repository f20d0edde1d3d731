import type { WebSocket } from "ws";
import type { Logger } from "../logger.js";

/**
 * A client's protocol error (a message over `maxPayload`, bad UTF-8, a bad frame) is a socket
 * `error` in `ws`, which has already closed the socket with the right code (1009 for an
 * oversized message). graphql-ws's `useServer` prints every socket error to stderr with its
 * stack, so any client could fill the log with non-JSON lines: these are logged as one JSON
 * line instead and not passed on. Other errors reach graphql-ws as before. (Wrapping `emit` is
 * the only way: `useServer` registers its own listener, and every listener of an event runs.)
 */
export function quietClientErrors(logger: Logger) {
  return (socket: WebSocket): void => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const code = (args[0] as { code?: unknown } | undefined)?.code;
      if (event === "error" && typeof code === "string" && code.startsWith("WS_ERR_")) {
        logger.info("websocket closed for a protocol error", { code });
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  };
}
