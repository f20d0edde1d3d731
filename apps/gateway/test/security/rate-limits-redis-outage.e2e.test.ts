import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrivateRedis } from "@korbill/core-events/testing";
import { runCli } from "../../src/cli.js";
import { type TestGateway, startTestGateway } from "../harness.js";
import { waitFor } from "./shared-database.js";

/** Needs no upstream call: only the operations bucket is spent. */
const VIEWER = "{ viewer { keyId } }";

type Reply = { status: number; code: unknown; retryAfterMs: unknown };

// The gateway's Redis is a private redis-server of this test, killed midway (the shared one
// on 6379 is never touched).
describe("per-key rate limits while their Redis is unreachable", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-rl-outage-"));
  const prefix = `korbill-test-${randomBytes(6).toString("hex")}`;
  let redis: PrivateRedis;
  let t: TestGateway;
  let key: string;

  /** Sends `n` operations one after another and returns how each was answered. */
  async function burst(n: number): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (let i = 0; i < n; i++) {
      const r = await t.gql<{ viewer: unknown }>(VIEWER, {}, key);
      const error = (r.body as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0];
      replies.push({
        status: r.status,
        code: error?.extensions?.code ?? null,
        retryAfterMs: error?.extensions?.retryAfterMs,
      });
    }
    return replies;
  }

  /** Every reply admitted or refused RATE_LIMITED (never another error), some of each. */
  function expectLimited(replies: Reply[]) {
    const other = replies.filter((r) => r.code !== null && r.code !== "RATE_LIMITED");
    expect(other, JSON.stringify(other)).toEqual([]);
    const ok = replies.filter((r) => r.code === null);
    const limited = replies.filter((r) => r.code === "RATE_LIMITED");
    for (const r of ok) expect(r.status).toBe(200);
    for (const r of limited) {
      expect(r.status).toBe(429);
      expect(r.retryAfterMs as number).toBeGreaterThan(0);
    }
    // 1 per second with a burst of 2: a quick run of 8 has both.
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(limited.length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const env = {
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_REDIS_URL: redis.url,
      KORBILL_RATE_LIMIT_REDIS_PREFIX: prefix,
    };
    const out: string[] = [];
    const create = ["keys", "create", "--name", "o", "--kind", "member", "--corp", "1234567890"];
    expect(await runCli(create, (l) => out.push(l), env)).toBe(0);
    key = out.find((l) => l.startsWith("key: "))!.slice(5);
    const id = /^created (key_[0-9a-f]+)/.exec(out[0]!)![1]!;
    const limit = ["keys", "limit", id, "--ops-per-second", "1", "--ops-burst", "2"];
    expect(await runCli(limit, () => {}, env)).toBe(0);
    t = await startTestGateway(env);
  }, 300_000); // a bound for a hang: processes start slowly on a loaded machine

  afterAll(async () => {
    await t?.close();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("limits through Redis while it is up", async () => {
    expectLimited(await burst(8));
    // The buckets are in Redis, not (only) in this process.
    const probe = new Redis(redis.url);
    try {
      expect(await probe.keys(`${prefix}:*`)).not.toEqual([]);
    } finally {
      probe.disconnect();
    }
  });

  it("keeps limiting in memory while Redis is down: RATE_LIMITED, never INTERNAL_SERVER_ERROR", async () => {
    await redis.kill();
    const started = Date.now();
    expectLimited(await burst(8));
    // Answered at once, not after waiting for Redis.
    expect(Date.now() - started).toBeLessThan(10_000);
    // The in-memory bucket refills like the shared one: the key is served again.
    await waitFor(async () => (await burst(1))[0]!.code === null, 10_000);
  });
});
