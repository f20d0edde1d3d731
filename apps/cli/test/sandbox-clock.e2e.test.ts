import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KorbillGateway, createLogger, createServer, loadConfig } from "@korbill/gateway";
import { spawnCli } from "./gateway.js";

const DAY = 86_400_000;

describe("korbill sandbox clock", () => {
  let gateway: KorbillGateway;
  let graphqlUrl: string;
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-cli-clock-"));
  beforeAll(async () => {
    // The embedded sandbox (the clock command moves its clock), on a fresh data directory.
    const config = loadConfig({
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_PORT: "0",
      KORBILL_LOCAL_WEBHOOKS: "false",
    });
    gateway = await createServer(config, { logger: createLogger("error", () => {}) });
    graphqlUrl = `${await gateway.listen(0, "127.0.0.1")}/graphql`;
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const clock = (...args: string[]) =>
    spawnCli(["sandbox", "clock", ...args, "--url", graphqlUrl]).done;

  it("shows the sandbox time, moves it forward by a duration and refuses a bad one", async () => {
    const shown = await clock();
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.events[0]).toMatchObject({ type: "sandboxClock", timing: "seed" });
    expect(Math.abs(shown.events[0]!.aheadMs as number)).toBeLessThan(60_000);

    const moved = await clock("--advance", "1d");
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.events[0]!.aheadMs as number).toBeGreaterThanOrEqual(DAY - 60_000);
    expect(Date.parse(moved.events[0]!.now as string)).toBeGreaterThan(
      Date.parse(shown.events[0]!.now as string) + DAY - 1,
    );

    const bad = await clock("--advance", "soon");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("BAD_USER_INPUT");
  });
});
