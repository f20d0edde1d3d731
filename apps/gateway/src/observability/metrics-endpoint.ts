import { timingSafeEqual } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { GatewayMetrics } from "./metrics.js";
import { listenHttp } from "../http/listen.js";

/** Where `/metrics` is served: its own port, and/or behind a bearer token. */
export interface MetricsConfig {
  /** `KORBILL_METRICS_PORT`: a separate listener (0 = any free port). */
  port?: number;
  /** `KORBILL_METRICS_HOST` (default 127.0.0.1). */
  host: string;
  /** `KORBILL_METRICS_TOKEN`: required as `Authorization: Bearer <token>` wherever served. */
  token?: string;
}

/** `GET /metrics` in Prometheus text format; 401 without the token when one is set. */
export function metricsHandler(
  metrics: GatewayMetrics,
  token: string | undefined,
): (req: IncomingMessage, res: ServerResponse) => void {
  const expected = token === undefined ? undefined : Buffer.from(`Bearer ${token}`);
  return (req, res) => {
    if (expected) {
      const got = Buffer.from(req.headers.authorization ?? "");
      if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
        res.writeHead(401, { "content-type": "application/json", "www-authenticate": "Bearer" });
        res.end(
          JSON.stringify({ error: "metrics need Authorization: Bearer <KORBILL_METRICS_TOKEN>" }),
        );
        return;
      }
    }
    metrics.registry.metrics().then(
      (text) => {
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        res.end(text);
      },
      () => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "metrics could not be collected" }));
      },
    );
  };
}

/** Serves `/metrics` alone on its own port; resolves to its URL and a close function. */
export async function serveMetrics(
  config: MetricsConfig & { port: number },
  metrics: GatewayMetrics,
): Promise<{ url: string; close(): Promise<void> }> {
  const handle = metricsHandler(metrics, config.token);
  const server = createServer((req, res) => {
    if (req.method === "GET" && (req.url ?? "").split("?")[0] === "/metrics") handle(req, res);
    else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "only GET /metrics here" }));
    }
  });
  const base = await listenHttp(server, config.port, config.host);
  return {
    url: `${base}/metrics`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
