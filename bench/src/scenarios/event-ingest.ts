import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type DatabaseConfig,
  EventLog,
  type KorbillDatabase,
  type StoredEvent,
  coreEventsMigrations,
  createMemoryBus,
  openDatabase,
  topicFor,
} from "@korbill/core-events";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { popbillWebhookHeaders } from "@korbill/cashbill";
import { issueWebhookBody } from "../lib/event-targets.js";
import { DEMO_KEYS, type GatewayProcess, cpuMeter, spawnGateway } from "../lib/gateway.js";
import { CURSOR_AT_START, EVENTS_SUBSCRIPTION, type EventOut } from "../lib/receipts.js";
import { CORP_NUM, WEBHOOK_AUTH } from "../lib/sandbox.js";
import { type Distribution, distribution, nowMs } from "../lib/stats.js";
import { type Mode, type Scenario, ratio } from "./types.js";

/** The PostgreSQL server the bench uses (the tests' one by default). */
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ??
  process.env.KORBILL_TEST_POSTGRES_URL ??
  "postgres://postgres@127.0.0.1:5432/test";

interface IngestParams {
  /** Webhooks measured per round, after the warm-up. */
  events: number;
  /** Events appended straight to the event log per round (no gateway), after the warm-up. */
  logEvents: number;
  /** Gateway instances (own connection pool and EventLog each) of the multi-instance round. */
  instances: number;
  warmUp: number;
  /** Webhooks in flight at once. */
  inFlight: number;
  /** Rounds per engine, alternating; the best round of each counts. */
  rounds: number;
  timeoutMs: number;
}

function params(mode: Mode): IngestParams {
  return mode === "quick"
    ? {
        events: 300,
        logEvents: 600,
        instances: 3,
        warmUp: 30,
        inFlight: 16,
        rounds: 1,
        timeoutMs: 60_000,
      }
    : {
        events: 5_000,
        logEvents: 10_000,
        instances: 3,
        warmUp: 200,
        inFlight: 16,
        rounds: 3,
        timeoutMs: 180_000,
      };
}

type Engine = "sqlite" | "postgres";

/**
 * `Issue`: a receipt issued one at a time (an ISSUED event, no state change with it).
 * `BULKRESULT`: one receipt's bulk result, for a receipt this gateway does not know (a
 * BULKRESULT event appended together with the receipt update, in one transaction).
 */
type WebhookKind = "Issue" | "BULKRESULT";
const KINDS: WebhookKind[] = ["Issue", "BULKRESULT"];

/** One round of one engine. */
interface IngestRound {
  engine: Engine;
  kind: WebhookKind;
  /** Events stored per second: measured webhooks ÷ first POST to last answer. */
  eventsPerSec: number;
  /** Webhook round trip (POST → 200, the event committed and published). */
  latency: Distribution;
  ok: number;
  failed: number;
  firstFailure?: string;
  /** A subscriber replaying the log from its start: every event once, in cursor order. */
  delivered: number;
  expected: number;
  duplicates: number;
  outOfOrder: number;
  complete: boolean;
  /** CPU time of the gateway process during the measured webhooks. */
  gatewayCpuMs: number;
}

/**
 * One member's event ingest: authenticated POPBiLL `Issue` webhooks (one receipt each, unique
 * `Pb-Webhook-MID`) POSTed to a gateway process, 16 in flight, each stored as one ISSUED event
 * on the same member's topic — the shape of per-receipt webhooks for one busy member. The
 * same gateway build on PostgreSQL (a fresh schema) and on SQLite (a fresh file), in
 * alternating rounds of the same run; a subscriber then replays the log and must receive every
 * event exactly once, in cursor order. Before that, the event log alone: 16 callers appending
 * one event each at a time to one member's topic, on one instance, on SQLite, and over three
 * instances (a pool each). Target (both shapes): ≥ 2,000 events/s on PostgreSQL and ≥ 0.5 of
 * SQLite's rate.
 */
export const eventIngest: Scenario = {
  id: "event-ingest",
  title: "One member's event ingest (PostgreSQL vs SQLite)",
  async run(mode) {
    const p = params(mode);
    // The event log alone first: appends from 16 callers in this process, no gateway.
    const logRounds: LogRound[] = [];
    for (let r = 0; r < p.rounds; r++) {
      logRounds.push(await logRound("postgres", 1, p));
      logRounds.push(await logRound("sqlite", 1, p));
      logRounds.push(await logRound("postgres", p.instances, p));
    }
    const bestLog = (engine: Engine, instances: number) =>
      logRounds
        .filter((x) => x.engine === engine && x.instances === instances)
        .sort((a, b) => b.eventsPerSec - a.eventsPerSec)[0]!;
    const logPg = bestLog("postgres", 1);
    const logPgMany = bestLog("postgres", p.instances);
    const logSqlite = bestLog("sqlite", 1);
    const logShare = ratio(logPg.eventsPerSec, logSqlite.eventsPerSec);
    const logIntact = logRounds.every((x) => x.intact);

    const rounds: IngestRound[] = [];
    for (let r = 0; r < p.rounds; r++)
      for (const kind of KINDS)
        for (const engine of r % 2 === 0
          ? (["postgres", "sqlite"] as const)
          : (["sqlite", "postgres"] as const))
          rounds.push(await ingestRound(engine, kind, p));
    const best = (engine: Engine, kind: WebhookKind) =>
      rounds
        .filter((x) => x.engine === engine && x.kind === kind)
        .sort((a, b) => b.eventsPerSec - a.eventsPerSec)[0]!;
    const allDelivered = rounds.every((x) => x.complete && x.failed === 0);
    const rows = [
      {
        measure: `event-log appends/s for one member, ${p.inFlight} callers of one instance, PostgreSQL`,
        value: logPg.eventsPerSec,
        unit: "events/s",
        baseline: { label: "same on SQLite", value: logSqlite.eventsPerSec },
        ratio: logShare,
        target: {
          text: "≥ 2,000/s and ≥ 0.5 of SQLite",
          pass: logIntact && logPg.eventsPerSec >= 2_000 && logShare >= 0.5,
        },
      },
      {
        measure: `same, ${p.inFlight} callers over ${p.instances} instances (own pool each), PostgreSQL`,
        value: logPgMany.eventsPerSec,
        unit: "events/s",
        baseline: { label: "one instance", value: logPg.eventsPerSec },
        ratio: ratio(logPgMany.eventsPerSec, logPg.eventsPerSec),
      },
      {
        measure: "event-log append p50, one instance, PostgreSQL",
        value: logPg.latency.p50,
        unit: "ms",
        baseline: { label: "same on SQLite", value: logSqlite.latency.p50 },
        ratio: ratio(logPg.latency.p50, logSqlite.latency.p50),
      },
      {
        measure: "event-log order: cursors increasing, each event linked to its predecessor",
        value: logRounds.filter((x) => x.intact).length,
        unit: "rounds",
        baseline: { label: "rounds", value: logRounds.length },
        target: { text: "all", pass: logIntact },
      },
      ...KINDS.flatMap((kind) => {
        const pgBest = best("postgres", kind);
        const sqlite = best("sqlite", kind);
        const share = ratio(pgBest.eventsPerSec, sqlite.eventsPerSec);
        return [
          {
            measure: `events/s stored for one member, ${p.inFlight} ${kind} webhooks in flight, PostgreSQL`,
            value: pgBest.eventsPerSec,
            unit: "events/s",
            baseline: { label: "same on SQLite", value: sqlite.eventsPerSec },
            ratio: share,
            target: {
              text: "≥ 2,000/s and ≥ 0.5 of SQLite",
              pass: allDelivered && pgBest.eventsPerSec >= 2_000 && share >= 0.5,
            },
          },
          {
            measure: `${kind} webhook → stored p50, PostgreSQL`,
            value: pgBest.latency.p50,
            unit: "ms",
            baseline: { label: "same on SQLite", value: sqlite.latency.p50 },
            ratio: ratio(pgBest.latency.p50, sqlite.latency.p50),
          },
        ];
      }),
      {
        measure: "events replayed once each, in cursor order (all rounds, both engines)",
        value: rounds.reduce((n, x) => n + x.delivered - x.duplicates, 0),
        unit: "events",
        baseline: { label: "expected", value: rounds.reduce((n, x) => n + x.expected, 0) },
        target: {
          text: "all, once, in order",
          pass: allDelivered && rounds.every((x) => x.duplicates === 0 && x.outOfOrder === 0),
        },
      },
    ];
    return { params: { ...p }, rows, details: { logRounds, rounds } };
  },
};

/** One round of appends straight to the event log. */
interface LogRound {
  engine: Engine;
  instances: number;
  eventsPerSec: number;
  latency: Distribution;
  /** Every event stored once, cursors increasing, each linked to its predecessor. */
  intact: boolean;
}

/**
 * `inFlight` callers append one event each at a time (like per-receipt webhooks) to one
 * member's topic, spread over `instances` EventLogs with a connection pool each (instances of
 * the gateway; one memory bus stands for Redis). SQLite: one instance (one writer).
 */
async function logRound(engine: Engine, instances: number, p: IngestParams): Promise<LogRound> {
  const id = randomBytes(5).toString("hex");
  const config: DatabaseConfig =
    engine === "postgres"
      ? { engine, location: POSTGRES_URL, schema: `bench_ingest_${id}` }
      : { engine, location: join(tmpdir(), `korbill-bench-ingest-${id}.db`) };
  const opened: KorbillDatabase[] = [];
  try {
    const bus = createMemoryBus();
    const logs: EventLog[] = [];
    for (let i = 0; i < instances; i++) {
      // Sequential: the first one creates the schema and runs the migrations.
      const db = await openDatabase(config, coreEventsMigrations);
      opened.push(db);
      logs.push(new EventLog(db, "local", bus));
    }
    const topic = topicFor("cashbill", CORP_NUM);
    const append = async (k: string, n: number) => {
      const log = logs[n % logs.length]!;
      const stored = await log.append({
        topic,
        tenant: CORP_NUM,
        type: "ISSUED",
        payload: { corpNum: CORP_NUM, mgtKey: `${k}-${n}`, code: 1, success: true },
        upstreamId: `bench:${id}:${k}:${n}`,
      });
      if (!stored) throw new Error(`event ${k}-${n} was not stored`);
    };
    const run = async (k: string, count: number) => {
      const latencies = new Float64Array(count);
      let next = 0;
      await Promise.all(
        Array.from({ length: p.inFlight }, async () => {
          while (next < count) {
            const n = next++;
            const t0 = nowMs();
            await append(k, n);
            latencies[n] = nowMs() - t0;
          }
        }),
      );
      return latencies;
    };
    await run("W", p.warmUp);
    const started = nowMs();
    const latencies = await run("M", p.logEvents);
    const elapsed = nowMs() - started;
    const history: StoredEvent[] = [];
    for (let after = 0; ;) {
      const page = await logs[0]!.read({ topic, after, limit: 5_000 });
      history.push(...page);
      if (page.length < 5_000) break;
      after = page.at(-1)!.cursor;
    }
    const intact =
      history.length === p.warmUp + p.logEvents &&
      new Set(history.map((e) => e.upstreamId)).size === history.length &&
      history.every(
        (e, i) =>
          i === 0 || (e.cursor > history[i - 1]!.cursor && e.prevCursor === history[i - 1]!.cursor),
      );
    return {
      engine,
      instances,
      eventsPerSec: (p.logEvents / elapsed) * 1000,
      latency: distribution(latencies),
      intact,
    };
  } finally {
    for (const db of opened.reverse()) await db.close();
    if (engine === "postgres") await dropSchema(config.schema!);
    else
      for (const suffix of ["", "-wal", "-shm"]) rmSync(config.location + suffix, { force: true });
  }
}

async function ingestRound(
  engine: Engine,
  kind: WebhookKind,
  p: IngestParams,
): Promise<IngestRound> {
  const schema = `bench_ingest_${randomBytes(5).toString("hex")}`;
  const gateway = await spawnGateway({
    POPBILL_WEBHOOK_USER: WEBHOOK_AUTH.username,
    POPBILL_WEBHOOK_PASSWORD: WEBHOOK_AUTH.password,
    KORBILL_LOG_LEVEL: "error",
    ...(engine === "postgres"
      ? { KORBILL_DATABASE_URL: POSTGRES_URL, KORBILL_DATABASE_SCHEMA: schema }
      : {}),
  });
  try {
    const run = randomBytes(4).toString("hex");
    const send = webhookSender(gateway, run, kind);
    await sendAll(send, `W${run}`, p.warmUp, p.inFlight);
    const cpu = cpuMeter({ gateway: gateway.pid });
    const started = nowMs();
    const sent = await sendAll(send, `M${run}`, p.events, p.inFlight);
    const elapsed = nowMs() - started;
    const gatewayCpuMs = cpu().gateway!;
    const expected = p.warmUp + p.events;
    const replay = await replayAll(gateway, run, kind, expected, p.timeoutMs);
    return {
      engine,
      kind,
      eventsPerSec: (sent.ok / elapsed) * 1000,
      latency: distribution(sent.latencies),
      ok: sent.ok,
      failed: sent.failed,
      ...(sent.firstFailure ? { firstFailure: sent.firstFailure } : {}),
      ...replay,
      expected,
      complete: replay.delivered - replay.duplicates === expected,
      gatewayCpuMs,
    };
  } finally {
    await gateway.close();
    if (engine === "postgres") await dropSchema(schema);
  }
}

type Send = (mgtKey: string) => Promise<{ status: number; body: string }>;

function webhookSender(gateway: GatewayProcess, run: string, kind: WebhookKind): Send {
  let seq = 0;
  return async (mgtKey) => {
    const mid = `000000000002-${run}${String(++seq).padStart(15, "0")}`;
    const headers = popbillWebhookHeaders({
      mid,
      corpNum: CORP_NUM,
      eventType: kind,
      auth: { basic: WEBHOOK_AUTH },
    });
    const res = await fetch(`${gateway.url}/webhooks/popbill`, {
      method: "POST",
      headers,
      body: kind === "Issue" ? issueWebhookBody(mgtKey) : bulkResultBody(mgtKey),
    });
    return { status: res.status, body: await res.text() };
  };
}

/** A POPBiLL `BULKRESULT` webhook body (one receipt's result, as the sandbox sends it). */
function bulkResultBody(mgtKey: string): string {
  return JSON.stringify({
    eventType: "BULKRESULT",
    eventDT: "20261123101010",
    corpNum: CORP_NUM,
    submitID: null,
    mgtKey,
    itemKey: "026112310101000001",
    code: 1,
    message: "발행 완료",
    confirmNum: "TB0000001",
    tradeDate: "20261123",
    issueDT: "20261123101010",
    stateCode: 300,
  });
}

/** POSTs `count` webhooks for mgtKeys `<prefix>-<n>`, `inFlight` at a time. */
async function sendAll(send: Send, prefix: string, count: number, inFlight: number) {
  const latencies = new Float64Array(count);
  let next = 0;
  let ok = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const n = next++;
        const t0 = nowMs();
        try {
          const r = await send(`${prefix}-${n}`);
          latencies[n] = nowMs() - t0;
          if (r.status === 200) ok++;
          else {
            failed++;
            firstFailure ??= `HTTP ${r.status}: ${r.body.slice(0, 200)}`;
          }
        } catch (error) {
          latencies[n] = Number.NaN;
          failed++;
          firstFailure ??= String(error);
        }
      }
    }),
  );
  return { latencies, ok, failed, firstFailure };
}

/** Replays the member's ISSUED events from the start of the log until `expected` of the run. */
async function replayAll(
  gateway: GatewayProcess,
  run: string,
  kind: WebhookKind,
  expected: number,
  timeoutMs: number,
): Promise<{ delivered: number; duplicates: number; outOfOrder: number }> {
  const client = createClient({
    url: gateway.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${DEMO_KEYS.member}` },
  });
  const seen = new Set<string>();
  let delivered = 0;
  let duplicates = 0;
  let outOfOrder = 0;
  let last = -1;
  try {
    const events = client.iterate<{ cashbillEvents: EventOut }>({
      query: EVENTS_SUBSCRIPTION,
      variables: { after: CURSOR_AT_START, types: [kind === "Issue" ? "ISSUED" : "BULKRESULT"] },
    });
    const timer = setTimeout(() => void events.return?.(), timeoutMs);
    try {
      for await (const message of events) {
        const e = message.data?.cashbillEvents;
        if (!e || !e.mgtKey.includes(run)) continue;
        delivered++;
        if (seen.has(e.mgtKey)) duplicates++;
        seen.add(e.mgtKey);
        const position = Number(
          /^ev:(\d+)$/.exec(Buffer.from(e.cursor, "base64url").toString())?.[1],
        );
        if (!(position > last)) outOfOrder++;
        last = position;
        if (delivered - duplicates >= expected) break;
      }
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await client.dispose();
  }
  return { delivered, duplicates, outOfOrder };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
