import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { startGateway } from "../lib/gateway.js";
import { hostileDocuments } from "../lib/hostile-documents.js";
import { distribution, nowMs, round } from "../lib/stats.js";
import { type Scenario, ratio } from "./types.js";

const TARGET_MS = 50;
const PING = "{ __typename }";

type Send = (query: string) => Promise<unknown>;

/** The errors (or result) of one operation over an open graphql-ws client. */
function wsSender(client: ReturnType<typeof createClient>): Send {
  return (query) =>
    new Promise((resolve, reject) => {
      let result: unknown;
      client.subscribe(
        { query },
        {
          next: (v) => (result = v),
          error: (e) => (Array.isArray(e) ? resolve({ errors: e }) : reject(e)),
          complete: () => resolve(result),
        },
      );
    });
}

/**
 * `send(query)`, `rounds` times: the CPU time this process (client and gateway) spent on each
 * and its round trip, with the answer of the first. CPU time is what the refusal costs the
 * gateway's event loop; the wall clock also counts waiting for the CPU on a busy machine.
 */
async function time(send: Send, query: string, rounds: number) {
  const cpu: number[] = [];
  const wall: number[] = [];
  let first: unknown;
  for (let i = 0; i < rounds; i++) {
    const started = nowMs();
    const before = process.cpuUsage();
    const answer = await send(query);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    wall.push(nowMs() - started);
    first ??= answer;
  }
  return { ms: distribution(cpu), wallMs: distribution(wall), answer: first };
}

function codeOf(answer: unknown): string {
  const e = (answer as { errors?: { extensions?: { code?: string; reason?: string } }[] })
    ?.errors?.[0]?.extensions;
  return e ? `${e.code ?? "?"}${e.reason ? `/${e.reason}` : ""}` : "accepted";
}

/**
 * How long the gateway takes to refuse a ~10 KB hostile document (fragment fan-out, alias flood,
 * deep nesting, directive flood, repeated field), over HTTP and over graphql-ws, without a key: the CPU time of
 * this process (the gateway runs in it, local stage, and so does the client) per request, median
 * of the rounds per document (the wall-clock round trips are in the JSON); the row shows the
 * worst document. Baseline: `{ __typename }` the same way. Before the limits were linear, the
 * fan-out alone took 16 s over HTTP and 59 s over WebSocket (at 900 bytes).
 */
export const hostileDocumentsScenario: Scenario = {
  id: "hostile-documents",
  title: "Hostile documents",
  async run(mode) {
    const rounds = mode === "quick" ? 5 : 30;
    const docs = hostileDocuments(10_000);
    const gateway = await startGateway();
    const client = createClient({ url: gateway.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const transports: Record<string, Send> = {
      HTTP: async (query) => {
        const res = await fetch(gateway.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        return res.json();
      },
      WebSocket: wsSender(client),
    };
    try {
      const rows = [];
      const details: Record<string, unknown> = {};
      for (const [transport, send] of Object.entries(transports)) {
        await time(send, PING, rounds); // warm-up
        const ping = await time(send, PING, rounds);
        const perDoc: Record<string, unknown> = {};
        let worst = { name: "", p50: 0 };
        for (const [name, query] of Object.entries(docs)) {
          await send(query); // warm-up
          const { ms, wallMs, answer } = await time(send, query, rounds);
          perDoc[name] = { bytes: query.length, answer: codeOf(answer), cpuMs: ms, wallMs };
          if (codeOf(answer) === "accepted") throw new Error(`${transport}: ${name} was accepted`);
          if (ms.p50 >= worst.p50) worst = { name, p50: ms.p50 };
        }
        details[transport] = { ping: { cpuMs: ping.ms, wallMs: ping.wallMs }, documents: perDoc };
        rows.push({
          measure: `worst time to refuse a 10 KB hostile document over ${transport} (${worst.name}; CPU, median)`,
          value: round(worst.p50, 2),
          unit: "ms",
          baseline: { label: "{ __typename }", value: round(ping.ms.p50, 2) },
          ratio: ratio(worst.p50, ping.ms.p50),
          target: { text: `≤ ${TARGET_MS} ms`, pass: worst.p50 <= TARGET_MS },
        });
      }
      return {
        params: {
          rounds,
          documents: Object.fromEntries(Object.entries(docs).map(([k, v]) => [k, v.length])),
          key: "none (limits hold before the API key is checked)",
        },
        rows,
        details,
      };
    } finally {
      await client.dispose();
      await gateway.close();
    }
  },
};
