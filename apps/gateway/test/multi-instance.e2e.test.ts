import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import pg from "pg";
import { encodeCursor } from "@korbill/core-events";
import {
  TEST_POSTGRES_URL,
  TEST_REDIS_URL,
  redisAvailable,
  testEngines,
  testSchemaName,
} from "@korbill/core-events/testing";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type GatewayProcess, postGraphql, processTimeout, spawnGateway } from "./processes.js";
import { externalSandboxEnv } from "./harness.js";

const engines = await testEngines();
const hasRedis = await redisAvailable();
const run = engines.includes("postgres") && hasRedis;
if (!run) console.warn("multi-instance test needs PostgreSQL and Redis; not run here");

interface PointsEvent {
  cursor: string;
  type: string;
  balance: number;
  previousBalance: number | null;
  delta: number | null;
}

describe.runIf(run)("two gateway processes sharing PostgreSQL and Redis", () => {
  let sandbox: Sandbox;
  let a: GatewayProcess;
  let b: GatewayProcess;
  const schema = testSchemaName();

  beforeAll(async () => {
    sandbox = createSandbox();
    const urls = await sandbox.start();
    const env = {
      KORBILL_STAGE: "local",
      KORBILL_DATABASE_URL: TEST_POSTGRES_URL,
      KORBILL_DATABASE_SCHEMA: schema,
      KORBILL_REDIS_URL: TEST_REDIS_URL,
      ...externalSandboxEnv(urls),
    };
    // Sequential: the first one creates the schema and runs the migrations.
    a = await spawnGateway(env);
    b = await spawnGateway(env);
  }, processTimeout(2));

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await sandbox?.stop();
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  const member = () => sandbox.state.member("1234567890")!;
  const balanceVia = async (g: GatewayProcess) => {
    const r = await postGraphql<{ points: { balance: number } }>(
      g.graphqlUrl,
      DEMO_KEYS.member,
      "{ points { balance } }",
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.points.balance;
  };

  function subscribe(url: string, after: string | null, onEvent: (e: PointsEvent) => void) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${DEMO_KEYS.member}` },
      retryAttempts: 0,
    });
    const ready = new Promise<void>((resolve) => client.on("connected", () => resolve()));
    client.subscribe<{ pointsEvents: PointsEvent }>(
      {
        query:
          "subscription($after: String) { pointsEvents(after: $after) { cursor type balance previousBalance delta } }",
        variables: { after },
      },
      {
        next: (v) => v.data && onEvent(v.data.pointsEvents),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return { client, ready };
  }

  async function waitFor(cond: () => boolean, ms = 30_000) {
    const start = Date.now();
    while (!cond()) {
      if (Date.now() - start > ms) throw new Error("timed out waiting");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it("delivers an event appended through A to a graphql-ws subscriber on B, and resumes after a disconnect", async () => {
    await balanceVia(a); // first observation: the baseline, no event
    const got: PointsEvent[] = [];
    // From the start of the (fresh, empty) log, so that the event counts however late the
    // subscription gets going on B; the live hand-over between instances is checked below.
    const first = subscribe(b.wsUrl, encodeCursor(0), (e) => got.push(e));
    await first.ready;

    member().chargePoint -= 1_000;
    expect(await balanceVia(a)).toBe(99_000);
    await waitFor(() => got.length === 1);
    expect(got[0]).toMatchObject({
      type: "BALANCE_CHANGED",
      balance: 99_000,
      previousBalance: 100_000,
      delta: -1_000,
    });

    // Disconnect, miss three changes made through A, resume on B after the last cursor.
    await first.client.dispose();
    for (const delta of [-10, -20, -30]) {
      member().chargePoint += delta;
      await balanceVia(a);
    }
    const resumed: PointsEvent[] = [];
    const second = subscribe(b.wsUrl, got[0]!.cursor, (e) => resumed.push(e));
    await waitFor(() => resumed.length === 3);
    expect(resumed.map((e) => e.delta)).toEqual([-10, -20, -30]);

    // Then it continues live, with no duplicate at the seam.
    member().chargePoint -= 40;
    await balanceVia(a);
    await waitFor(() => resumed.length === 4);
    // A quiet moment in which a duplicate would show (it can only miss one, never fail).
    await new Promise((r) => setTimeout(r, 300));
    expect(resumed.map((e) => e.delta)).toEqual([-10, -20, -30, -40]);
    expect(new Set(resumed.map((e) => e.cursor)).size).toBe(4);
    await second.client.dispose();
  }, 60_000);
});
