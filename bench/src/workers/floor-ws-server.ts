/**
 * The fan-out floor: the least a server can do to deliver each published event to every
 * subscriber over graphql-transport-ws, in its own process. No GraphQL execution, auth or
 * database: `connection_init` is acknowledged and `subscribe` registers the socket; each
 * `POST /publish` body becomes the bare server's event, serialized once as the `next`
 * payload `{ data: { cashbillEvents } }`, and every subscriber gets it as one pre-built frame
 * (korbill's own framing, `nextMessagePrefix`/`nextMessageTail`/`textFrame`, copied in
 * ../lib/ws-frames.ts), written to its TCP socket corked until the end of the event loop's
 * turn (korbill's `holdForTurn`, copied there too), so
 * the events read in one turn leave in one write per subscriber. It never pings.
 */
import type { Socket } from "node:net";
import { WebSocketServer } from "ws";
import { bareEventOf, listenLocal, publishServer } from "../lib/bare-ws-schema.js";
import { holdForTurn, nextMessagePrefix, nextMessageTail, textFrame } from "../lib/ws-frames.js";
import { serveCommands } from "../lib/workers.js";

const subscribers: { tcp: Socket; prefix: Buffer }[] = [];
let seq = 0;

const server = publishServer((body) => {
  const tail = nextMessageTail({ data: { cashbillEvents: bareEventOf(body, ++seq) } });
  for (const { tcp, prefix } of subscribers) {
    if (!tcp.writable) continue;
    holdForTurn(tcp);
    tcp.write(textFrame(prefix, tail));
  }
});
const wss = new WebSocketServer({ server, path: "/graphql" });
wss.on("connection", (socket, request) => {
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string };
    if (message.type === "connection_init") socket.send('{"type":"connection_ack"}');
    else if (message.type === "subscribe" && message.id)
      subscribers.push({ tcp: request.socket, prefix: nextMessagePrefix(message.id) });
  });
});

serveCommands({
  start: () => listenLocal(server),
  subscribers: () => subscribers.length,
});
