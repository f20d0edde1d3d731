import { createClient } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { advisoryLockId, encodeCursor } from "@korbill/core-events";
import { TEST_POSTGRES_URL, testEngines, testSchemaName } from "@korbill/core-events/testing";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoBulk, recordEvents, waitUntil } from "./cashbill-helpers.js";
import { externalSandboxEnv } from "./harness.js";
import { type GatewayProcess, postGraphql, processTimeout, spawnGateway } from "./processes.js";

const CORP = "1234567890";
const run = (await testEngines()).includes("postgres");
const STATE = (id: string) => `/Cashbill/BULK/${id}/State`;

/** Polls `cond` (async) until it holds; fails with `what` after `ms`. */
async function until(cond: () => Promise<boolean>, ms: number, what: () => string) {
  const start = Date.now();
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.runIf(run)("two gateways on PostgreSQL: a killed instance's submissions move", () => {
  const schema = testSchemaName();
  let sandbox: Sandbox;
  let admin: pg.Client;
  const gw: Record<"a" | "b", GatewayProcess | undefined> = { a: undefined, b: undefined };

  beforeAll(async () => {
    // Bulks stay open ~6 s: long enough to kill their holder while they are being polled.
    sandbox = createSandbox({
      settings: { bulkAcceptToProcessingMs: 500, bulkProcessingMs: 6_000 },
    });
    const urls = await sandbox.start();
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const env = (name: string) => ({
      KORBILL_STAGE: "local",
      // Each instance's sessions (its claims connection among them) carry its name.
      KORBILL_DATABASE_URL: `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes("?") ? "&" : "?"}application_name=${name}`,
      KORBILL_DATABASE_SCHEMA: schema,
      ...externalSandboxEnv(urls),
    });
    // Sequential: the first one creates the schema and runs the migrations.
    gw.a = await spawnGateway(env(`${schema}-a`));
    gw.b = await spawnGateway(env(`${schema}-b`));
  }, processTimeout(2));

  afterAll(async () => {
    await Promise.all([gw.a?.kill("SIGKILL"), gw.b?.kill()]);
    await sandbox?.stop();
    await admin?.query(`drop schema if exists ${schema} cascade`);
    await admin?.end();
  });

  /** Which instance's session holds the claim on a submission (null: none). */
  async function holder(submitId: string): Promise<string | null> {
    const id = BigInt.asUintN(
      64,
      BigInt(advisoryLockId(schema, `local:cashbill-bulk:${CORP}:${submitId}`)),
    );
    const r = await admin.query<{ app: string }>(
      `select a.application_name as app from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.objsubid = 1
          and l.classid = $1::oid and l.objid = $2::oid`,
      [String(id >> 32n), String(id & 0xffffffffn)],
    );
    const app = r.rows[0]?.app;
    return app ? app.slice(schema.length + 1) : null;
  }

  const polls = (submitId: string, after = 0) =>
    sandbox.requests
      .list({ host: "popbill", method: "GET", path: STATE(submitId) })
      .filter((r) => r.time.getTime() > after);

  const state = async (g: GatewayProcess, submitId: string) => {
    const r = await postGraphql<{ bulkSubmission: { state: string } }>(
      g.graphqlUrl,
      DEMO_KEYS.member,
      `{ bulkSubmission(submitId: "${submitId}") { state } }`,
    );
    return r.data?.bulkSubmission.state;
  };

  it("lets the survivor poll and complete the killed instance's bulk exactly once, and keeps its own", async () => {
    const a = gw.a!;
    const b = gw.b!;
    const bulks = { a: demoBulk("TK-A", 20), b: demoBulk("TK-B", 20) };
    const [ra, rb] = await Promise.all([
      postGraphql(a.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
        submitId: "TK-A",
        cashbills: bulks.a,
      }),
      postGraphql(b.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
        submitId: "TK-B",
        cashbills: bulks.b,
      }),
    ]);
    expect(ra.errors).toBeUndefined();
    expect(rb.errors).toBeUndefined();

    // Each submission is claimed by the instance that sent it, and polled while open.
    expect(await holder("TK-A")).toBe("a");
    expect(await holder("TK-B")).toBe("b");
    await until(
      async () => polls("TK-A").length > 0 && polls("TK-B").length > 0,
      20_000,
      () => "first polls",
    );
    expect(await state(b, "TK-A")).not.toBe("COMPLETED");

    const due = await admin.query<{ at: string }>(
      `select next_check_at as at from ${schema}.cashbill_submissions where submit_id = 'TK-A'`,
    );
    const killedAt = sandbox.clock.now().getTime();
    await a.kill("SIGKILL");
    // The survivor takes the dead instance's submission, sends its next GetBulkResult, and
    // completes it; its own submission stayed its own all along.
    await until(
      async () => (await holder("TK-A")) === "b",
      20_000,
      () => "takeover of TK-A",
    );
    expect(await holder("TK-B")).toBe("b");
    await until(
      async () =>
        (await state(b, "TK-A")) === "COMPLETED" && (await state(b, "TK-B")) === "COMPLETED",
      30_000,
      () => "completion",
    );
    const afterKill = polls("TK-A", killedAt);
    expect(afterKill.length).toBeGreaterThan(0);
    const scheduled = Math.max(killedAt, Number(due.rows[0]!.at));
    console.log(
      `takeover: first GetBulkResult of TK-A by the survivor ${afterKill[0]!.time.getTime() - killedAt} ms after kill -9, ${afterKill[0]!.time.getTime() - scheduled} ms after it was due; TK-B polls after the kill: ${polls("TK-B", killedAt).length}`,
    );
    expect(polls("TK-B", killedAt).length).toBeGreaterThan(0);

    // Exactly once: each receipt issued once upstream, one BULKRESULT event per receipt.
    const keys = [...bulks.a, ...bulks.b].map((c) => c.mgtKey).sort();
    for (const k of keys) expect(sandbox.cashbill.issuanceCount(CORP, k)).toBe(1);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
    const client = createClient({
      url: b.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${DEMO_KEYS.member}` },
      retryAttempts: 0,
    });
    const replay = recordEvents(client, encodeCursor(0)); // the whole log
    await waitUntil(
      () => replay.events.filter((e) => e.type === "BULKRESULT").length >= keys.length,
      20_000,
      () => `${replay.events.length} events`,
    );
    // Nothing more may arrive: a quiet moment in which a duplicate would show.
    await new Promise((r) => setTimeout(r, 300));
    const results = replay.events.filter((e) => e.type === "BULKRESULT").map((e) => e.mgtKey);
    expect(results.sort()).toEqual(keys);
    replay.dispose();
    await client.dispose();
  }, 120_000);
});
