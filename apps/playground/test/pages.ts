import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A page served on its own origin (`http://127.0.0.1:<port>`), as a frontend elsewhere is. */
export interface ServedPage {
  origin: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` on an ephemeral port. */
export async function servePage(html: string): Promise<ServedPage> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // Chromium keeps its connection alive
      }),
  };
}
