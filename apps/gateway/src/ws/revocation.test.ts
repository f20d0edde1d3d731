import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import type { ApiKeyStore, Tenant } from "@korbill/core-tenancy";
import { createLogger } from "../logger.js";
import { REVOKED_CLOSE_CODE, RevocationWatch } from "./revocation.js";

/** A socket that records how it was closed and emits `close` like `ws` does. */
class FakeSocket extends EventEmitter {
  readonly CLOSED = 3;
  readyState = 1;
  closedWith: number | null = null;
  close(code: number) {
    this.closedWith = code;
    this.readyState = this.CLOSED;
    this.emit("close", code);
  }
}

/** A key store whose revoked set the test controls, counting the queries it answers. */
function fakeStore() {
  const revoked = new Set<string>();
  const asked: string[][] = [];
  const forgotten: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const cached: string[] = [];
  const store = {
    cachedKeyIds: () => [...cached],
    async revokedAmong(ids: readonly string[]) {
      asked.push([...ids]);
      await gate;
      return ids.filter((id) => revoked.has(id));
    },
    async current(id: string) {
      await gate;
      return revoked.has(id) ? null : tenant(id);
    },
    forget(ids: readonly string[]) {
      forgotten.push(...ids);
    },
  };
  return {
    store: store as unknown as ApiKeyStore,
    revoked,
    cached,
    asked,
    forgotten,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return release;
    },
  };
}

const tenant = (keyId: string) => ({ keyId }) as Tenant;
const socket = () => new FakeSocket() as FakeSocket & WebSocket;
const logger = createLogger("silent");

async function waitFor(cond: () => boolean, ms = 10_000) {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("RevocationWatch", () => {
  it("closes every socket of a revoked key with 4403 and leaves other keys' sockets open", async () => {
    const keys = fakeStore();
    const watch = new RevocationWatch({ apiKeys: keys.store, intervalMs: 100, logger });
    const [a1, a2, b] = [socket(), socket(), socket()];
    watch.track(tenant("key_a"), a1);
    watch.track(tenant("key_a"), a2);
    watch.track(tenant("key_b"), b);
    keys.revoked.add("key_a");
    await waitFor(() => a1.closedWith !== null && a2.closedWith !== null);
    expect([a1.closedWith, a2.closedWith, b.closedWith]).toEqual([
      REVOKED_CLOSE_CODE,
      REVOKED_CLOSE_CODE,
      null,
    ]);
    expect(keys.forgotten).toEqual(["key_a"]);
    await watch.stop();
  });

  it("asks only about keys with open sockets, and nothing when none are open", async () => {
    const keys = fakeStore();
    const watch = new RevocationWatch({ apiKeys: keys.store, intervalMs: 100, logger });
    const s = socket();
    watch.track(tenant("key_a"), s);
    watch.track(null, socket());
    const gone = socket();
    gone.close(1000); // closed while its key was being checked
    watch.track(tenant("key_gone"), gone);
    await waitFor(() => keys.asked.length >= 1);
    expect(keys.asked[0]).toEqual(["key_a"]);
    s.emit("close");
    const asked = keys.asked.length;
    await watch.check();
    expect(keys.asked.length).toBe(asked);
    await watch.stop();
  });

  it("also drops revoked keys that HTTP requests left in the key cache", async () => {
    const keys = fakeStore();
    const watch = new RevocationWatch({ apiKeys: keys.store, intervalMs: 100, logger });
    keys.cached.push("key_http", "key_ok");
    keys.revoked.add("key_http");
    await waitFor(() => keys.forgotten.length > 0);
    expect(keys.asked[0]).toEqual(["key_http", "key_ok"]);
    expect(keys.forgotten).toEqual(["key_http"]);
    await watch.stop();
  });

  it("refuses a new operation of a revoked key and closes its sockets; lets others run", async () => {
    const keys = fakeStore();
    const watch = new RevocationWatch({ apiKeys: keys.store, intervalMs: 600_000, logger });
    const s = socket();
    watch.track(tenant("key_a"), s);
    expect(await watch.refusal(tenant("key_a"))).toBeNull();
    expect(await watch.refusal(null)).toBeNull();
    keys.revoked.add("key_a");
    const refused = await watch.refusal(tenant("key_a"));
    expect(refused?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(s.closedWith).toBe(REVOKED_CLOSE_CODE);
    await watch.stop();
  });

  it("stops cleanly: waits for a check under way, then never checks again", async () => {
    const keys = fakeStore();
    const watch = new RevocationWatch({ apiKeys: keys.store, intervalMs: 100, logger });
    watch.track(tenant("key_a"), socket());
    const release = keys.hold();
    await waitFor(() => keys.asked.length === 1);
    let stopped = false;
    const stopping = watch.stop().then(() => (stopped = true));
    // Nothing may happen while the check is held: a short quiet moment (it could only miss an
    // early stop on a slow machine, never fail a correct one).
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    // Three intervals in which no further check may start (a quiet period, see above).
    await new Promise((r) => setTimeout(r, 300));
    expect(keys.asked.length).toBe(1);
  });
});

describe("RevocationWatch.recheck when the key cannot be read", () => {
  it("answers DATABASE_UNAVAILABLE for a lost database connection, INTERNAL_SERVER_ERROR otherwise", async () => {
    const failWith = (error: Error) =>
      new RevocationWatch({
        apiKeys: {
          current: () => Promise.reject(error),
          cachedKeyIds: () => [],
        } as unknown as ApiKeyStore,
        intervalMs: 600_000,
        logger,
      });
    const terminated = Object.assign(
      new Error("terminating connection due to administrator command"),
      { code: "57P01" },
    );
    const lost = failWith(terminated);
    expect(await lost.refusal(tenant("key_a"))).toMatchObject([
      { extensions: { code: "DATABASE_UNAVAILABLE" } },
    ]);
    const other = failWith(new Error("something else"));
    expect(await other.refusal(tenant("key_a"))).toMatchObject([
      { extensions: { code: "INTERNAL_SERVER_ERROR" } },
    ]);
    await Promise.all([lost.stop(), other.stop()]);
  });
});
