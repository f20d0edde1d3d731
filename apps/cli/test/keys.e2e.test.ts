import { describe, expect, it } from "vitest";
import { spawnCli, tempDir } from "./gateway.js";

describe("korbill keys through the korbill command", () => {
  it("creates and lists a key on the gateway's database, as before", async () => {
    const data = tempDir();
    try {
      const env = { KORBILL_STAGE: "local", KORBILL_DATA_DIR: data.dir };
      const created = await spawnCli(
        ["keys", "create", "--name", "shop", "--kind", "member", "--corp", "1234567890"],
        env,
      ).done;
      expect(created.code, created.stderr).toBe(0);
      const id = /^created (key_[0-9a-f]+)/m.exec(created.stdout)?.[1];
      expect(created.stdout).toMatch(/^key: kb_local_/m);
      const listed = await spawnCli(["keys", "list"], env).done;
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain(id);
    } finally {
      data.remove();
    }
  });
});
