/**
 * The fault suite: two gateway processes on one PostgreSQL schema and one private
 * `redis-server`, a standalone sandbox process, and the faults an operator meets in
 * production: `kill -9` of an instance mid-bulk, Redis away for 20 s, PostgreSQL dropping
 * the gateways' connections. After each: every receipt issued exactly once upstream, every
 * event delivered exactly once and in cursor order to subscribers on the other instance,
 * `/readyz` naming the outage while it lasts, no process dead but the one killed.
 */
import { spawnSync } from "node:child_process";
import { type Client, createClient } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  PrivateRedis,
  TEST_POSTGRES_URL,
  testEngines,
  testSchemaName,
} from "@korbill/core-events/testing";
import { DEMO_KEYS } from "../src/local-stage.js";
import {
  BULK_MUTATION,
  type CashbillEventOut,
  EVENTS_SUBSCRIPTION,
  demoReceipt,
  waitUntil,
} from "./cashbill-helpers.js";
import { TEST_WEBHOOK_AUTH } from "./harness.js";
import { type GatewayProcess, postGraphql, spawnGateway } from "./processes.js";
import { type SandboxProcess, spawnSandbox } from "./sandbox-process.js";
import { TcpProxy } from "./tcp-proxy.js";

const CORP = "1234567890";
const KEY = DEMO_KEYS.member;
/** Generous: the time a dead instance's work may take to move (not today's lease TTL). */
const TAKEOVER_MS = 60_000;
/** The deliberate Redis outage. */
const REDIS_OUTAGE_MS = 20_000;

/** `redis-server` is on PATH; under CI=true its absence fails the run instead of skipping. */
function redisServerInstalled(): boolean {
  const r = spawnSync("redis-server", ["--version"], { stdio: "ignore" });
  if (r.status === 0) return true;
  if (process.env.CI === "true")
    throw new Error("the fault suite needs the redis-server binary on PATH under CI=true");
  console.warn("fault suite not run: redis-server is not installed");
  return false;
}

const run = (await testEngines()).includes("postgres") && redisServerInstalled();

interface Readiness {
  status: string;
  checks: Record<string, { status?: string } | boolean>;
}

type Name = "a" | "b";

/**
 * A graphql-ws subscriber to the member's cash-receipt events that behaves as the README
 * tells clients to: when its subscription ends or its socket drops, it subscribes again with
 * `after: <last cursor>`. `resumes` counts those.
 */
interface Subscriber {
  events: CashbillEventOut[];
  errors: unknown[];
  resumes: number;
  last(): string | null;
  close(): Promise<void>;
}

describe.runIf(run)("fault suite: two gateways, PostgreSQL, a private Redis, a sandbox", () => {
  const schema = testSchemaName();
  // The gateways' connections carry these names, so the test terminates only theirs; they go
  // through a proxy of the test's own, so PostgreSQL can become unreachable for them alone.
  const appNames = { a: `korbill_${schema}_a`, b: `korbill_${schema}_b` };
  let pgProxy: TcpProxy;
  let admin: pg.Client;
  let redis: PrivateRedis;
  let sandbox: SandboxProcess;
  const gw = {} as Record<Name, GatewayProcess>;
  /** Processes that died without the test killing them. */
  const crashes: string[] = [];
  const killedByTest = new Set<GatewayProcess>();
  const expectNoCrash = () => expect(crashes).toEqual([]);
  /** Waits for `cond`, failing at once (with its output) when a gateway dies unasked. */
  const waitFor = async (cond: () => boolean, ms: number, describe: () => string) => {
    await waitUntil(() => crashes.length > 0 || cond(), ms, describe);
    expectNoCrash();
  };
  const subscribers: Subscriber[] = [];
  /** Every receipt key the test submitted. */
  const allKeys: string[] = [];
  /** The cursor every subscriber starts after: the first event of the run. */
  let base: string;
  /** The keys of the scenarios' bulks (not the warm-up's `W…`, whose first event is `base`). */
  const scenarioKeys = () => allKeys.filter((k) => !k.startsWith("W"));

  const dbUrl = (name: Name) => {
    const url = new URL(TEST_POSTGRES_URL);
    url.host = `127.0.0.1:${pgProxy.port}`;
    url.searchParams.set("application_name", appNames[name]);
    return url.toString();
  };

  async function startGateway(name: Name): Promise<GatewayProcess> {
    const p = await spawnGateway({
      KORBILL_STAGE: "local",
      KORBILL_DATABASE_URL: dbUrl(name),
      KORBILL_DATABASE_SCHEMA: schema,
      KORBILL_REDIS_URL: redis.url,
      KORBILL_FILING_CHECK_MS: "1000",
      POPBILL_AUTH_URL: sandbox.authUrl,
      POPBILL_API_URL: sandbox.popbillUrl,
      IAMPORT_API_URL: sandbox.iamportUrl,
      POPBILL_WEBHOOK_USER: TEST_WEBHOOK_AUTH.username,
      POPBILL_WEBHOOK_PASSWORD: TEST_WEBHOOK_AUTH.password,
    });
    p.proc.once("exit", (code, signal) => {
      if (!killedByTest.has(p))
        crashes.push(`${name} exited (${code ?? signal}):\n${p.stderr.join("").slice(-3000)}`);
    });
    gw[name] = p;
    return p;
  }

  async function kill(p: GatewayProcess, signal: NodeJS.Signals) {
    killedByTest.add(p);
    await p.kill(signal);
  }

  const alive = (p: GatewayProcess) => p.proc.exitCode === null && p.proc.signalCode === null;

  /** Points the sandbox's POPBiLL webhooks at one instance (what a load balancer would do). */
  const webhooksTo = (p: GatewayProcess) =>
    sandbox.control("POST", "/webhooks", {
      url: `${p.url}/webhooks/popbill`,
      basic: TEST_WEBHOOK_AUTH,
      retryDelayMs: 500,
    });

  async function readyz(p: GatewayProcess): Promise<{ status: number; body: Readiness } | null> {
    try {
      const res = await fetch(`${p.url}/readyz`);
      return { status: res.status, body: (await res.json()) as Readiness };
    } catch {
      return null;
    }
  }

  /** Polls `/readyz` of `p` until `want` holds. */
  async function waitReadiness(
    p: GatewayProcess,
    want: (status: number, body: Readiness) => boolean,
    ms = 20_000,
  ) {
    let last: unknown = null;
    const started = Date.now();
    for (;;) {
      const r = await readyz(p);
      last = r;
      if (r && want(r.status, r.body)) return r.body;
      if (crashes.length) expectNoCrash();
      if (Date.now() - started > ms)
        throw new Error(`readiness never as wanted: ${JSON.stringify(last)}`);
      await new Promise((res) => setTimeout(res, 100));
    }
  }
  const checkStatus = (body: Readiness, name: string) =>
    (body.checks[name] as { status?: string } | undefined)?.status;

  function subscribe(p: GatewayProcess, after: string | null): Subscriber {
    const events: CashbillEventOut[] = [];
    const errors: unknown[] = [];
    let client: Client | null = null;
    let closed = false;
    const sub: Subscriber = {
      events,
      errors,
      resumes: 0,
      last: () => events.at(-1)?.cursor ?? after,
      async close() {
        closed = true;
        await client?.dispose();
      },
    };
    const start = (from: string | null) => {
      const c = createClient({
        url: p.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${KEY}` },
        retryAttempts: 0,
      });
      client = c;
      const again = () => {
        void c.dispose();
        if (closed || !alive(p)) return;
        sub.resumes++;
        start(sub.last());
      };
      c.subscribe<{ cashbillEvents: CashbillEventOut }>(
        { query: EVENTS_SUBSCRIPTION, variables: { after: from } },
        {
          next: (v) => (v.data ? events.push(v.data.cashbillEvents) : errors.push(v.errors)),
          error: (e) => {
            errors.push(e instanceof Error ? e.message : e);
            again();
          },
          complete: again,
        },
      );
    };
    start(after);
    subscribers.push(sub);
    return sub;
  }

  /** A bulk of `n` receipts with keys `${submitId}-${i}`. */
  function bulk(submitId: string, n = 40) {
    const cashbills = Array.from({ length: n }, (_, i) => demoReceipt(`${submitId}-${i}`, i));
    allKeys.push(...cashbills.map((c) => c.mgtKey));
    return { submitId, cashbills };
  }

  /**
   * Submits a bulk as a careful client does: an answer it did not get (a dead instance, a
   * failure) is retried with the same SubmitID, and CONFLICT then means korbill had recorded
   * it. `via()` picks the instance for each attempt. Every error code seen lands in `codes`.
   */
  async function submit(
    via: () => GatewayProcess,
    b: ReturnType<typeof bulk>,
    codes: string[],
    ms = TAKEOVER_MS,
  ): Promise<void> {
    const started = Date.now();
    for (;;) {
      const r = await postGraphql(via().graphqlUrl, KEY, BULK_MUTATION, b).catch(() => null);
      const code = r?.errors?.[0]?.extensions?.code as string | undefined;
      if (r && (!r.errors || code === "CONFLICT")) {
        if (code) codes.push(code);
        return;
      }
      codes.push(code ? `${code}: ${r?.errors?.[0]?.message}` : "NO_ANSWER");
      if (crashes.length) expectNoCrash();
      if (Date.now() - started > ms)
        throw new Error(`${b.submitId} not accepted in ${ms} ms: ${codes.join(", ")}`);
      // A client's pause between retries.
      await new Promise((res) => setTimeout(res, 200));
    }
  }

  /** Resolves once the sandbox has received the submission `submitId`. */
  async function upstreamHas(submitId: string, ms = 30_000) {
    const started = Date.now();
    for (;;) {
      const { submissions } = await sandbox.control<{ submissions: { submitID: string }[] }>(
        "GET",
        `/cashbill/submissions?corpNum=${CORP}`,
      );
      if (submissions.some((s) => s.submitID === submitId)) return;
      if (crashes.length) expectNoCrash();
      if (Date.now() - started > ms) throw new Error(`${submitId} never reached the sandbox`);
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  /** Keys among `keys` still missing their BULKRESULT or NTS event at `sub`. */
  function missing(sub: Subscriber, keys: string[]): string[] {
    const result = new Set<string>();
    const filed = new Set<string>();
    for (const e of sub.events) {
      if (e.type === "BULKRESULT") result.add(e.mgtKey);
      if (e.type.startsWith("NTS_")) filed.add(e.mgtKey);
    }
    return keys.filter((k) => !result.has(k) || !filed.has(k));
  }

  async function allDelivered(subs: Subscriber[], keys: string[], ms = TAKEOVER_MS + 30_000) {
    await waitFor(
      () => subs.every((s) => missing(s, keys).length === 0),
      ms,
      () =>
        subs
          .map(
            (s, i) =>
              `subscriber ${i}: ${missing(s, keys).length} of ${keys.length} receipts incomplete, ${s.events.length} events, errors ${JSON.stringify(s.errors).slice(0, 500)}`,
          )
          .join("; "),
    );
  }

  /**
   * The log as a fresh subscriber on `p` replays it after the run's first cursor: every
   * subscriber must have received exactly this sequence (each event once, in cursor order).
   */
  async function expectSameAsLog(p: GatewayProcess, subs: Subscriber[]) {
    const want = Math.max(...subs.map((s) => new Set(s.events.map((e) => e.cursor)).size));
    const replay = subscribe(p, base);
    await waitFor(
      () => replay.events.length >= want,
      30_000,
      () => `log replay: ${replay.events.length} of ${want}`,
    );
    await replay.close();
    const log = replay.events.slice(0, want).map((e) => `${e.cursor} ${e.type} ${e.mgtKey}`);
    expect(new Set(log).size).toBe(log.length);
    // One BULKRESULT and one filing event per receipt in the log itself.
    const perReceipt = new Map<string, number>();
    for (const e of replay.events.slice(0, want)) {
      const k = `${e.type.startsWith("NTS_") ? "NTS" : e.type} ${e.mgtKey}`;
      perReceipt.set(k, (perReceipt.get(k) ?? 0) + 1);
    }
    expect([...perReceipt].filter(([, n]) => n !== 1)).toEqual([]);
    for (const s of subs) {
      expect(s.events.map((e) => `${e.cursor} ${e.type} ${e.mgtKey}`)).toEqual(log);
    }
  }

  /** Every receipt the test submitted issued exactly once upstream, and nothing else. */
  async function expectIssuedOnce() {
    const r = await sandbox.control<{
      issuances: { mgtKey: string; count: number }[];
      duplicates: unknown[];
    }>("GET", `/cashbill/issuances?corpNum=${CORP}`);
    expect(r.duplicates).toEqual([]);
    expect(r.issuances.filter((i) => i.count !== 1)).toEqual([]);
    expect(r.issuances.map((i) => i.mgtKey).sort()).toEqual([...allKeys].sort());
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const pgUrl = new URL(TEST_POSTGRES_URL);
    pgProxy = await TcpProxy.start({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
    redis = await PrivateRedis.start();
    sandbox = await spawnSandbox({
      SANDBOX_BULK_ACCEPT_TO_PROCESSING_MS: "300",
      SANDBOX_BULK_PROCESSING_MS: "1500",
      SANDBOX_FAST_FILING_MS: "1500",
    });
    // One after the other: the first creates the schema and runs the migrations.
    await startGateway("a");
    await startGateway("b");
    await webhooksTo(gw.a);
    // The run's first event gives every later subscriber a cursor to start after, so none
    // depends on when its subscription turned live.
    const first = subscribe(gw.b, null);
    for (let i = 0; first.events.length === 0; i++) {
      if (i === 50) throw new Error("no event reached a subscriber");
      await submit(() => gw.a, bulk(`W${i}`, 1), []);
      await waitFor(
        () => first.events.length > 0,
        3_000,
        () => "",
      ).catch(() => undefined);
    }
    base = first.events[0]!.cursor;
    await first.close();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    for (const p of Object.values(gw)) await kill(p, "SIGTERM");
    await sandbox?.kill();
    await redis?.stop();
    await pgProxy?.refuse();
    if (admin) {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });

  it("kill -9 of one instance mid-bulk: its bulks finish on the other, nothing twice", async () => {
    const onB = subscribe(gw.b, base);
    const codes: string[] = [];
    // Lane A submits through A until it dies, then through B; lane B through B throughout.
    const viaA = () => (alive(gw.a) ? gw.a : gw.b);
    const laneA = [bulk("KA0"), bulk("KA1"), bulk("KA2")];
    const laneB = [bulk("KB0"), bulk("KB1"), bulk("KB2")];
    const laneBDone = (async () => {
      for (const b of laneB) await submit(() => gw.b, b, codes);
    })();
    void laneBDone.catch(() => undefined); // awaited below; a failure elsewhere must not leave it unheard
    await submit(viaA, laneA[0]!, codes);
    // KA1 is sent upstream by A; A dies before it can record what happened next.
    const doomed = gw.a;
    const inFlight = postGraphql(doomed.graphqlUrl, KEY, BULK_MUTATION, laneA[1]).catch(() => null);
    await upstreamHas("KA1");
    await kill(doomed, "SIGKILL");
    const killedAt = Date.now();
    await inFlight;
    // POPBiLL's webhooks stay pointed at the dead instance and fail: B must find every
    // result and filing of both lanes by polling, once A's work has moved to it.
    // B is ready all along.
    expect((await readyz(gw.b))?.status).toBe(200);
    await submit(viaA, laneA[1]!, codes);
    await submit(viaA, laneA[2]!, codes);
    await laneBDone;
    // Only the request A took with it went unanswered; its retry on B found it recorded.
    expect(codes.filter((c) => c !== "NO_ANSWER" && c !== "CONFLICT")).toEqual([]);

    const keys = [...laneA, ...laneB].flatMap((b) => b.cashbills.map((c) => c.mgtKey));
    await allDelivered([onB], keys);
    console.log(`kill -9: every event at B ${Date.now() - killedAt} ms after the kill`);
    await expectIssuedOnce();
    await expectSameAsLog(gw.b, [onB]);
    expect(onB.resumes).toBe(0);
    expect(onB.errors).toEqual([]);
    // The killed instance comes back on the same database and is ready.
    await startGateway("a");
    await waitReadiness(gw.a, (status) => status === 200);
    expectNoCrash();
    await onB.close();
  }, 180_000);

  it("Redis stopped for 20 s and restarted: ready again, every event once on the other instance", async () => {
    const onA = subscribe(gw.a, base);
    const onB = subscribe(gw.b, base);
    await webhooksTo(gw.a);
    const codes: string[] = [];
    const before = [bulk("RA0"), bulk("RB0")];
    await submit(() => gw.a, before[0]!, codes);
    await submit(() => gw.b, before[1]!, codes);
    // Both subscribers are live (they have everything up to now) before Redis goes.
    await allDelivered([onA, onB], scenarioKeys());

    await redis.kill();
    const stoppedAt = Date.now();
    for (const p of [gw.a, gw.b]) {
      const down = await waitReadiness(p, (status) => status === 503);
      expect(checkStatus(down, "redis")).toBe("down");
      expect(checkStatus(down, "database")).toBe("up");
    }
    // A subscription begun during the outage, on B.
    const duringOnB = subscribe(gw.b, onB.last());
    // Bulks and their webhooks go on during the outage, through both instances.
    const during = [bulk("RA1"), bulk("RB1"), bulk("RA2"), bulk("RB2")];
    await Promise.all(during.map((b, i) => submit(() => (i % 2 ? gw.b : gw.a), b, codes)));
    // Mutations commit and answer normally: no retry was needed.
    expect(codes).toEqual([]);
    const outageLeft = REDIS_OUTAGE_MS - (Date.now() - stoppedAt);
    // The outage lasts REDIS_OUTAGE_MS whatever the work took: its length is the point.
    if (outageLeft > 0) await new Promise((res) => setTimeout(res, outageLeft));
    for (const p of [gw.a, gw.b]) {
      const down = await readyz(p);
      expect(down?.status).toBe(503);
      expect(checkStatus(down!.body, "redis")).toBe("down");
    }
    await redis.restart();
    const backAt = Date.now();
    for (const p of [gw.a, gw.b]) {
      const up = await waitReadiness(p, (status) => status === 200);
      expect(checkStatus(up, "redis")).toBe("up");
    }

    const keys = [...before, ...during].flatMap((b) => b.cashbills.map((c) => c.mgtKey));
    await allDelivered([onA, onB], keys);
    await allDelivered(
      [duringOnB],
      during.flatMap((b) => b.cashbills.map((c) => c.mgtKey)),
    );
    console.log(`Redis outage: every event delivered ${Date.now() - backAt} ms after it returned`);
    await expectIssuedOnce();
    await expectSameAsLog(gw.a, [onA, onB]);
    // The one begun during the outage has exactly the log after its starting cursor.
    const startAt = onB.events.findIndex((e) => e.cursor === duringOnB.events[0]?.cursor);
    expect(startAt).toBeGreaterThanOrEqual(0);
    expect(duringOnB.events).toEqual(onB.events.slice(startAt));
    for (const s of [onA, onB, duringOnB]) {
      expect(s.resumes).toBe(0);
      expect(s.errors).toEqual([]);
    }
    expectNoCrash();
    await Promise.all([onA.close(), onB.close(), duringOnB.close()]);
  }, 180_000);

  it("PostgreSQL drops the gateways' connections mid-work: they recover, nothing lost or twice", async () => {
    const onA = subscribe(gw.a, base);
    const onB = subscribe(gw.b, base);
    const earlier = scenarioKeys();
    await allDelivered([onA, onB], earlier);
    const codes: string[] = [];
    const terminate = async () =>
      (
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where application_name = any($1)",
          [Object.values(appNames)],
        )
      ).rowCount ?? 0;
    const bulks = [bulk("PA0"), bulk("PB0"), bulk("PA1"), bulk("PB1"), bulk("PA2"), bulk("PB2")];
    const lanes = Promise.all(
      [0, 1].map(async (lane) => {
        for (let i = lane; i < bulks.length; i += 2)
          await submit(() => (lane ? gw.b : gw.a), bulks[i]!, codes);
      }),
    );
    void lanes.catch(() => undefined); // awaited below; a failure elsewhere must not leave it unheard
    // Mid-work: the first results reach both subscribers (so both are live), the other bulks
    // are still to be sent, polled, filed.
    const first = (sub: Subscriber) => sub.events.some((e) => /^P[AB]0-/.test(e.mgtKey));
    await waitFor(
      () => first(onA) && first(onB),
      TAKEOVER_MS,
      () => "no result of PA0/PB0 reached both subscribers",
    );
    expect(await terminate()).toBeGreaterThan(0);
    // Then a while in which PostgreSQL is unreachable for them (a restart, a failover).
    await upstreamHas("PB1");
    await pgProxy.refuse();
    try {
      await terminate();
      for (const p of [gw.a, gw.b]) {
        const down = await waitReadiness(p, (status) => status === 503);
        expect(checkStatus(down, "database")).toBe("down");
        expect(JSON.stringify(down)).not.toContain(String(pgProxy.port));
      }
    } finally {
      await pgProxy.accept();
    }
    for (const p of [gw.a, gw.b]) await waitReadiness(p, (status) => status === 200);
    await lanes;
    // What failed, failed with the code that says "try again".
    expect(codes.filter((c) => !c.startsWith("DATABASE_UNAVAILABLE:") && c !== "CONFLICT")).toEqual(
      [],
    );

    const keys = bulks.flatMap((b) => b.cashbills.map((c) => c.mgtKey));
    await allDelivered([onA, onB], keys);
    await expectIssuedOnce();
    await expectSameAsLog(gw.b, [onA, onB]);
    // The subscriptions outlived the outage: no error, no resubscription.
    for (const sub of [onA, onB]) {
      expect(sub.errors).toEqual([]);
      expect(sub.resumes).toBe(0);
    }
    expectNoCrash();
    for (const p of [gw.a, gw.b]) expect(alive(p)).toBe(true);
    await Promise.all([onA.close(), onB.close()]);
  }, 180_000);
});
