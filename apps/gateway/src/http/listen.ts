import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The HTTP server could not bind its address (port in use, no permission, unknown host). */
class ListenError extends Error {
  /** The `host:port` that was asked for. */
  readonly address: string;
  constructor(address: string, cause: NodeJS.ErrnoException) {
    super(`cannot listen on ${address}: ${reasonOf(cause)}`, { cause });
    this.name = "ListenError";
    this.address = address;
  }
}

/**
 * Binds `server` and resolves to its base URL (`http://host:port`); rejects with a
 * {@link ListenError} naming the address. While binding, the server's other `error` listeners
 * are set aside: `ws` re-emits every HTTP server error on the WebSocket server, where
 * graphql-ws prints it with a stack as an "Internal error emitted on the WebSocket server",
 * but a failed bind is the caller's to report.
 */
export function listenHttp(server: Server, port: number, host: string): Promise<string> {
  const others = server.rawListeners("error") as ((error: Error) => void)[];
  server.removeAllListeners("error");
  const restore = () => {
    server.removeAllListeners("error");
    for (const listener of others) server.on("error", listener);
  };
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      restore();
      reject(new ListenError(`${hostPart(host)}:${port}`, error));
    });
    server.listen(port, host, () => {
      restore();
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

function hostPart(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function reasonOf(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "EADDRINUSE":
      return "the port is already in use (set KORBILL_PORT to a free one)";
    case "EACCES":
      return "no permission to bind this port (use one above 1023)";
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return "this machine has no such address (check KORBILL_HOST)";
    default:
      return error.message;
  }
}
