import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LeaseStore, coreEventsMigrations, runExclusive } from "../src/index.js";
import { openTestDatabase, testEngines } from "../src/testing/databases.js";

const HOLDER = fileURLToPath(new URL("./lease-holder.mjs", import.meta.url));
const TTL = 1_000;

for (const engine of await testEngines()) {
  describe(`lease takeover on ${engine}`, () => {
    it("takes over a lease held by a killed process within ttl + one renewal tick", async () => {
      const opened = await openTestDatabase(engine, coreEventsMigrations);
      const child = spawn(
        process.execPath,
        [HOLDER, JSON.stringify(opened.config), "bulk-poller", String(TTL)],
        {
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on("data", (c: Buffer) => c.toString().includes("HELD") && resolve());
          child.once("exit", (code) => reject(new Error(`holder exited early (${code})`)));
        });
        const store = new LeaseStore(opened);
        let tookOverAt = 0;
        const runner = runExclusive({
          leases: store,
          name: "bulk-poller",
          owner: "survivor",
          ttlMs: TTL,
          work: async (signal) => {
            tookOverAt = Date.now();
            await new Promise((r) => signal.addEventListener("abort", r));
          },
        });
        await new Promise((r) => setTimeout(r, TTL * 1.5));
        expect(tookOverAt).toBe(0); // the live holder keeps renewing
        expect(await store.holder("bulk-poller")).toBe("child");

        const killedAt = Date.now();
        child.kill("SIGKILL");
        while (!tookOverAt && Date.now() - killedAt < TTL * 5)
          await new Promise((r) => setTimeout(r, 20));
        const takeoverMs = tookOverAt - killedAt;
        console.log(`lease takeover after SIGKILL on ${engine}: ${takeoverMs} ms (ttl ${TTL} ms)`);
        expect(tookOverAt).toBeGreaterThan(0);
        // Bound: the lease expires at most TTL after the holder's last renewal, and the
        // survivor retries every TTL/3.
        expect(takeoverMs).toBeLessThanOrEqual(TTL + TTL / 3 + 250);
        expect(await store.holder("bulk-poller")).toBe("survivor");
        await runner.stop();
      } finally {
        child.kill("SIGKILL");
        await opened.dispose();
      }
    }, 20_000);
  });
}
