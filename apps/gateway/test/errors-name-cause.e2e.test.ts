import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type Server, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";
import { PROCESS_START_MS, processTimeout } from "./processes.js";

/**
 * Issue 20 point 4: a failure an operator causes (a port in use, a data directory that cannot
 * be written, a subscription sent to the HTTP endpoint) is answered by one line that names the
 * cause, not by a library's stack or a hang.
 */

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

interface Exited {
  code: number | null;
  /** Non-empty lines of stdout and stderr together. */
  lines: string[];
}

/**
 * Runs the built gateway expecting it to exit by itself within `timeoutMs` (a hang fails; a
 * loaded machine that is slow to load the gateway's modules does not).
 */
function runToExit(
  env: Record<string, string | undefined>,
  timeoutMs = PROCESS_START_MS,
): Promise<Exited> {
  const proc = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      KORBILL_STAGE: "local",
      KORBILL_HOST: "127.0.0.1",
      KORBILL_PORT: "0",
      KORBILL_LOG_LEVEL: "warn",
      // The data directory is only used by SQLite; a PostgreSQL URL from the outer run must
      // not hide what these tests look at.
      KORBILL_DATABASE_URL: undefined,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (c: Buffer) => (output += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`gateway still running after ${timeoutMs} ms; output:\n${output}`));
    }, timeoutMs);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, lines: output.split("\n").filter((l) => l.trim() !== "") });
    });
  });
}

/** The output is JSON lines only, exactly one of them at level error; returns that one. */
function theOneErrorLine(exited: Exited): { msg: string } & Record<string, unknown> {
  const parsed = exited.lines.map((line) => {
    try {
      return JSON.parse(line) as { level?: string; msg: string };
    } catch {
      throw new Error(`not a JSON log line: ${line}\nall output:\n${exited.lines.join("\n")}`);
    }
  });
  const errors = parsed.filter((p) => p.level === "error");
  expect(errors, exited.lines.join("\n")).toHaveLength(1);
  expect(exited.lines.join("\n")).not.toMatch(/\n?\s+at \S+ \(|Internal error emitted/);
  return errors[0]!;
}

describe("the gateway process names what stops it from starting", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "korbill-cause-"));
    dirs.push(dir);
    return dir;
  };
  let occupied: Server | undefined;
  afterAll(async () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => (occupied ? occupied.close(resolve) : resolve(undefined)));
  });

  it(
    "exits 1 with one JSON line naming host:port when the port is in use",
    { timeout: processTimeout() },
    async () => {
      occupied = createNetServer();
      await new Promise<void>((resolve) => occupied!.listen(0, "127.0.0.1", resolve));
      const { port } = occupied.address() as { port: number };

      const exited = await runToExit({ KORBILL_PORT: String(port), KORBILL_DATA_DIR: tempDir() });

      expect(exited.code).toBe(1);
      const line = theOneErrorLine(exited);
      expect(line.msg).toContain(`127.0.0.1:${port}`);
      expect(line.msg).toMatch(/already in use/);
    },
  );

  it(
    "exits 1 at once naming KORBILL_DATA_DIR when it cannot be created (no hang)",
    { timeout: processTimeout() },
    async () => {
      // mkdir under /proc fails with ENOENT although the parent exists: Node 20's recursive mkdir
      // loops on that for ever, which is how an unusable data directory hung the gateway.
      const dir = `/proc/korbill-${randomUUID()}/data`;

      const exited = await runToExit({ KORBILL_DATA_DIR: dir });

      expect(exited.code).toBe(1);
      const line = theOneErrorLine(exited);
      expect(line.msg).toContain("KORBILL_DATA_DIR");
      expect(line.msg).toContain(dir);
    },
  );

  it(
    "exits 1 naming KORBILL_DATA_DIR when a file stands in its way",
    { timeout: processTimeout() },
    async () => {
      const file = join(tempDir(), "a-file");
      writeFileSync(file, "not a directory");
      const dir = join(file, "data");

      const exited = await runToExit({ KORBILL_DATA_DIR: dir });

      expect(exited.code).toBe(1);
      const line = theOneErrorLine(exited);
      expect(line.msg).toContain("KORBILL_DATA_DIR");
      expect(line.msg).toContain(dir);
    },
  );
});

describe("a subscription sent over HTTP", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it("is a client error pointing at the WebSocket endpoint, not an internal one", async () => {
    const { status, body } = await gw.gql(
      "subscription Events { cashbillEvents { __typename } }",
      {},
      DEMO_KEYS.member,
    );

    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe("BAD_REQUEST");
    expect(body.errors![0]!.message).toContain(`served over WebSocket at ${gw.wsUrl}`);
    const loud = gw.logs.filter((line) => /"level":"(warn|error)"/.test(line));
    expect(loud).toEqual([]);
  });
});
