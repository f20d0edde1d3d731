/**
 * The fan-out baseline: a bare graphql-ws server (graphql-js, `ws`, an in-memory topic, no
 * auth, no database) in its own process. `POST /publish` with a POPBiLL `Issue` webhook body
 * publishes the event korbill would publish for it.
 */
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import {
  BareTopic,
  bareEventOf,
  bareEventSchema,
  listenLocal,
  publishServer,
} from "../lib/bare-ws-schema.js";
import { serveCommands } from "../lib/workers.js";

const topic = new BareTopic();
let seq = 0;

const server = publishServer((body) => topic.publish(bareEventOf(body, ++seq)));
const wss = new WebSocketServer({ server, path: "/graphql" });
useServer({ schema: bareEventSchema(topic) }, wss);

serveCommands({
  start: () => listenLocal(server),
  subscribers: () => topic.size,
});
