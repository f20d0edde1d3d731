import { type AddressInfo } from "node:net";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpTransport } from "./http-transport.js";
import { type HttpTransport } from "./types.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function serve(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  server.closeAllConnections = server.closeAllConnections.bind(server);
  cleanups.push(async () => server.closeAllConnections());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function realTransport(): HttpTransport {
  const transport = createHttpTransport({ timeoutMs: 5_000 });
  cleanups.push(() => transport.close());
  return transport;
}

describe("createHttpTransport over real sockets", () => {
  it("decompresses gzip", async () => {
    let acceptEncoding: string | undefined;
    const { url } = await serve((request, response) => {
      acceptEncoding = request.headers["accept-encoding"];
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(gzipSync(JSON.stringify({ remainPoint: 12_345, note: "포인트" })));
    });
    const reply = await realTransport().request({
      upstream: "linkhub",
      method: "GET",
      url: `${url}/POPBILL_TEST/Point`,
    });
    expect(acceptEncoding).toBe("gzip");
    expect(reply.json()).toEqual({ remainPoint: 12_345, note: "포인트" });
  });

  it("reuses one kept-alive socket for two sequential requests", async () => {
    const peers: number[] = [];
    const { url } = await serve((request, response) => {
      peers.push(request.socket.remotePort ?? -1);
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
    const transport = realTransport();
    await transport.request({ upstream: "popbill", method: "GET", url: `${url}/a` });
    await transport.request({ upstream: "popbill", method: "POST", url: `${url}/b`, body: "{}" });
    expect(peers).toHaveLength(2);
    expect(peers[1]).toBe(peers[0]);
  });
});
