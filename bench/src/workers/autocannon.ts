/** The HTTP load generator in its own process, so it never shares an event loop with a server. */
import autocannon from "autocannon";
import { serveCommands } from "../lib/workers.js";

/** What one load run is. */
export interface LoadArgs {
  url: string;
  connections: number;
  durationSec: number;
  headers: Record<string, string>;
  body: string;
}

/** What one load run measured. */
export interface LoadResult {
  requestsPerSec: number;
  ok: number;
  non2xx: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  durationSec: number;
}

serveCommands({
  async run(a: LoadArgs): Promise<LoadResult> {
    const result = await autocannon({
      url: a.url,
      method: "POST",
      connections: a.connections,
      duration: a.durationSec,
      headers: a.headers,
      body: a.body,
    });
    const ok = result["2xx"];
    return {
      requestsPerSec: ok / result.duration,
      ok,
      non2xx: result.non2xx,
      errors: result.errors,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMeanMs: result.latency.average,
      durationSec: result.duration,
    };
  },
});
