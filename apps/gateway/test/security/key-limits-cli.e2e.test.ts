import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { testEngines } from "@korbill/core-events/testing";
import { type TestGateway, startTestGateway } from "../harness.js";
import { createdKey, runCliProcess } from "../cli-process.js";
import { isolatedDatabase, waitFor } from "./shared-database.js";

/** Needs no upstream call: only the operations bucket is spent. */
const VIEWER = "{ viewer { keyId } }";
/** README "Rate limits": a key's own limits apply within 5 s (the key cache). */
const DOCUMENTED_MS = 5_000;
/** One poll round (a request answered, 50 ms pause) on a loaded machine, on top of the 5 s. */
const POLL_SLACK_MS = 1_000;
/** The limit the CLI sets; its refusal names it, unlike one of the kind's defaults. */
const NEW_LIMIT = /more than 1 operations per second \(burst 2\)/;

type GqlError = { message: string; extensions?: Record<string, unknown> };

/** Runs one operation on `client`: null when it completed, else its first error. */
function runOn(client: Client): Promise<GqlError | null> {
  return new Promise((resolve) => {
    client.subscribe(
      { query: VIEWER },
      {
        next: (v) => v.errors && resolve(v.errors[0] as GqlError),
        error: (e) => resolve(Array.isArray(e) ? (e[0] as GqlError) : { message: String(e) }),
        complete: () => resolve(null),
      },
    );
  });
}

/** Whether `error` is a refusal by the limit the CLI set, with the time to retry. */
function limitedByNewLimit(error: GqlError | null | undefined): boolean {
  return (
    error?.extensions?.code === "RATE_LIMITED" &&
    NEW_LIMIT.test(error.message) &&
    Number(error.extensions.retryAfterMs) > 0
  );
}

/**
 * Polls `attempt` (one operation each) until the new limit refuses one; resolves to how long
 * after `since` that attempt was sent (its answer's own latency, long on a loaded machine, is
 * no part of the key cache's delay), or null when none was refused in 30 s.
 */
async function msUntilLimited(
  attempt: () => Promise<GqlError | null | undefined>,
  since: number,
): Promise<number | null> {
  let sentAt = since;
  try {
    await waitFor(async () => {
      sentAt = Date.now();
      return limitedByNewLimit(await attempt());
    }, 30_000);
    return sentAt - since;
  } catch {
    return null;
  }
}

for (const engine of await testEngines()) {
  describe(`korbill keys limit beside a running gateway on ${engine}`, () => {
    const database = isolatedDatabase(engine);
    const cliEnv = { KORBILL_STAGE: "local", ...database.env };
    let gateway: TestGateway;
    let key: string;
    /** A socket that connected (and ran an operation) before the limit changed. */
    let before: Client;
    /** How often `before` connected: once, or its operations were not all on one socket. */
    let beforeConnections = 0;
    let changedAt: number;
    let overHttp: Promise<number | null>;
    let onOldSocket: Promise<number | null>;

    const http = async () => (await gateway.gql(VIEWER, {}, key)).body.errors?.[0] as GqlError;

    beforeAll(async () => {
      gateway = await startTestGateway(database.env);
      const created = createdKey(
        await runCliProcess(
          ["keys", "create", "--name", "limited", "--kind", "member", "--corp", "1234567890"],
          cliEnv,
        ),
      );
      key = created.key;
      // Not the harness's lazy client: that one closes its socket after each operation and
      // reconnects (authenticating afresh) for the next.
      before = createClient({
        url: gateway.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key}` },
        retryAttempts: 0,
        lazy: false,
        on: { connected: () => beforeConnections++ },
      });
      // Under the member defaults (20/s, burst 300) a handful of quick operations all pass,
      // on both transports: what follows is the CLI's doing.
      for (let i = 0; i < 4; i++) expect(await http()).toBeUndefined();
      for (let i = 0; i < 4; i++) expect(await runOn(before)).toBeNull();

      const limit = await runCliProcess(
        ["keys", "limit", created.id, "--ops-per-second", "1", "--ops-burst", "2"],
        cliEnv,
      );
      expect(limit.code, limit.stderr).toBe(0);
      changedAt = Date.now();
      // Both watched at once, so each is measured from the change.
      overHttp = msUntilLimited(http, changedAt);
      onOldSocket = msUntilLimited(() => runOn(before), changedAt);
      await Promise.all([overHttp, onOldSocket]);
    }, 90_000);

    afterAll(async () => {
      await before?.dispose();
      await gateway?.close();
      await database.drop();
    });

    it("applies over HTTP within 5 s: RATE_LIMITED with retryAfterMs", async () => {
      const ms = await overHttp;
      expect(ms, "HTTP never refused by the new limit").not.toBeNull();
      expect(ms!).toBeLessThanOrEqual(DOCUMENTED_MS + POLL_SLACK_MS);
    });

    it("applies on a WebSocket opened after the change", async () => {
      const after = gateway.ws(key);
      let refused: GqlError | null = null;
      for (let i = 0; i < 6 && !limitedByNewLimit(refused); i++) refused = await runOn(after);
      expect(refused?.extensions).toMatchObject({
        code: "RATE_LIMITED",
        retryAfterMs: expect.any(Number),
      });
      expect(refused!.message).toMatch(NEW_LIMIT);
    });

    it("applies within 5 s on a WebSocket opened before the change, which stays open", async () => {
      const ms = await onOldSocket;
      expect(ms, "the old socket kept the limits it connected with").not.toBeNull();
      expect(ms!).toBeLessThanOrEqual(DOCUMENTED_MS + POLL_SLACK_MS);
      // Still the same socket: once the bucket refills it serves again.
      await waitFor(async () => (await runOn(before)) === null, 10_000);
      expect(beforeConnections).toBe(1);
    });
  });
}
