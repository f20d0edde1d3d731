import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngines } from "@korbill/core-events/testing";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { type TestGateway, startTestGateway } from "../harness.js";
import { createdKey, runCliProcess } from "../cli-process.js";
import { isolatedDatabase, waitFor } from "./shared-database.js";

const CLOCK = "subscription { clock(intervalMs: 100) { seq } }";
const BALANCE = "{ points { balance } }";

/** A socket with a running clock subscription: its ticks, and how it closed. */
function watchClock(client: Client) {
  const state = { ticks: 0, closeCode: null as number | null, closedAt: 0 };
  client.on("closed", (event) => {
    state.closeCode = (event as { code?: number }).code ?? null;
    state.closedAt = Date.now();
  });
  client.subscribe(
    { query: CLOCK },
    { next: () => void state.ticks++, error: () => undefined, complete: () => undefined },
  );
  return state;
}

/** Runs one operation over an open socket; resolves with its data, or the error / close. */
function operation(client: Client, query: string) {
  return new Promise<{ data?: unknown; error?: unknown }>((resolve) => {
    let data: unknown;
    client.subscribe(
      { query },
      {
        next: (value) => {
          data = value.errors ? undefined : value.data;
          if (value.errors) resolve({ error: value.errors });
        },
        error: (error) => resolve({ error }),
        complete: () => resolve({ data }),
      },
    );
  });
}

for (const engine of await testEngines()) {
  describe(`revoking a key ends its sockets on every instance (${engine})`, () => {
    const database = isolatedDatabase(engine);
    const cliEnv = { KORBILL_STAGE: "local", ...database.env };
    let sandbox: Sandbox;
    let a: TestGateway;
    let b: TestGateway;
    /** Checks for revocations only every 10 minutes: a refusal there is the per-operation check. */
    let slow: TestGateway;

    beforeAll(async () => {
      sandbox = createSandbox();
      await sandbox.start();
      // Sequential: the first one creates the database and runs the migrations.
      a = await startTestGateway(database.env, { sandbox });
      b = await startTestGateway(database.env, { sandbox, webhooks: false });
      slow = await startTestGateway(
        { ...database.env, KORBILL_REVOCATION_CHECK_MS: "600000" },
        { sandbox, webhooks: false },
      );
    }, 90_000);
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close(), slow?.close()]);
      await sandbox?.stop();
      await database.drop();
    });

    const createKey = async (name: string) =>
      createdKey(
        await runCliProcess(
          ["keys", "create", "--name", name, "--kind", "member", "--corp", "1234567890"],
          cliEnv,
        ),
      );
    const revoke = async (id: string) => {
      const run = await runCliProcess(["keys", "revoke", id], cliEnv);
      expect(run).toMatchObject({ code: 0, stdout: `revoked ${id}\n` });
      return Date.now();
    };

    it("closes the key's sockets with 4403 within 5 s on both instances, and nothing arrives after", async () => {
      const { id, key } = await createKey("revoked soon");
      const onA = watchClock(a.ws(key));
      const onB = watchClock(b.ws(key));
      const bystander = watchClock(a.ws(DEMO_KEYS.member));
      await waitFor(() => onA.ticks >= 3 && onB.ticks >= 3 && bystander.ticks >= 3);
      // Both instances accept the key over HTTP (and now hold it in their key caches).
      for (const g of [a, b])
        expect((await g.gql("{ viewer { keyId } }", {}, key)).status).toBe(200);

      const revokedAt = await revoke(id);
      await waitFor(() => onA.closeCode !== null && onB.closeCode !== null, 30_000);
      expect(onA.closeCode).toBe(4403);
      expect(onB.closeCode).toBe(4403);
      expect(onA.closedAt - revokedAt).toBeLessThanOrEqual(5_000);
      expect(onB.closedAt - revokedAt).toBeLessThanOrEqual(5_000);
      // The same check dropped the key from both instances' caches: HTTP refuses it already.
      for (const g of [a, b])
        expect((await g.gql("{ viewer { keyId } }", {}, key)).status).toBe(401);

      // Another key's socket lives on; while it ticks five more times, nothing reaches the
      // closed ones.
      const seen = { a: onA.ticks, b: onB.ticks, bystander: bystander.ticks };
      await waitFor(() => bystander.ticks >= seen.bystander + 5);
      expect(bystander.closeCode).toBeNull();
      expect({ a: onA.ticks, b: onB.ticks }).toEqual({ a: seen.a, b: seen.b });
      // And the key no longer opens a socket.
      const again = watchClock(a.ws(key));
      await waitFor(() => again.closeCode !== null);
      expect(again.closeCode).toBe(4403);
    }, 120_000);

    it("re-checks the key of each new operation on an open socket: a revoked key's is refused, nothing sent upstream", async () => {
      const { id, key } = await createKey("revoked between operations");
      const client = slow.ws(key);
      const open = watchClock(client);
      const before = await operation(client, BALANCE);
      expect(before).toMatchObject({ data: { points: { balance: expect.any(Number) } } });
      await waitFor(() => open.ticks >= 1);

      // That operation reached upstream; after the revocation, the same one must not.
      expect(sandbox.requests.count({ path: /\/Point$/ })).toBeGreaterThan(0);
      await revoke(id);
      sandbox.requests.clear();
      const after = await operation(client, BALANCE);
      expect(after.data).toBeUndefined();
      await waitFor(() => open.closeCode !== null);
      expect(open.closeCode).toBe(4403);
      expect(sandbox.requests.count()).toBe(0);
    }, 120_000);
  });
}
