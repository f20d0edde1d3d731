import { startBareApollo } from "../lib/bare-apollo.js";
import { DEMO_KEYS, startGateway } from "../lib/gateway.js";
import { mustGraphql } from "../lib/graphql-http.js";
import { startWorker } from "../lib/workers.js";
import type { LoadArgs, LoadResult } from "../workers/autocannon.js";
import { type Scenario, ratio } from "./types.js";

const QUERY = "{ viewer { tenant corpNums } }";

/**
 * Requests/s and p99 of a small authenticated query that makes no upstream call: the gateway
 * (in this process, local stage, demo member key: API-key lookup, validation rules, context
 * with per-request DataLoaders, error formatting) against a bare Apollo Server 5 on express 5
 * with one trivial resolver, both loaded by autocannon from a child process with the same
 * connections and duration. Rounds alternate bare/gateway; the best round of each counts.
 */
export const graphqlOverhead: Scenario = {
  id: "graphql-overhead",
  title: "GraphQL overhead",
  async run(mode) {
    const p =
      mode === "quick"
        ? { connections: 10, durationSec: 1, warmupSec: 1, rounds: 1 }
        : { connections: 50, durationSec: 8, warmupSec: 3, rounds: 3 };
    const gateway = await startGateway();
    const bare = await startBareApollo();
    const loader = startWorker("autocannon");
    try {
      await mustGraphql(gateway.graphqlUrl, DEMO_KEYS.member, QUERY);
      await mustGraphql(bare.graphqlUrl, DEMO_KEYS.member, QUERY);
      const load = (url: string, durationSec: number) =>
        loader.call<LoadResult>("run", {
          url,
          connections: p.connections,
          durationSec,
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${DEMO_KEYS.member}`,
          },
          body: JSON.stringify({ query: QUERY }),
        } satisfies LoadArgs);
      await load(bare.graphqlUrl, p.warmupSec);
      await load(gateway.graphqlUrl, p.warmupSec);
      const bareRuns: LoadResult[] = [];
      const gatewayRuns: LoadResult[] = [];
      for (let round = 0; round < p.rounds; round++) {
        bareRuns.push(await load(bare.graphqlUrl, p.durationSec));
        gatewayRuns.push(await load(gateway.graphqlUrl, p.durationSec));
      }
      const best = (runs: LoadResult[]) =>
        runs.reduce((a, b) => (b.requestsPerSec > a.requestsPerSec ? b : a));
      const g = best(gatewayRuns);
      const b = best(bareRuns);
      const rpsRatio = ratio(g.requestsPerSec, b.requestsPerSec);
      return {
        params: { query: QUERY, ...p, loadGenerator: "autocannon in a child process" },
        rows: [
          {
            measure: "requests/s",
            value: g.requestsPerSec,
            unit: "req/s",
            baseline: { label: "bare Apollo", value: b.requestsPerSec },
            ratio: rpsRatio,
            target: { text: "≥ 0.8 of bare", pass: rpsRatio >= 0.8 },
          },
          {
            measure: "p99 latency",
            value: g.latencyP99Ms,
            unit: "ms",
            baseline: { label: "bare Apollo", value: b.latencyP99Ms },
            ratio: ratio(g.latencyP99Ms, b.latencyP99Ms),
          },
        ],
        details: { gatewayRuns, bareRuns },
      };
    } finally {
      await loader.stop();
      await bare.close();
      await gateway.close();
    }
  },
};
