import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL, testEngines } from "../testing/databases.js";
import { LocalClaims } from "./claims.js";
import { PostgresClaims } from "./postgres.js";

/** Waits until `cond` resolves true (condition wait, no timing assert). */
async function until(cond: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("LocalClaims", () => {
  it("grants every unit to the one instance and forgets released ones", async () => {
    const claims = new LocalClaims();
    expect(await claims.claimMany(["a", "b"])).toEqual(new Set(["a", "b"]));
    expect(claims.holds("a")).toBe(true);
    await claims.release("a");
    expect(claims.holds("a")).toBe(false);
    expect(claims.status()).toMatchObject({ kind: "local", held: 1 });
  });
});

const engines = await testEngines();

describe.runIf(engines.includes("postgres"))("PostgresClaims (advisory locks)", () => {
  const namespace = `t_${randomBytes(5).toString("hex")}`;
  const open: PostgresClaims[] = [];
  const make = (appName: string, maxHeld?: number) => {
    const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes("?") ? "&" : "?"}application_name=${appName}`;
    const c = new PostgresClaims({ connectionString: url, namespace, heartbeatMs: 100, maxHeld });
    open.push(c);
    return c;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });

  it("gives each unit to one instance; a released unit goes to the next that asks", async () => {
    const a = make("claims-a");
    const b = make("claims-b");
    expect(await a.claimMany(["u1", "u2"])).toEqual(new Set(["u1", "u2"]));
    expect(await b.claimMany(["u1", "u2", "u3"])).toEqual(new Set(["u3"]));
    // Held twice by the same instance is still one lock: one release frees it.
    expect(await a.claim("u1")).toBe(true);
    await a.release("u1");
    expect(await b.claim("u1")).toBe(true);
    expect(await a.claim("u1")).toBe(false);
    expect(a.status()).toMatchObject({ kind: "postgres", connected: true, held: 1 });
  });

  it("frees a dead session's units at once and tells the instance that lost them", async () => {
    const app = `claims-dead-${randomBytes(3).toString("hex")}`;
    const a = make(app);
    const b = make("claims-survivor");
    expect(await a.claimMany(["d1", "d2"])).toEqual(new Set(["d1", "d2"]));
    const lost: string[][] = [];
    a.onLost((keys) => lost.push(keys));
    expect(await b.claim("d1")).toBe(false);
    // What kill -9 of an instance does to its session: the server ends it.
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const ended = await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
      [app],
    );
    expect(ended.rowCount).toBe(1);
    await admin.end();
    await until(async () => (await b.claimMany(["d1", "d2"])).size === 2);
    await until(() => lost.length > 0);
    expect(lost[0]!.sort()).toEqual(["d1", "d2"]);
    expect(a.holds("d1")).toBe(false);
    // A reconnects by itself and claims again what is free.
    await until(async () => (await a.claim("d3")) === true);
  });

  it("holds at most maxHeld units", async () => {
    const a = make("claims-cap", 2);
    expect((await a.claimMany(["c1", "c2", "c3"])).size).toBe(2);
    expect(await a.claim("c3")).toBe(false);
  });
});
