import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { TEST_POSTGRES_URL, freshDatabaseConfig, testEngines } from "../testing/databases.js";
import { freePort } from "../testing/redis-server.js";
import { databaseConfigFromUrl } from "./config.js";
import { isDatabaseUnavailable } from "./errors.js";
import { openDatabase } from "./open.js";

const hasPostgres = (await testEngines()).includes("postgres");

describe("isDatabaseUnavailable", () => {
  it("tells a lost or refused connection from a fault of the query", () => {
    const pgError = (code: string) => Object.assign(new Error("x"), { code });
    expect(isDatabaseUnavailable(pgError("57P01"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("08006"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: new Error("Connection terminated") })),
    ).toBe(true);
    expect(isDatabaseUnavailable(pgError("23505"))).toBe(false);
    expect(isDatabaseUnavailable(pgError("42P01"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe.runIf(hasPostgres)("a PostgreSQL pool losing its connections", () => {
  it("names the variable and host:port of an unreachable server, never the password", async () => {
    const port = await freePort();
    const config = databaseConfigFromUrl(`postgres://korbill:s3cret@127.0.0.1:${port}/db`, {
      dataDir: "/tmp",
      stage: "test",
    });
    const error = await openDatabase(config, []).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `PostgreSQL at 127\\.0\\.0\\.1:${port}, database db, user korbill \\(KORBILL_DATABASE_URL\\)`,
      ),
    );
    expect(error?.message).not.toContain("s3cret");
  });

  it("survives terminated idle and busy connections and reconnects", async () => {
    const appName = `korbill_t_${randomBytes(4).toString("hex")}`;
    const config = freshDatabaseConfig("postgres");
    const lost: Error[] = [];
    const opened = await openDatabase(
      { ...config, location: `${TEST_POSTGRES_URL}?application_name=${appName}` },
      [],
      { onConnectionError: (e) => lost.push(e) },
    );
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await Promise.all(Array.from({ length: 4 }, () => sql`select 1`.execute(opened.db)));
      const busy = sql`select pg_sleep(5)`.execute(opened.db).then(
        () => null,
        (e: unknown) => e,
      );
      // The long query is running on the server before its connection is cut.
      await vi.waitFor(
        async () => {
          const running = await admin.query(
            "select 1 from pg_stat_activity where application_name = $1 and state = 'active' and query like '%pg_sleep%'",
            [appName],
          );
          expect(running.rowCount).toBe(1);
        },
        { timeout: 15_000, interval: 20 },
      );
      const killed = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
        [appName],
      );
      expect(killed.rowCount).toBeGreaterThan(1);
      expect(isDatabaseUnavailable(await busy)).toBe(true);
      const started = Date.now();
      while (lost.length === 0 && Date.now() - started < 15_000)
        await new Promise((r) => setTimeout(r, 20));
      expect(lost.length).toBeGreaterThan(0);
      // A query sent on a connection whose end is not read yet fails as unavailable too;
      // then the pool connects anew.
      let answered = false;
      for (let i = 0; i < 20 && !answered; i++) {
        try {
          const again = await sql<{ one: number }>`select 1 as one`.execute(opened.db);
          answered = again.rows[0]?.one === 1;
        } catch (error) {
          expect(isDatabaseUnavailable(error)).toBe(true);
        }
      }
      expect(answered).toBe(true);
    } finally {
      await admin.query(`drop schema if exists ${config.schema} cascade`);
      await admin.end();
      await opened.close();
    }
  });
});
