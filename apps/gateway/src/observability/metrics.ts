import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Latency buckets (seconds) of operations and upstream calls: 5 ms to 30 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Event-log append latency: appends are a transaction of a few statements. */
const APPEND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
/** Distinct operation names kept as labels; later ones count as `other` (names are client-chosen). */
const MAX_OPERATION_NAMES = 200;

/** Readings taken at scrape time (live objects the gateway owns). */
export interface MetricSources {
  webSockets?: () => number;
  liveSubscriptions?: () => number;
  /** Open background work by kind (e.g. cashbill bulks not yet complete). */
  pendingWork?: () => Promise<Record<string, number>>;
}

/**
 * The gateway's Prometheus metrics (prom-client), in a registry of their own so that several
 * gateways in one process (tests) do not share counters. Names are listed in the README
 * ("Operations") and used by `ops/grafana/korbill.json`.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private sources: MetricSources = {};

  readonly operations = new Counter({
    name: "korbill_graphql_operations_total",
    help: "GraphQL operations by name, type, transport and result code (OK when no error).",
    labelNames: ["operation", "type", "transport", "code"] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: "korbill_graphql_operation_duration_seconds",
    help: "GraphQL operation latency (subscriptions: until they end).",
    labelNames: ["operation", "type", "transport"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly upstreamRequests = new Counter({
    name: "korbill_upstream_requests_total",
    help: "Upstream HTTP attempts by service, endpoint and status (0 = no response).",
    labelNames: ["service", "endpoint", "status"] as const,
    registers: [this.registry],
  });
  readonly upstreamSeconds = new Histogram({
    name: "korbill_upstream_request_duration_seconds",
    help: "Upstream HTTP attempt latency by service and endpoint.",
    labelNames: ["service", "endpoint"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly tokenCache = new Counter({
    name: "korbill_token_cache_requests_total",
    help: "Upstream token lookups: hit (cached token) or miss (a token was requested).",
    labelNames: ["service", "result"] as const,
    registers: [this.registry],
  });
  readonly bulkSubmissions = new Counter({
    name: "korbill_bulk_submissions_total",
    help: "Cash-receipt bulk submissions entering each state (RECORDED, SUBMITTED, COMPLETED...).",
    labelNames: ["state"] as const,
    registers: [this.registry],
  });
  readonly receipts = new Counter({
    name: "korbill_receipts_total",
    help: "Cash-receipt results: issued, refused (by POPBiLL), filed or failed (at the NTS).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });
  readonly webhooks = new Counter({
    name: "korbill_webhooks_total",
    help: "Webhook deliveries by route and outcome (accepted, refused, failed).",
    labelNames: ["route", "outcome"] as const,
    registers: [this.registry],
  });
  readonly eventAppendSeconds = new Histogram({
    name: "korbill_event_append_duration_seconds",
    help: "Event-log append latency (one transaction, one or many events).",
    buckets: APPEND_BUCKETS,
    registers: [this.registry],
  });
  readonly eventLagSeconds = new Histogram({
    name: "korbill_event_delivery_lag_seconds",
    help: "From an event's append (a webhook or poll result) to its delivery to live subscribers.",
    buckets: APPEND_BUCKETS.concat([2.5, 5, 10]),
    registers: [this.registry],
  });
  readonly workClaimed = new Counter({
    name: "korbill_background_passes_total",
    help: "Background worker passes run by this instance (it holds the worker's lease).",
    labelNames: ["worker", "result"] as const,
    registers: [this.registry],
  });

  constructor() {
    const sources = () => this.sources;
    new Gauge({
      name: "korbill_websocket_connections",
      help: "Open graphql-ws sockets.",
      registers: [this.registry],
      collect() {
        this.set(sources().webSockets?.() ?? 0);
      },
    });
    new Gauge({
      name: "korbill_live_subscriptions",
      help: "Running subscriptions on open sockets.",
      registers: [this.registry],
      collect() {
        this.set(sources().liveSubscriptions?.() ?? 0);
      },
    });
    new Gauge({
      name: "korbill_background_work_pending",
      help: "Background work waiting or in progress, by kind.",
      labelNames: ["kind"] as const,
      registers: [this.registry],
      async collect() {
        const pending = (await sources().pendingWork?.()) ?? {};
        for (const [kind, n] of Object.entries(pending)) this.set({ kind }, n);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: "korbill_" });
  }

  /** Connects the scrape-time readings (called once the sockets and stores exist). */
  setSources(sources: MetricSources): void {
    this.sources = { ...this.sources, ...sources };
  }

  /** An operation name fit for a label: bounded in number, `anonymous` when absent. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }
}
