import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_REDIS_URL, redisAvailable } from "@korbill/core-events/testing";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { runCli } from "../../src/cli.js";
import { RATE_LIMIT_DEFAULTS, parseBucketSpec } from "../../src/rate-limits/config.js";
import { BULK_MUTATION, demoBulk, recordEvents } from "../cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "../harness.js";

/**
 * A bound for a hang in setup: CLI processes (one per key) and gateways start one after the
 * other, each taking up to tens of seconds on a loaded machine (two full test runs on 2 cores).
 */
const SETUP_MS = 300_000;

const BALANCE = "{ points { balance } }";
const MEMBER = "1234567890";

type GqlError = { message: string; extensions?: Record<string, unknown> };

/** Creates a member key with the CLI (and its limits, if any); returns the secret and id. */
async function cliKey(env: Record<string, string>, name: string, limits: string[] = []) {
  const out: string[] = [];
  const args = ["keys", "create", "--name", name, "--kind", "member", "--corp", MEMBER];
  expect(await runCli(args, (l) => out.push(l), env)).toBe(0);
  const key = out.find((l) => l.startsWith("key: "))!.slice(5);
  const id = /^created (key_[0-9a-f]+)/.exec(out[0]!)![1]!;
  if (limits.length) expect(await runCli(["keys", "limit", id, ...limits], () => {}, env)).toBe(0);
  return { key, id };
}

/** POSTs `BALANCE` and returns status, Retry-After and the first error. */
async function balance(graphqlUrl: string, key: string) {
  const res = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: BALANCE }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: GqlError[] };
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    error: body.errors?.[0],
  };
}

describe("per-key rate limits over real sockets", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-rl-"));
  const env = { KORBILL_STAGE: "local", KORBILL_DATA_DIR: dataDir };
  let t: TestGateway;
  let keys: Record<
    "http" | "ws" | "upstream" | "other" | "dayEnd" | "bulk",
    { key: string; id: string }
  >;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  // Balances are read from the Linkhub host (`GET /{ServiceID}/Point`).
  const balanceCalls = () => sandbox().requests.count({ host: "auth", path: /\/Point$/ });

  beforeAll(async () => {
    // Keys and limits come from the CLI, before the gateway opens the same database.
    keys = {
      http: await cliKey(env, "http", ["--ops-per-second", "1", "--ops-burst", "3"]),
      ws: await cliKey(env, "ws", ["--ops-per-second", "1", "--ops-burst", "3"]),
      upstream: await cliKey(env, "upstream", [
        "--upstream-per-second",
        "1",
        "--upstream-burst",
        "2",
      ]),
      other: await cliKey(env, "other"),
      dayEnd: await cliKey(env, "day-end"),
      bulk: await cliKey(env, "bulk", ["--upstream-per-second", "1", "--upstream-burst", "1"]),
    };
    t = await startTestGateway(env);
  }, SETUP_MS);

  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses HTTP operations past the key's burst with RATE_LIMITED, 429 and Retry-After, sending nothing upstream", async () => {
    const before = balanceCalls();
    const replies = [];
    for (let i = 0; i < 12; i++) replies.push(await balance(t.graphqlUrl, keys.http.key));
    const ok = replies.filter((r) => !r.error);
    const limited = replies.filter((r) => r.error?.extensions?.code === "RATE_LIMITED");
    expect(ok.length + limited.length).toBe(replies.length);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.error!.extensions!.retryAfterMs).toEqual(expect.any(Number));
      expect(r.error!.extensions!.retryAfterMs as number).toBeGreaterThan(0);
    }
    // Only the admitted operations reached Linkhub.
    expect(balanceCalls() - before).toBe(ok.length);

    // Another key is unaffected.
    const other = await balance(t.graphqlUrl, keys.other.key);
    expect(other.error).toBeUndefined();
  });

  it("refuses WebSocket operations past the key's burst the same way, keeping the socket", async () => {
    const client = t.ws(keys.ws.key);
    const run = () =>
      new Promise<GqlError | null>((resolve) => {
        client.subscribe(
          { query: BALANCE },
          {
            next: (v) => v.errors && resolve(v.errors[0] as GqlError),
            error: (e) => resolve(Array.isArray(e) ? (e[0] as GqlError) : { message: String(e) }),
            complete: () => resolve(null),
          },
        );
      });
    const before = balanceCalls();
    const outcomes: (GqlError | null)[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await run());
    const ok = outcomes.filter((o) => o === null);
    const limited = outcomes.filter((o) => o?.extensions?.code === "RATE_LIMITED");
    expect(ok.length + limited.length).toBe(outcomes.length);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.extensions!.retryAfterMs as number).toBeGreaterThan(0);
    expect(balanceCalls() - before).toBe(ok.length);
    // The same socket serves again once the bucket refills: the refill time is the point.
    await new Promise((r) => setTimeout(r, Number(limited.at(-1)!.extensions!.retryAfterMs) + 50));
    expect(await run()).toBeNull();
  });

  it("refuses upstream calls past the key's upstream burst before sending them", async () => {
    const before = balanceCalls();
    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await balance(t.graphqlUrl, keys.upstream.key));
    const ok = replies.filter((r) => !r.error);
    const limited = replies.filter((r) => r.error?.extensions?.code === "RATE_LIMITED");
    expect(ok.length + limited.length).toBe(replies.length);
    expect(ok.length).toBeGreaterThan(0);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.status).toBe(429);
    expect(limited[0]!.error!.extensions!.retryAfterMs as number).toBeGreaterThan(0);
    expect(balanceCalls() - before).toBe(ok.length);
  });

  it("refuses a bulk past the upstream budget without recording it: the same SubmitID works later", async () => {
    const run = randomBytes(3).toString("hex");
    let refused: { submitId: string; cashbills: object[] } | undefined;
    for (let i = 0; i < 8 && !refused; i++) {
      const submitId = `rl-${run}-${i}`;
      const cashbills = demoBulk(`rl${run}${i}`, 5);
      const r = await t.gql(BULK_MUTATION, { submitId, cashbills }, keys.bulk.key);
      if (r.body.errors) {
        expect(r.status).toBe(429);
        expect(r.body.errors[0]!.extensions).toMatchObject({ code: "RATE_LIMITED" });
        refused = { submitId, cashbills };
      }
    }
    expect(refused).toBeDefined();
    const sent = (id: string) =>
      sandbox().requests.count({ override: "BULKISSUE" }) > 0 &&
      sandbox()
        .requests.list({ override: "BULKISSUE" })
        .some((r) => r.headers["x-pb-submit-id"] === id);
    expect(sent(refused!.submitId)).toBe(false);
    // The bucket's refill time is the point: after it, the same bulk goes through.
    await new Promise((r) => setTimeout(r, 2_500));
    const again = await t.gql(BULK_MUTATION, refused!, keys.bulk.key);
    expect(again.body.errors, JSON.stringify(again.body.errors)).toBeUndefined();
    expect(sent(refused!.submitId)).toBe(true);
  });

  it("answers an upstream 429 as UPSTREAM_RATE_LIMITED with the upstream's retry time", async () => {
    sandbox().faults.set({
      rate: 1,
      kinds: ["429"],
      hosts: ["auth"],
      paths: ["/Point$"],
      retryAfterSeconds: 60,
    });
    try {
      const r = await balance(t.graphqlUrl, keys.other.key);
      expect(r.error?.extensions).toMatchObject({
        code: "UPSTREAM_RATE_LIMITED",
        upstream: "linkhub",
        retryAfterMs: 60_000,
      });
    } finally {
      sandbox().faults.clear();
    }
  });

  it("lets a day-end bulk run under the default limits (100 bulks of 100 receipts, sent at once)", async () => {
    const { key } = keys.dayEnd;
    // Enough points for 10,000 receipts, so the points check passes (and still reads balances).
    sandbox().points.setBalance(MEMBER, { chargePoint: 1_000_000, bonusPoint: 0 });
    // The key's own subscription, like a dashboard watching the day-end.
    const client = t.ws(key);
    const connected = new Promise((r) => client.on("connected", r));
    const watched = recordEvents(client);
    const before = sandbox().requests.count();
    const bulks = 100;
    const replies = await Promise.all(
      Array.from({ length: bulks }, (_, b) =>
        t.gql<{ bulkIssueCashbills: { state: string } }>(
          BULK_MUTATION,
          {
            submitId: `dayend-${randomBytes(4).toString("hex")}-${b}`,
            cashbills: demoBulk(`de${b}`),
          },
          key,
        ),
      ),
    );
    const upstreamPerBulk = (sandbox().requests.count() - before) / bulks;
    for (const r of replies) expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    // The subscription was admitted too and is live.
    await connected;
    // A quiet moment in which a refusal of the subscription would arrive (it can only miss
    // one on a slow machine, never fail a correct run).
    await new Promise((r) => setTimeout(r, 200));
    expect(watched.errors).toEqual([]);
    watched.dispose();

    // 100 bulks sent at once (plus a few subscriptions) need at most this much at time zero;
    // "well inside" = within half of what the defaults admit before any refill.
    const problems: string[] = [];
    const ops = parseBucketSpec(RATE_LIMIT_DEFAULTS.memberOps, "ops", problems)!;
    const upstream = parseBucketSpec(RATE_LIMIT_DEFAULTS.memberUpstream, "upstream", problems)!;
    expect(problems).toEqual([]);
    expect(100 + 5).toBeLessThanOrEqual((ops.perSecond + ops.burst) / 2);
    expect(100 * upstreamPerBulk).toBeLessThanOrEqual((upstream.perSecond + upstream.burst) / 2);
    // A bound for a hang: 10,000 receipts through one process took over 180 s on a loaded
    // machine; what is asserted is that none was refused, not how fast they went.
  }, 600_000);
});

const hasRedis = await redisAvailable();

describe.runIf(hasRedis)("rate limits shared by two instances through Redis", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-rl2-"));
  const env = {
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: dataDir,
    KORBILL_REDIS_URL: TEST_REDIS_URL,
    KORBILL_RATE_LIMIT_REDIS_PREFIX: `korbill-test-${randomBytes(6).toString("hex")}`,
  };
  let sandbox: Sandbox;
  let a: TestGateway;
  let b: TestGateway;
  let limited: { key: string; id: string };

  beforeAll(async () => {
    limited = await cliKey(env, "shared", ["--ops-per-second", "1", "--ops-burst", "2"]);
    sandbox = createSandbox();
    await sandbox.start();
    a = await startTestGateway(env, { sandbox });
    b = await startTestGateway(env, { sandbox });
  }, SETUP_MS);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sandbox?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("admits one budget across both instances, not one each", async () => {
    const started = Date.now();
    const replies = [];
    for (let i = 0; i < 12; i++)
      replies.push(await balance((i % 2 ? b : a).graphqlUrl, limited.key));
    const seconds = Math.ceil((Date.now() - started) / 1000);
    const ok = replies.filter((r) => !r.error).length;
    expect(replies.filter((r) => r.error && r.error.extensions?.code !== "RATE_LIMITED")).toEqual(
      [],
    );
    // One shared bucket: 1 per second plus a burst of 2 per 2 s. Two private buckets would
    // admit twice that.
    expect(ok).toBeGreaterThanOrEqual(3);
    expect(ok).toBeLessThanOrEqual(1 * seconds + 2 * Math.ceil(seconds / 2) + 1);
  });

  it("refuses on one instance what the other spent", async () => {
    await new Promise((r) => setTimeout(r, 2_500)); // both buckets full again
    let refused: { at: number; retryAfterMs: number } | undefined;
    for (let i = 0; i < 10 && !refused; i++) {
      const r = await balance(a.graphqlUrl, limited.key);
      if (r.error) {
        expect(r.error.extensions?.code).toBe("RATE_LIMITED");
        refused = { at: Date.now(), retryAfterMs: Number(r.error.extensions!.retryAfterMs) };
      }
    }
    expect(refused).toBeDefined();
    const onB = await balance(b.graphqlUrl, limited.key);
    // A private bucket on b would admit at once; the shared one only after the wait a named.
    if (onB.error) expect(onB.error.extensions?.code).toBe("RATE_LIMITED");
    else expect(Date.now() - refused!.at).toBeGreaterThanOrEqual(refused!.retryAfterMs - 50);
  });
});
