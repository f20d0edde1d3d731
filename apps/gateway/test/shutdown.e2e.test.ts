import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/index.js";
import { postGraphql, processTimeout, spawnGateway } from "./processes.js";

describe("the gateway process on SIGTERM and SIGINT", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // Waits for conditions only (listening, answered, exited): a slow machine makes it slower.
    it(
      `drains and closes its database, then exits 0 (${signal})`,
      {
        timeout: processTimeout(),
      },
      async () => {
        const dataDir = mkdtempSync(join(tmpdir(), "korbill-shutdown-"));
        dirs.push(dataDir);
        // NODE_ENV as deployed: under "test" (vitest's), Apollo Server installs no signal
        // handlers of its own, and its handler was what cut the drain short.
        const gateway = await spawnGateway({
          NODE_ENV: "production",
          KORBILL_STAGE: "local",
          KORBILL_DATA_DIR: dataDir,
          KORBILL_LOG_LEVEL: "info",
        });
        // Something written, so that the WAL holds pages until the database is closed.
        const r = await postGraphql(gateway.graphqlUrl, DEMO_KEYS.member, "{ points { balance } }");
        expect(r.errors).toBeUndefined();
        await gateway.kill(signal);
        expect(gateway.proc.signalCode).toBeNull();
        expect(gateway.proc.exitCode).toBe(0);
        // The shutdown messages are JSON log lines like every other (issue 20).
        const logged = gateway.stderr
          .join("")
          .split("\n")
          .filter((l) => l.trim() !== "")
          .map((l) => JSON.parse(l) as { msg: string; level: string });
        expect(logged).toContainEqual(
          expect.objectContaining({ msg: `received ${signal}, draining`, level: "info" }),
        );
        expect(logged).toContainEqual(expect.objectContaining({ msg: "stopped", level: "info" }));
        // The last connection to close checkpoints the WAL and removes it.
        const db = readdirSync(dataDir).find((f) => f.endsWith(".db"));
        expect(db).toBeDefined();
        expect(existsSync(join(dataDir, `${db!}-wal`))).toBe(false);
      },
    );
  }
});
