import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterEach } from "vitest";

/** One webhook POST as the receiver saw it. */
export interface Received {
  /** Lower-cased header names. */
  readonly headers: Record<string, string>;
  readonly body: any;
  readonly raw: string;
}

/** How the receiver answers the `n`-th POST (0-based). */
export type Responder = (received: Received, n: number) => { status: number; body: string };

/** A running webhook receiver. */
export interface Receiver {
  readonly url: string;
  readonly received: Received[];
}

const OK: Responder = () => ({ status: 200, body: "OK" });

/** Starts HTTP servers that record webhook POSTs; all are closed after each test. */
export function useReceiver(): (respond?: Responder) => Promise<Receiver> {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      }),
    );
  });
  return async (respond = OK) => {
    const received: Received[] = [];
    const server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (chunk: Buffer) => parts.push(chunk));
      req.on("end", () => {
        const raw = Buffer.concat(parts).toString("utf8");
        const entry = {
          headers: req.headers as Record<string, string>,
          body: JSON.parse(raw),
          raw,
        };
        const n = received.push(entry) - 1;
        const { status, body } = respond(entry, n);
        res.writeHead(status, { "Content-Type": "text/plain" }).end(body);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/webhooks/popbill`, received };
  };
}
