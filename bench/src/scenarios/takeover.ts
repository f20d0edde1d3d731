import { randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO_KEYS, type GatewayProcess, spawnGateway } from "../lib/gateway.js";
import { mustGraphql } from "../lib/graphql-http.js";
import { BULK_MUTATION, runId } from "../lib/receipts.js";
import { demoReceipt } from "@korbill/cashbill/testing";
import { gatewayEnvFor, startSandbox } from "../lib/sandbox.js";
import { distribution, nowMs, round, sleep } from "../lib/stats.js";
import type { Scenario } from "./types.js";

/** The PostgreSQL server the scenario uses (a fresh schema, dropped afterwards). */
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ??
  process.env.KORBILL_TEST_POSTGRES_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
/** Polls every 2 s exactly, so each open bulk's next poll is due 2 s after its last one. */
const POLL_MS = 2_000;
const STATE = /^\/Cashbill\/BULK\/(.+)\/State$/;

/**
 * Two gateway processes on one PostgreSQL; each submits bulks that stay open for a while and
 * polls them. `kill -9` of one: how long until the other sends the next GetBulkResult of each
 * of the dead instance's bulks, beyond the time that poll was due anyway (the dead one's last
 * poll + 2 s; never earlier, POPBiLL's 2 s rule). Target: within 2 s. The survivor's own bulks
 * are watched too: how late their polls come after the kill.
 */
export const takeover: Scenario = {
  id: "takeover",
  title: "kill -9 of an instance: its bulks' next GetBulkResult by another instance",
  async run(mode) {
    const perInstance = mode === "quick" ? 3 : 20;
    const sandbox = await startSandbox({
      // Open long enough to be polled several times, killed and taken over.
      settings: { bulkAcceptToProcessingMs: 300, bulkProcessingMs: 12_000 },
    });
    const schema = `bench_${randomBytes(5).toString("hex")}`;
    const env = {
      ...gatewayEnvFor(sandbox),
      KORBILL_DATABASE_URL: POSTGRES_URL,
      KORBILL_DATABASE_SCHEMA: schema,
      KORBILL_BULK_POLL_MIN_MS: String(POLL_MS),
      KORBILL_BULK_POLL_MAX_MS: String(POLL_MS),
    };
    let a: GatewayProcess | undefined;
    let b: GatewayProcess | undefined;
    try {
      a = await spawnGateway(env);
      b = await spawnGateway(env);
      const run = runId("TK");
      const ids = { a: [] as string[], b: [] as string[] };
      for (const [name, gw] of [
        ["a", a],
        ["b", b],
      ] as const) {
        for (let i = 0; i < perInstance; i++) {
          const submitId = `${run}-${name}${i}`;
          ids[name].push(submitId);
          const cashbills = Array.from({ length: 5 }, (_, j) => demoReceipt(`${submitId}-${j}`, j));
          await mustGraphql(gw.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
            submitId,
            cashbills,
          });
        }
      }
      const polls = (id: string) =>
        sandbox.requests
          .list({ host: "popbill", method: "GET", path: STATE })
          .filter((r) => STATE.exec(r.path)![1] === id)
          .map((r) => r.time.getTime());
      // Every bulk polled at least twice (the first poll, then the 2 s cadence).
      const all = [...ids.a, ...ids.b];
      const deadline = nowMs() + 30_000;
      while (!all.every((id) => polls(id).length >= 2)) {
        if (nowMs() > deadline) throw new Error("bulks were not polled");
        await sleep(50);
      }
      await sleep(700); // somewhere inside the 2 s between two polls
      const killedAt = sandbox.clock.now().getTime();
      process.kill(a.pid, "SIGKILL");
      const lastBefore = new Map(all.map((id) => [id, Math.max(...polls(id))]));
      const firstAfter = (id: string) => polls(id).find((t) => t > killedAt);
      const waitUntil = nowMs() + 20_000;
      while (!all.every((id) => firstAfter(id) !== undefined) && nowMs() < waitUntil)
        await sleep(50);
      const late = (group: string[]) =>
        group.map((id) => {
          const due = Math.max(killedAt, lastBefore.get(id)! + POLL_MS);
          return (firstAfter(id) ?? Number.NaN) - due;
        });
      const dead = distribution(late(ids.a));
      const own = distribution(late(ids.b));
      const fromKill = distribution(ids.a.map((id) => (firstAfter(id) ?? Number.NaN) - killedAt));
      const taken = ids.a.filter((id) => firstAfter(id) !== undefined).length;
      return {
        params: { perInstance, pollMs: POLL_MS, receiptsPerBulk: 5 },
        rows: [
          {
            measure:
              "dead instance's bulks: next GetBulkResult by the survivor, after it was due (max)",
            value: round(dead.max),
            unit: "ms",
            target: {
              text: "≤ 2000 ms, every bulk",
              pass: taken === ids.a.length && dead.max <= 2_000,
            },
          },
          {
            measure: "dead instance's bulks: kill -9 → next GetBulkResult (max)",
            value: round(fromKill.max),
            unit: "ms",
          },
          {
            measure: "survivor's own bulks: next GetBulkResult after it was due (max)",
            value: round(own.max),
            unit: "ms",
          },
        ],
        details: { dead, own, fromKill, taken, of: ids.a.length },
      };
    } finally {
      await a?.close().catch(() => undefined); // killed already, or killed now
      await b?.close();
      await sandbox.stop();
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  },
};
