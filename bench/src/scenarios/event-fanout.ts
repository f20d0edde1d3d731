import { bareTarget, floorTarget, korbillTarget } from "../lib/event-targets.js";
import { type FanoutParams, measureFanout } from "./fanout-measure.js";
import { type Mode, type Scenario, ratio } from "./types.js";

function params(mode: Mode): FanoutParams {
  return mode === "quick"
    ? { subscribers: 50, workers: 1, phases: [{ rate: 100, count: 20 }], timeoutMs: 30_000 }
    : {
        subscribers: 1_000,
        workers: 2,
        // The target rate, then two light ones: where the latency knee lies on this machine.
        phases: [
          { rate: 500, count: 250 },
          { rate: 10, count: 50 },
          { rate: 5, count: 40 },
        ],
        timeoutMs: 240_000,
      };
}

/**
 * 1,000 graphql-ws subscribers of one member's `cashbillEvents` (demo key), in two child
 * processes; authenticated POPBiLL `Issue` webhooks with unique `Pb-Webhook-MID`s POSTed to
 * the gateway process at a fixed rate, each becoming one ISSUED event for every subscriber.
 * Measured per message: POST sent → subscriber received (one wall clock across processes),
 * and delivered messages/s from the first POST to the last delivery. Baseline: a bare
 * graphql-ws server process publishing the same payloads to the same subscribers. Floors: the
 * least a server can do (one serialization per event, pre-built frames written straight to
 * the sockets) for the same subscribers, and for the least a subscriber can do (bare
 * sockets): what the machine allows at all. Same payloads, same phases.
 */
export const eventFanout: Scenario = {
  id: "event-fanout",
  title: "Event fan-out",
  async run(mode) {
    const p = params(mode);
    const korbillGateway = await korbillTarget();
    const korbill = await measureFanout(korbillGateway, p).finally(() => korbillGateway.close());
    const bareServer = await bareTarget();
    const bare = await measureFanout(bareServer, p).finally(() => bareServer.close());
    // The floor server twice: with the same subscribers (what any server could do for them),
    // then with bare-socket subscribers (what the machine allows at all).
    const floorServer = await floorTarget();
    const floor = await measureFanout(floorServer, p).finally(() => floorServer.close());
    const floorRawServer = await floorTarget();
    const floorRaw = await measureFanout(floorRawServer, p, "raw").finally(() =>
      floorRawServer.close(),
    );
    const [k, b, f, r] = [korbill[0]!, bare[0]!, floor[0]!, floorRaw[0]!];
    const rows = [
      {
        measure: `webhook → subscriber p50 at ${k.rate}/s`,
        value: k.latency.p50,
        unit: "ms",
        baseline: { label: "bare graphql-ws", value: b.latency.p50 },
        ratio: ratio(k.latency.p50, b.latency.p50),
      },
      {
        measure: `webhook → subscriber p99 at ${k.rate}/s`,
        value: k.latency.p99,
        unit: "ms",
        baseline: { label: "bare graphql-ws", value: b.latency.p99 },
        ratio: ratio(k.latency.p99, b.latency.p99),
        target: { text: "< 50 ms", pass: k.complete && k.latency.p99 < 50 },
      },
      {
        measure: `delivered messages/s at ${k.rate}/s (${p.subscribers.toLocaleString("en-US")} subscribers)`,
        value: k.messagesPerSec,
        unit: "msg/s",
        baseline: { label: "bare graphql-ws", value: b.messagesPerSec },
        ratio: ratio(k.messagesPerSec, b.messagesPerSec),
        target: {
          text: "≥ 0.7 of bare",
          pass: k.complete && ratio(k.messagesPerSec, b.messagesPerSec) >= 0.7,
        },
      },
      {
        measure: "same p99, against a floor server (raw frames) and the same subscribers",
        value: k.latency.p99,
        unit: "ms",
        baseline: { label: "floor server", value: f.latency.p99 },
        ratio: ratio(k.latency.p99, f.latency.p99),
      },
      {
        measure: "same messages/s, against the floor server and the same subscribers",
        value: k.messagesPerSec,
        unit: "msg/s",
        baseline: { label: "floor server", value: f.messagesPerSec },
        ratio: ratio(k.messagesPerSec, f.messagesPerSec),
      },
      {
        measure: "same p99, against the machine's floor (floor server, bare-socket subscribers)",
        value: k.latency.p99,
        unit: "ms",
        baseline: { label: "machine's floor", value: r.latency.p99 },
        ratio: ratio(k.latency.p99, r.latency.p99),
      },
    ];
    korbill.slice(1).forEach((light, i) => {
      const lightBare = bare[i + 1]!;
      rows.push({
        measure: `webhook → subscriber p99 at ${light.rate}/s`,
        value: light.latency.p99,
        unit: "ms",
        baseline: { label: "bare graphql-ws", value: lightBare.latency.p99 },
        ratio: ratio(light.latency.p99, lightBare.latency.p99),
      });
    });
    return { params: { ...p }, rows, details: { korbill, bare, floor, floorRaw } };
  },
};
