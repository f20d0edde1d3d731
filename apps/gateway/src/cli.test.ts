import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./cli.js";

describe("korbill keys CLI", () => {
  const env = {
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: mkdtempSync(join(tmpdir(), "korbill-cli-")),
  };
  afterAll(() => rmSync(env.KORBILL_DATA_DIR, { recursive: true, force: true }));

  it("creates, lists and revokes keys, showing the secret only at creation", async () => {
    const out: string[] = [];
    expect(
      await runCli(
        [
          "keys",
          "create",
          "--name",
          "shop",
          "--kind",
          "member",
          "--corp",
          "123-45-67890",
          "--user",
          "u1",
        ],
        (l) => out.push(l),
        env,
      ),
    ).toBe(0);
    const key = out.find((l) => l.startsWith("key: "))!.slice(5);
    const id = /^created (key_[0-9a-f]+)/.exec(out[0]!)![1]!;
    expect(key).toMatch(/^kb_local_/);

    const listed: string[] = [];
    await runCli(["keys", "list"], (l) => listed.push(l), env);
    expect(listed.join("\n")).toContain(id);
    expect(listed.join("\n")).toContain("1234567890");
    expect(listed.join("\n")).not.toContain(key);

    const revoked: string[] = [];
    expect(await runCli(["keys", "revoke", id], (l) => revoked.push(l), env)).toBe(0);
    expect(await runCli(["keys", "revoke", id], () => undefined, env)).toBe(1);
    const after: string[] = [];
    await runCli(["keys", "list"], (l) => after.push(l), env);
    expect(after.join("\n")).toMatch(/revoked/);
  });

  it("sets a key's rate limits, shows them in the list and puts them back to the defaults", async () => {
    const out: string[] = [];
    const create = ["keys", "create", "--name", "busy", "--corp", "1234567890"];
    await runCli(create, (l) => out.push(l), env);
    const id = /^created (key_[0-9a-f]+)/.exec(out[0]!)![1]!;
    const limit = ["keys", "limit", id, "--ops-per-second", "5", "--upstream-burst", "9"];
    expect(await runCli(limit, () => undefined, env)).toBe(0);
    const listed: string[] = [];
    await runCli(["keys", "list"], (l) => listed.push(l), env);
    expect(listed.find((l) => l.startsWith(id))).toMatch(/ops-per-second 5, upstream-burst 9/);
    expect(await runCli(["keys", "limit", id, "--default"], () => undefined, env)).toBe(0);
    const after: string[] = [];
    await runCli(["keys", "list"], (l) => after.push(l), env);
    expect(after.find((l) => l.startsWith(id))).not.toMatch(/limits/);
    await expect(
      runCli(["keys", "limit", id, "--ops-per-second", "0"], () => undefined, env),
    ).rejects.toThrow(/positive integer/);
    expect(
      await runCli(["keys", "limit", "key_nope", "--ops-burst", "3"], () => undefined, env),
    ).toBe(1);
  });

  it("refuses a member key without a corpNum", async () => {
    await expect(
      runCli(["keys", "create", "--name", "x", "--kind", "member"], () => undefined, env),
    ).rejects.toThrow(/at least one corpNum/);
  });

  it("prints usage for an unknown command", async () => {
    const out: string[] = [];
    expect(await runCli(["nope"], (l) => out.push(l), env)).toBe(2);
    expect(out[0]).toMatch(/korbill keys create/);
  });
});
