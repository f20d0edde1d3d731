import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { type KorbillDatabase, openDatabase } from "../db/open.js";
import { createMemoryBus } from "../pubsub/bus.js";
import { TEST_POSTGRES_URL, freshDatabaseConfig, testEngines } from "../testing/databases.js";
import { EventLog } from "./log.js";
import { coreEventsMigrations } from "./migrations.js";
import { type StoredEvent, topicFor } from "./types.js";

// Group commit on PostgreSQL: the appends of one instance that wait while a statement runs
// share the next one, also when their callers append in a loop (each caller's next append
// arrives just after its previous one resolved).
const engines = (await testEngines()).filter((e) => e === "postgres");

const topic = topicFor("cashbill", "1234567890");
const ev = (n: number) => ({
  topic,
  tenant: "1234567890",
  type: "ISSUED",
  payload: { n },
  upstreamId: `U-${n}`,
});

/** Counts the statements a database's Kysely executes (appends run through it). */
function countStatements(db: KorbillDatabase): { count: number } {
  const counter = { count: 0 };
  const executor = db.db.getExecutor();
  const execute = executor.executeQuery.bind(executor);
  executor.executeQuery = ((...args: Parameters<typeof execute>) => {
    counter.count++;
    return execute(...args);
  }) as typeof executor.executeQuery;
  return counter;
}

async function history(log: EventLog): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await log.read({ topic, after, limit: 1_000 });
    out.push(...page);
    if (page.length < 1_000) return out;
    after = page.at(-1)!.cursor;
  }
}

/** Every upstream id once, cursors increasing, each event linked to its predecessor. */
function expectIntact(events: StoredEvent[], ids: string[]): void {
  expect(events.map((e) => e.upstreamId).sort()).toEqual([...ids].sort());
  for (let i = 1; i < events.length; i++) {
    expect(events[i]!.cursor).toBeGreaterThan(events[i - 1]!.cursor);
    expect(events[i]!.prevCursor).toBe(events[i - 1]!.cursor);
  }
}

for (const engine of engines) {
  describe(`EventLog group commit on ${engine}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0).reverse()) await c();
    });

    async function open(appName?: string): Promise<KorbillDatabase> {
      const config = freshDatabaseConfig(engine);
      const db = await openDatabase(
        appName
          ? { ...config, location: `${TEST_POSTGRES_URL}?application_name=${appName}` }
          : config,
        coreEventsMigrations,
        { onConnectionError: () => undefined },
      );
      cleanups.push(async () => {
        await db.close();
        const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await admin.connect();
        await admin.query(`drop schema if exists ${config.schema!} cascade`);
        await admin.end();
      });
      return db;
    }

    it("lets callers appending in a loop share one statement per round", async () => {
      const db = await open();
      const log = new EventLog(db, "local", createMemoryBus());
      await log.append(ev(-1)); // the start-up sequencing run is over
      const statements = countStatements(db);
      const callers = 16;
      const rounds = 20;
      let n = 0;
      await Promise.all(
        Array.from({ length: callers }, async () => {
          for (let r = 0; r < rounds; r++) {
            const k = n++;
            const stored = await log.append(ev(k));
            expect(stored?.upstreamId).toBe(`U-${k}`);
          }
        }),
      );
      // One statement per round of the 16 callers (a few more if a round splits), not two.
      expect(statements.count).toBeLessThanOrEqual(rounds + 4);
      const all = await history(log);
      expectIntact(
        all,
        [-1, ...Array.from({ length: callers * rounds }, (_, i) => i)].map((i) => `U-${i}`),
      );
    });

    it("loses and duplicates nothing when connections die mid-batch and callers retry", async () => {
      const appName = `korbill_b_${randomBytes(4).toString("hex")}`;
      const db = await open(appName);
      const log = new EventLog(db, "local", createMemoryBus(), Date.now, () => undefined);
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      cleanups.push(() => admin.end());
      const total = 400;
      let next = 0;
      const stored: StoredEvent[] = [];
      // Callers retry a failed append with the same upstream id, as POPBiLL retries a webhook.
      const callers = Array.from({ length: 16 }, async () => {
        while (next < total) {
          const k = next++;
          for (let attempt = 0; ; attempt++) {
            try {
              const e = await log.append(ev(k));
              if (e) stored.push(e);
              break;
            } catch {
              if (attempt > 50) throw new Error(`append ${k} kept failing`);
            }
          }
        }
      });
      let terminated = 0;
      const killer = (async () => {
        for (let kill = 0; kill < 5; kill++) {
          while (next < ((kill + 1) * total) / 6) await new Promise((r) => setImmediate(r));
          const killed = await admin.query(
            "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
            [appName],
          );
          terminated += killed.rowCount ?? 0;
        }
      })();
      await Promise.all([...callers, killer]);
      // Connections were killed while the callers ran. Whether a kill lands mid-statement (an
      // append fails and is retried) or between statements depends on the machine's load, so
      // failed appends are not counted: either way nothing may be lost or duplicated.
      expect(terminated).toBeGreaterThan(0);
      // An append that failed after its commit is found stored by its retry (null); the
      // events of such appends get numbered all the same.
      let all: StoredEvent[] = [];
      const deadline = Date.now() + 15_000;
      while ((all = await history(log)).length < total && Date.now() < deadline)
        await new Promise((r) => setImmediate(r));
      expectIntact(
        all,
        Array.from({ length: total }, (_, i) => `U-${i}`),
      );
      // What appends returned is what the log holds.
      for (const e of stored)
        expect(all.find((x) => x.upstreamId === e.upstreamId)?.cursor).toBe(e.cursor);
    });
  });
}
