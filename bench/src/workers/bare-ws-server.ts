/**
 * The fan-out baseline: a bare graphql-ws server (graphql-js, `ws`, an in-memory topic, no
 * auth, no database) in its own process. `POST /publish` with a POPBiLL `Issue` webhook body
 * publishes the event korbill would publish for it.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { type BareEvent, BareTopic, bareEventSchema } from "../lib/bare-ws-schema.js";
import { serveCommands } from "../lib/workers.js";

const topic = new BareTopic();
let seq = 0;

const server = createServer((req, res) => {
  if (req.method !== "POST" || req.url !== "/publish") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      mgtKey: string;
      confirmNum?: string;
    };
    const event: BareEvent = {
      cursor: Buffer.from(`ev:${++seq}`).toString("base64url"),
      type: "ISSUED",
      submitId: null,
      mgtKey: body.mgtKey,
      code: 1,
      success: true,
      confirmNum: body.confirmNum ?? null,
      ntsResultCode: null,
    };
    topic.publish(event);
    res.writeHead(200, { "content-type": "text/plain" }).end("OK");
  });
});
const wss = new WebSocketServer({ server, path: "/graphql" });
useServer({ schema: bareEventSchema(topic) }, wss);

serveCommands({
  async start() {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}` };
  },
  subscribers: () => topic.size,
});
