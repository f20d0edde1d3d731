import type { Express } from "express";
import type { GatewayConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { Observability } from "./access-log.js";
import { GatewayMetrics, type MetricSources } from "./metrics.js";
import { metricsHandler, serveMetrics } from "./metrics-endpoint.js";

export type { Observability } from "./access-log.js";
export { GatewayMetrics } from "./metrics.js";

/** The gateway's logger and metrics, and where `/metrics` is served. */
export interface GatewayObservability extends Observability {
  /** Connects scrape-time readings (sockets, subscriptions, pending work). */
  watch(sources: MetricSources): void;
  /** Mounts `GET /metrics` on the public app, only when a token protects it and no port is set. */
  mount(app: Express): void;
  /** Starts the separate metrics listener, if configured; resolves to its URL. */
  listen(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** Observability for one gateway; `/metrics` is never served unprotected on the public port. */
export function createObservability(
  config: Pick<GatewayConfig, "metrics">,
  logger: Logger,
  metrics = new GatewayMetrics(),
): GatewayObservability {
  let server: Awaited<ReturnType<typeof serveMetrics>> | undefined;
  const { port, token } = config.metrics;
  return {
    logger,
    metrics,
    watch: (sources) => metrics.setSources(sources),
    mount(app) {
      if (port === undefined && token !== undefined)
        app.get("/metrics", metricsHandler(metrics, token));
    },
    async listen() {
      if (port === undefined) return undefined;
      server = await serveMetrics({ ...config.metrics, port }, metrics);
      return server.url;
    },
    async close() {
      await server?.close();
      server = undefined;
    },
  };
}
