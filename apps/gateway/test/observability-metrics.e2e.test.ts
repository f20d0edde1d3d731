import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { DEMO_IDENTITY, demoReceipt, recordEvents, waitUntil } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/**
 * Issue 20 points 2 and 5: `/metrics` (prom-client) on its own port behind a token, never on
 * the public port; after one bulk of 100 receipts its counters moved by exactly what happened;
 * every metric the Grafana dashboard names is in the exposition.
 */

const TOKEN = "metrics-token-for-tests-0123";
const DASHBOARD = fileURLToPath(
  new URL("../../../ops/grafana/korbill-dashboard.json", import.meta.url),
);
const NAMED_BULK = `mutation Bulk($submitId: String!, $cashbills: [CashbillInput!]!) {
  bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) { submitId state }
}`;

/** Samples of a Prometheus text exposition: `name{labels}` -> value. */
type Samples = Map<string, number>;

function parseExposition(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    samples.set(`${m[1]}${m[2] ?? ""}`, Number(m[3]));
  }
  return samples;
}

/** Sum of the samples of `name` whose labels include every pair of `labels`. */
function total(samples: Samples, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [key, value] of samples) {
    const brace = key.indexOf("{");
    if ((brace < 0 ? key : key.slice(0, brace)) !== name) continue;
    const wanted = Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`));
    if (wanted) sum += value;
  }
  return sum;
}

describe("/metrics after a bulk (real gateway, real sandbox, real sockets)", () => {
  let sandbox: Sandbox;
  let t: TestGateway;
  const scrape = async (token: string | null = TOKEN) => {
    const res = await fetch(t.gateway.metricsUrl!, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, text: await res.text() };
  };
  const samples = async () => parseExposition((await scrape()).text);

  beforeAll(async () => {
    sandbox = createSandbox({
      settings: {
        filingSchedule: "fast",
        fastFilingMs: 1_000,
        bulkAcceptToProcessingMs: 200,
        bulkProcessingMs: 500,
      },
    });
    await sandbox.start();
    t = await startTestGateway(
      {
        KORBILL_FILING_CHECK_MS: "500",
        KORBILL_METRICS_PORT: "0",
        KORBILL_METRICS_TOKEN: TOKEN,
      },
      { sandbox },
    );
  });
  afterAll(async () => {
    await t?.close();
    await sandbox?.stop();
  });

  it("serves metrics only on their own port, and only with the token", async () => {
    expect(t.gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(t.gateway.metricsUrl!).port).not.toBe(new URL(t.url).port);
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape("wrong-token-of-enough-length")).status).toBe(401);
    const open = await scrape();
    expect(open.status).toBe(200);
    expect(open.text).toContain("# TYPE korbill_graphql_operations_total counter");
    expect(open.text).toContain("korbill_process_resident_memory_bytes");
    const publicPort = await fetch(`${t.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(publicPort.status).toBe(404);
  });

  it("counts one bulk of 100: 1 mutation, 100 issued, 98 filed, 2 failed, every webhook", async () => {
    const sub = recordEvents(t.ws(DEMO_KEYS.member));
    const before = await samples();
    const cashbills = Array.from({ length: 100 }, (_, i) =>
      demoReceipt(`MX-${i}`, i, i % 50 === 7 ? DEMO_IDENTITY.filingFails : DEMO_IDENTITY.ok),
    );
    const reply = await t.gql(NAMED_BULK, { submitId: "MX-1", cashbills }, DEMO_KEYS.member);
    expect(reply.body.errors).toBeUndefined();
    const filings = () => sub.events.filter((e) => e.type.startsWith("NTS_")).length;
    await waitUntil(
      () => sub.events.filter((e) => e.type === "BULKRESULT").length >= 100 && filings() >= 100,
      60_000,
      () => `${sub.events.length} events`,
    );
    await sandbox.webhooks.settled();
    const deliveries = sandbox.webhooks.deliveries().length;
    const after = await samples();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);

    expect(
      delta("korbill_graphql_operations_total", {
        operation: "Bulk",
        type: "mutation",
        transport: "http",
        code: "OK",
      }),
    ).toBe(1);
    expect(delta("korbill_graphql_operation_duration_seconds_count", { operation: "Bulk" })).toBe(
      1,
    );
    expect(delta("korbill_bulk_submissions_total", { state: "RECORDED" })).toBe(1);
    expect(delta("korbill_bulk_submissions_total", { state: "SUBMITTED" })).toBe(1);
    expect(delta("korbill_bulk_submissions_total", { state: "COMPLETED" })).toBe(1);
    expect(delta("korbill_receipts_total", { outcome: "issued" })).toBe(100);
    expect(delta("korbill_receipts_total", { outcome: "refused" })).toBe(0);
    expect(delta("korbill_receipts_total", { outcome: "filed" })).toBe(98);
    expect(delta("korbill_receipts_total", { outcome: "failed" })).toBe(2);
    expect(deliveries).toBeGreaterThanOrEqual(100);
    expect(delta("korbill_webhooks_total", { route: "popbill" })).toBe(deliveries);
    expect(delta("korbill_upstream_requests_total", { service: "popbill" })).toBeGreaterThan(0);
    expect(delta("korbill_upstream_request_duration_seconds_count")).toBe(
      delta("korbill_upstream_requests_total"),
    );
    expect(delta("korbill_event_append_duration_seconds_count")).toBeGreaterThan(0);
    // 100 results and 100 filings reached the live subscriber (lag observed per delivery).
    expect(delta("korbill_event_delivery_lag_seconds_count")).toBeGreaterThanOrEqual(200);
    expect(total(after, "korbill_live_subscriptions")).toBe(1);
    expect(total(after, "korbill_websocket_connections")).toBe(1);
    // The same story in the log, at info: the bulk's lifecycle and one line per webhook.
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const ofBulk = lines.filter((l) => l.submitId === "MX-1" && l.level === "info");
    expect(ofBulk.map((l) => l.msg)).toEqual(
      expect.arrayContaining(["bulk recorded", "bulk accepted", "bulk completed", "bulk filed"]),
    );
    expect(ofBulk.find((l) => l.msg === "bulk completed")).toMatchObject({
      issued: 100,
      refused: 0,
    });
    const filedLines = ofBulk.filter((l) => l.msg === "bulk filed");
    expect(filedLines.reduce((n, l) => n + (l.filed as number), 0)).toBe(98);
    expect(filedLines.reduce((n, l) => n + (l.failed as number), 0)).toBe(2);
    const webhookLines = lines.filter((l) => l.msg === "webhook" && l.route === "popbill");
    expect(webhookLines).toHaveLength(deliveries);
    for (const l of webhookLines) {
      expect(l.upstreamEventId).toEqual(expect.any(String));
      expect(l.requestId).toEqual(expect.any(String));
    }
    sub.dispose();
  }, 90_000);

  it("has every metric the Grafana dashboard names", async () => {
    const dashboard = readFileSync(DASHBOARD, "utf8");
    const named = new Set(dashboard.match(/\bkorbill_[a-z0-9_]+/g) ?? []);
    expect(named.size).toBeGreaterThan(10);
    const present = new Set([...(await samples()).keys()].map((k) => k.replace(/\{.*$/, "")));
    const missing = [...named].filter((name) => !present.has(name));
    expect(missing).toEqual([]);
  });
});

describe("/metrics on the public port", () => {
  it("is served there only behind KORBILL_METRICS_TOKEN, and not at all without configuration", async () => {
    const guarded = await startTestGateway({ KORBILL_METRICS_TOKEN: TOKEN });
    const bare = await startTestGateway();
    try {
      expect(guarded.gateway.metricsUrl).toBeUndefined();
      const anonymous = await fetch(`${guarded.url}/metrics`);
      expect(anonymous.status).toBe(401);
      const authorized = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(authorized.status).toBe(200);
      expect(await authorized.text()).toContain("korbill_graphql_operations_total");
      const unconfigured = await fetch(`${bare.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(unconfigured.status).toBe(404);
    } finally {
      await guarded.close();
      await bare.close();
    }
  });
});
