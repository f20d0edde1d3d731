import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { Client } from "graphql-ws";
import {
  PrivateRedis,
  TEST_POSTGRES_URL,
  freePort,
  testEngines,
  testSchemaName,
} from "@korbill/core-events/testing";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoBulk, waitUntil } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const hasPostgres = (await testEngines()).includes("postgres");
if (!hasPostgres) console.warn("resilience tests on PostgreSQL need a PostgreSQL server");

interface Readiness {
  status: string;
  checks: Record<string, { status: string; [k: string]: unknown }>;
}

async function readyz(t: TestGateway): Promise<{ status: number; body: Readiness }> {
  const res = await fetch(`${t.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Readiness };
}

/** Polls `/readyz` until `want` holds. */
async function waitForReadiness(
  t: TestGateway,
  want: (r: { status: number; body: Readiness }) => boolean,
  ms = 20_000,
) {
  let last: unknown;
  const started = Date.now();
  for (;;) {
    const r = await readyz(t).catch((error: unknown) => ({ error: String(error) }));
    last = r;
    if ("status" in r && want(r)) return r;
    if (Date.now() - started > ms)
      throw new Error(`readiness never as wanted: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.runIf(hasPostgres)("a gateway on PostgreSQL whose connections are terminated", () => {
  const schema = testSchemaName();
  // The gateway's connections carry this application_name, so the test terminates only them.
  const appName = `korbill_${schema}`;
  const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes("?") ? "&" : "?"}application_name=${appName}`;
  let t: TestGateway;
  let admin: pg.Client;
  const probe = () =>
    t.gql('{ bulkSubmission(submitId: "probe") { submitId } }', {}, DEMO_KEYS.member);
  const codesOf = (r: Awaited<ReturnType<typeof probe>>) =>
    (r.body.errors ?? []).map((e) => e.extensions?.code);
  const terminate = async () =>
    (
      await admin.query(
        "select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1",
        [appName],
      )
    ).rowCount ?? 0;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    t = await startTestGateway({
      KORBILL_DATABASE_URL: url,
      KORBILL_DATABASE_SCHEMA: schema,
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  it("survives idle connections being terminated and answers from new ones", async () => {
    // Several connections in the pool, idle afterwards.
    const warm = await Promise.all(Array.from({ length: 6 }, probe));
    for (const r of warm) expect(codesOf(r)).toEqual(["NOT_FOUND"]);
    const lost = () => t.logs.filter((l) => l.includes("database connection lost")).length;
    const lostBefore = lost();
    expect(await terminate()).toBeGreaterThan(0);
    // The idle clients emit 'error' now (the pool reports each); before the fix that crashed
    // the process.
    await vi.waitFor(() => expect(lost()).toBeGreaterThan(lostBefore), { timeout: 15_000 });
    await waitUntil(
      () => t.gateway.httpServer.listening,
      1000,
      () => "not listening",
    );
    const after = await probe();
    expect(["NOT_FOUND", "DATABASE_UNAVAILABLE"]).toContain(codesOf(after)[0]);
    let ok = false;
    const started = Date.now();
    while (!ok && Date.now() - started < 10_000) ok = codesOf(await probe())[0] === "NOT_FOUND";
    expect(ok).toBe(true);
    const ready = await waitForReadiness(t, (r) => r.status === 200);
    expect(ready.body.checks.database).toMatchObject({ status: "up", migrated: true });
  });

  it("fails a request in flight with DATABASE_UNAVAILABLE, then serves again and workers resume", async () => {
    // Hold a lock that the request's query waits for, so the query is in flight on a
    // gateway connection when that connection is terminated.
    await admin.query("begin");
    await admin.query(`lock table ${schema}.cashbill_submissions in access exclusive mode`);
    const inFlight = probe();
    let waiting = 0;
    const started = Date.now();
    while (waiting === 0 && Date.now() - started < 10_000) {
      const r = await admin.query(
        "select count(*)::int as n from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'",
        [appName],
      );
      waiting = (r.rows[0] as { n: number }).n;
    }
    expect(waiting).toBeGreaterThan(0);
    await terminate();
    await admin.query("rollback");
    const failed = await inFlight;
    expect(failed.status).toBeLessThan(500);
    expect(failed.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(failed.body.errors?.[0]?.message).not.toMatch(/terminat|postgres|\/src\//i);
    let ok = false;
    const again = Date.now();
    while (!ok && Date.now() - again < 10_000) ok = codesOf(await probe())[0] === "NOT_FOUND";
    expect(ok).toBe(true);
    // Background work resumes: the claims connection (same application_name) is terminated
    // too; it reconnects, and a bulk submitted now is claimed, polled and completed.
    await terminate();
    const r = await t.gql(
      BULK_MUTATION,
      { submitId: "RESUME-1", cashbills: demoBulk("RESUME-1", 1) },
      DEMO_KEYS.member,
    );
    expect(r.body.errors).toBeUndefined();
    let state = "";
    const resumed = Date.now();
    while (state !== "COMPLETED" && Date.now() - resumed < 30_000) {
      const q = await t.gql<{ bulkSubmission: { state: string } }>(
        '{ bulkSubmission(submitId: "RESUME-1") { state } }',
        {},
        DEMO_KEYS.member,
      );
      state = q.body.data?.bulkSubmission.state ?? "";
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(state).toBe("COMPLETED");
    const health = (await (await fetch(`${t.url}/healthz`)).json()) as {
      workers: Record<string, unknown>;
    };
    expect(health.workers.claims).toMatchObject({ kind: "postgres", connected: true });
    expect(Object.values(health.workers)).toContain("active");
  });

  it("reports the database down while it does not answer in time", async () => {
    await admin.query("begin");
    await admin.query(`lock table ${schema}.korbill_migrations in access exclusive mode`);
    try {
      const down = await waitForReadiness(t, (r) => r.status === 503);
      expect(down.body.checks.database?.status).toBe("down");
      expect(JSON.stringify(down.body)).not.toContain("postgres://");
    } finally {
      await admin.query("rollback");
    }
    await waitForReadiness(t, (r) => r.status === 200);
  });
});

describe.runIf(hasPostgres)("a gateway whose PostgreSQL is unreachable at start", () => {
  it("names KORBILL_DATABASE_URL and host:port, never the password", async () => {
    const port = await freePort();
    const failure = await startTestGateway({
      KORBILL_DATABASE_URL: `postgres://korbill:s3cret-pw@127.0.0.1:${port}/korbill`,
    }).then(
      async (t) => {
        await t.close();
        return null;
      },
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure!.message).toContain("KORBILL_DATABASE_URL");
    expect(failure!.message).toContain(`127.0.0.1:${port}`);
    expect(failure!.message).not.toContain("s3cret-pw");
  });
});

interface PaymentEvent {
  cursor: string;
  type: string;
  merchantUid: string;
}

const PAYMENT_EVENTS = "subscription { paymentEvents { cursor type merchantUid } }";

/** Subscribes `client` to payment events, pushing each into `into`. */
function watchPayments(client: Client, into: PaymentEvent[], errors: unknown[]) {
  return client.subscribe<{ paymentEvents: PaymentEvent }>(
    { query: PAYMENT_EVENTS },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        if (v.data) into.push(v.data.paymentEvents);
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
}

describe("a gateway whose Redis goes away for a while", () => {
  let redis: PrivateRedis;
  let t: TestGateway;
  const gql = async (q: string, key: string = DEMO_KEYS.member) => (await t.gql(q, {}, key)).body;
  const charge = (customerUid: string, merchantUid: string, key: string = DEMO_KEYS.member) =>
    gql(
      `mutation { chargeBillingKey(customerUid: "${customerUid}", merchantUid: "${merchantUid}", amount: 1000, name: "test") { status } }`,
      key,
    );
  const issueKey = (customerUid: string, key: string) =>
    gql(
      `mutation { issueBillingKey(customerUid: "${customerUid}", card: { number: "4111-1111-1111-1111", expiry: "2031-12", birth: "900101", pinPrefix: "12" }) { customerUid } }`,
      key,
    );

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    t = await startTestGateway({ KORBILL_REDIS_URL: redis.url });
    t.gateway.sandbox!.sandbox!.iamport.webhooks.configure({
      url: `${t.url}/webhooks/iamport`,
      mode: "json",
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  it("commits during the outage, says so in /readyz and delivers what it missed once Redis is back", async () => {
    expect((await issueKey("cust_r1", DEMO_KEYS.member)).errors).toBeUndefined();
    expect((await issueKey("cust_r2", DEMO_KEYS.member2)).errors).toBeUndefined();
    const first: PaymentEvent[] = [];
    const firstErrors: unknown[] = [];
    watchPayments(t.ws(DEMO_KEYS.member), first, firstErrors);
    // The subscription is live once a charge made now reaches it.
    for (let i = 0; first.length === 0 && i < 50; i++) {
      await charge("cust_r1", `before_${i}`);
      await waitUntil(
        () => first.length > 0,
        2_000,
        () => "",
      ).catch(() => undefined);
    }
    expect(first.length).toBeGreaterThan(0);
    expect((await readyz(t)).body.checks.redis?.status).toBe("up");

    await redis.kill();
    const down = await waitForReadiness(t, (r) => r.status === 503);
    expect(down.body.checks.redis?.status).toBe("down");

    const outage = ["outage_1", "outage_2", "outage_3"];
    for (const merchantUid of outage) {
      const r = await charge("cust_r1", merchantUid);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ chargeBillingKey: { status: "PAID" } });
    }
    // i'mport's webhooks for those charges are answered 200 too (no retry storm).
    const hooks = () =>
      t.gateway
        .sandbox!.sandbox!.iamport.webhooks.deliveries()
        .filter((d) => outage.includes(d.event.merchant_uid));
    await waitUntil(
      () => hooks().length >= outage.length && hooks().every((d) => d.result !== "pending"),
      15_000,
      () => JSON.stringify(hooks()),
    );
    expect(hooks().map((d) => d.responseStatus)).toEqual(outage.map(() => 200));
    // A subscription begun during the outage (a topic nobody on this instance watched yet).
    const second: PaymentEvent[] = [];
    const secondErrors: unknown[] = [];
    const live = t.liveStarted();
    watchPayments(t.ws(DEMO_KEYS.member2), second, secondErrors);
    await live;
    const m2 = await charge("cust_r2", "outage_m2", DEMO_KEYS.member2);
    expect(m2.errors).toBeUndefined();

    await redis.restart();
    const back = Date.now();
    const paid = (events: PaymentEvent[], uid: string) =>
      events.filter((e) => e.merchantUid === uid && e.type === "PAID").length;
    await waitUntil(
      () => outage.every((uid) => paid(first, uid) > 0),
      15_000,
      () => JSON.stringify({ first, firstErrors }),
    );
    // Designed for 2 s (reconnects at most 1 s apart, then one log read); generous here.
    const delay = Date.now() - back;
    expect(delay).toBeLessThan(10_000);
    await waitUntil(
      () => paid(second, "outage_m2") > 0,
      15_000,
      () => JSON.stringify({ second, secondErrors }),
    );
    // Both keep working live, and nothing came twice.
    await charge("cust_r1", "after_1");
    await charge("cust_r2", "after_m2", DEMO_KEYS.member2);
    await waitUntil(
      () => paid(first, "after_1") > 0 && paid(second, "after_m2") > 0,
      15_000,
      () => JSON.stringify({ first, second }),
    );
    for (const uid of outage) expect(paid(first, uid)).toBe(1);
    expect(paid(second, "outage_m2")).toBe(1);
    const cursors = first.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(firstErrors).toEqual([]);
    expect(secondErrors).toEqual([]);
    console.log(`outage events delivered ${delay} ms after Redis returned`);
    await waitForReadiness(t, (r) => r.status === 200);
  }, 90_000);
});

describe("a gateway on Redis behind Sentinel", () => {
  let master: PrivateRedis;
  let sentinel: PrivateRedis;
  let t: TestGateway;

  beforeAll(async () => {
    master = await PrivateRedis.start();
    sentinel = await PrivateRedis.sentinel(master, "mymaster");
    t = await startTestGateway({
      KORBILL_REDIS_URL: `redis-sentinel://127.0.0.1:${sentinel.port}/mymaster`,
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await sentinel?.stop();
    await master?.stop();
  });

  it("finds the master through the sentinel and delivers events live", async () => {
    await waitForReadiness(t, (r) => r.status === 200);
    const key = DEMO_KEYS.member;
    const issued = await t.gql(
      'mutation { issueBillingKey(customerUid: "cust_s1", card: { number: "4111-1111-1111-1111", expiry: "2031-12", birth: "900101", pinPrefix: "12" }) { customerUid } }',
      {},
      key,
    );
    expect(issued.body.errors).toBeUndefined();
    const events: PaymentEvent[] = [];
    const errors: unknown[] = [];
    watchPayments(t.ws(key), events, errors);
    for (let i = 0; !events.some((e) => e.type === "PAID") && i < 20; i++) {
      const r = await t.gql(
        `mutation { chargeBillingKey(customerUid: "cust_s1", merchantUid: "sentinel_${i}", amount: 1000, name: "test") { status } }`,
        {},
        key,
      );
      expect(r.body.errors).toBeUndefined();
      await waitUntil(
        () => events.some((e) => e.type === "PAID"),
        2_000,
        () => "",
      ).catch(() => undefined);
    }
    expect(events.some((e) => e.type === "PAID")).toBe(true);
    expect(errors).toEqual([]);
    // The gateway's connections are on the master the sentinel named.
    const clients = await redisClientNames(master.port);
    expect(clients).toEqual(expect.arrayContaining(["korbill-pub", "korbill-sub"]));
  }, 60_000);
});

/** The names of a Redis server's clients (CLIENT LIST over a plain socket). */
async function redisClientNames(port: number): Promise<string[]> {
  const { connect } = await import("node:net");
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write("CLIENT LIST\r\n"));
    let reply = "";
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      const m = /^\$(\d+)\r\n/.exec(reply);
      if (m && reply.length >= m[0].length + Number(m[1])) {
        socket.destroy();
        resolve([...reply.matchAll(/ name=(\S*)/g)].map((x) => x[1]!));
      }
    });
  });
}
