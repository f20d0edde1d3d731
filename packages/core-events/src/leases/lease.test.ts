import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "../testing/databases.js";
import { coreEventsMigrations } from "../events/migrations.js";
import { LeaseStore } from "./lease.js";
import { runExclusive } from "./exclusive.js";

for (const engine of await testEngines()) {
  describe(`leases on ${engine}`, () => {
    let opened: Awaited<ReturnType<typeof openTestDatabase>>;
    let now = 1_000_000;
    let leases: LeaseStore;
    beforeEach(async () => {
      opened = await openTestDatabase(engine, coreEventsMigrations);
      leases = new LeaseStore(opened, () => now);
    });
    afterEach(() => opened.dispose());

    it("lets one owner hold a lease and renew it", async () => {
      expect(await leases.acquire("poller", "A", 1000)).toBe(true);
      expect(await leases.acquire("poller", "B", 1000)).toBe(false);
      now += 900;
      expect(await leases.acquire("poller", "A", 1000)).toBe(true);
      now += 900;
      expect(await leases.acquire("poller", "B", 1000)).toBe(false);
      expect(await leases.holder("poller")).toBe("A");
    });

    it("hands an expired lease to another owner", async () => {
      await leases.acquire("poller", "A", 1000);
      now += 1001;
      expect(await leases.acquire("poller", "B", 1000)).toBe(true);
      expect(await leases.acquire("poller", "A", 1000)).toBe(false);
    });

    it("frees a released lease at once", async () => {
      await leases.acquire("poller", "A", 60_000);
      await leases.release("poller", "A");
      expect(await leases.acquire("poller", "B", 1000)).toBe(true);
    });
  });

  describe(`runExclusive on ${engine}`, () => {
    it("runs the work on one runner and moves it when the holder stops renewing", async () => {
      const opened = await openTestDatabase(engine, coreEventsMigrations);
      const store = new LeaseStore(opened);
      const running = new Set<string>();
      const make = (owner: string) =>
        runExclusive({
          leases: store,
          name: "w",
          owner,
          ttlMs: 300,
          work: async (signal) => {
            running.add(owner);
            await new Promise<void>((r) => signal.addEventListener("abort", () => r()));
            running.delete(owner);
          },
        });
      const a = make("A");
      await new Promise((r) => setTimeout(r, 150));
      const b = make("B");
      await new Promise((r) => setTimeout(r, 400));
      expect([...running]).toEqual(["A"]);
      // Simulate A's death: stop its timer without releasing, by stopping and re-taking nothing.
      const started = Date.now();
      await a.stop();
      while (!running.has("B") && Date.now() - started < 3000)
        await new Promise((r) => setTimeout(r, 20));
      expect([...running]).toEqual(["B"]);
      await b.stop();
      await opened.dispose();
    });
  });
}
