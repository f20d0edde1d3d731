import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PostgresClaims } from "../src/index.js";
import { TEST_POSTGRES_URL, testEngines } from "../src/testing/databases.js";

const HOLDER = fileURLToPath(new URL("./claims-holder.mjs", import.meta.url));

describe.runIf((await testEngines()).includes("postgres"))("claims takeover", () => {
  it("frees the units of a process killed with SIGKILL for another instance at once", async () => {
    const namespace = `t_${randomBytes(5).toString("hex")}`;
    const child = spawn(process.execPath, [HOLDER, TEST_POSTGRES_URL, namespace, "u1", "u2"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const survivor = new PostgresClaims({ connectionString: TEST_POSTGRES_URL, namespace });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout!.on(
          "data",
          (c: Buffer) => c.toString().includes("HELD") && resolve(c.toString()),
        );
        child.once("exit", (code) => reject(new Error(`holder exited early (${code})`)));
      });
      expect(line.trim()).toBe("HELD u1,u2");
      expect(await survivor.claimMany(["u1", "u2", "u3"])).toEqual(new Set(["u3"]));

      const killedAt = Date.now();
      child.kill("SIGKILL");
      let held = new Set<string>();
      while (held.size < 3 && Date.now() - killedAt < 10_000) {
        held = await survivor.claimMany(["u1", "u2", "u3"]);
        await new Promise((r) => setTimeout(r, 20));
      }
      console.log(`claims takeover after SIGKILL: ${Date.now() - killedAt} ms`);
      expect(held).toEqual(new Set(["u1", "u2", "u3"]));
    } finally {
      child.kill("SIGKILL");
      await survivor.close();
    }
  }, 20_000);
});
