import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_IAMPORT } from "./index.js";
import { memberToken } from "./linkhub/linkhub.test-helpers.js";

/** The built entry point (`pnpm --filter @korbill/sandbox build` first), as users start it. */
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** `count` distinct free loopback ports (all held open together, then released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve) => {
          const server = createServer().listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** The banner's last line (present before the i'mport port was settable, so old code fails fast). */
const BANNER_END = /demo members:.*\n/;

/** Spawns the standalone sandbox and resolves with its start banner. */
function startStandalone(
  env: Record<string, string>,
): Promise<{ proc: ChildProcess; banner: string }> {
  const proc = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running = proc;
  let output = "";
  return new Promise((resolve, reject) => {
    // A bound for a hang, not a speed target: a loaded machine starts processes slowly.
    const timer = setTimeout(() => reject(new Error(`no banner in 45 s:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!BANNER_END.test(output)) return;
      clearTimeout(timer);
      resolve({ proc, banner: output });
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}:\n${output}`));
    });
  });
}

function exitOf(proc: ChildProcess): Promise<number | null> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(proc.exitCode);
  return new Promise((resolve) => proc.once("exit", (code) => resolve(code)));
}

let running: ChildProcess | undefined;
afterEach(async () => {
  if (running && running.exitCode === null && running.signalCode === null) {
    running.kill("SIGKILL");
    await exitOf(running);
  }
  running = undefined;
});

/** The URL printed on the banner line that starts with `label`. */
function urlAfter(banner: string, label: string): string {
  const line = banner.split("\n").find((l) => l.trimStart().startsWith(label));
  const url = line && /(http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`no "${label}" URL in:\n${banner}`);
  return url;
}

describe("standalone sandbox (dist/main.js)", () => {
  it("listens on the three chosen ports, prints the three URLs and answers on each host", async () => {
    const [auth, popbill, iamport] = await freePorts(3);
    const { proc, banner } = await startStandalone({
      SANDBOX_AUTH_PORT: String(auth),
      SANDBOX_POPBILL_PORT: String(popbill),
      SANDBOX_IAMPORT_PORT: String(iamport),
    });

    const authUrl = urlAfter(banner, "auth host (Linkhub):");
    const popbillUrl = urlAfter(banner, "POPBiLL API host:");
    const iamportUrl = urlAfter(banner, "i'mport API host:");
    expect([authUrl, popbillUrl, iamportUrl]).toEqual([
      `http://127.0.0.1:${auth}`,
      `http://127.0.0.1:${popbill}`,
      `http://127.0.0.1:${iamport}`,
    ]);

    // Linkhub auth host: the unauthenticated time route.
    const time = await fetch(`${authUrl}/Time`);
    expect(time.status).toBe(200);
    expect(await time.text()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // POPBiLL API host: a cash-receipt route refuses a call without a token, POPBiLL style.
    const chargeInfo = await fetch(`${popbillUrl}/Cashbill/ChargeInfo`);
    expect(chargeInfo.status).toBe(401);
    expect(await chargeInfo.json()).toMatchObject({ code: expect.any(Number) });

    // i'mport host: a token for the demo merchant printed on the banner.
    const [, impKey, impSecret] = /imp_key (\S+)\s+imp_secret (\S+)/.exec(banner) ?? [];
    expect({ impKey, impSecret }).toEqual(DEMO_IAMPORT);
    const token = await fetch(`${iamportUrl}/users/getToken`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ imp_key: impKey, imp_secret: impSecret }),
    });
    expect(token.status).toBe(200);
    const body = (await token.json()) as { code: number; response: { access_token: string } };
    expect(body.code).toBe(0);
    expect(body.response.access_token).toMatch(/\S/);

    proc.kill("SIGTERM");
    expect(await exitOf(proc)).toBe(0);
  });

  it("builds page URLs from SANDBOX_PUBLIC_POPBILL_URL and refuses a malformed one", async () => {
    const { proc, banner } = await startStandalone({
      SANDBOX_PUBLIC_POPBILL_URL: "https://popbill.sandbox.example.test",
      SANDBOX_MAX_CLOCK_SKEW_MS: String(10 ** 11), // the helper signs at its fixed test date
    });
    const authUrl = urlAfter(banner, "auth host (Linkhub):");
    const popbillUrl = urlAfter(banner, "POPBiLL API host:");
    const token = await memberToken(authUrl);
    const reply = await fetch(`${popbillUrl}/Member?TG=CHRG`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(((await reply.json()) as { url: string }).url).toMatch(
      /^https:\/\/popbill\.sandbox\.example\.test\/__pages\//,
    );
    proc.kill("SIGTERM");
    expect(await exitOf(proc)).toBe(0);
    await expect(startStandalone({ SANDBOX_PUBLIC_AUTH_URL: "ftp://x" })).rejects.toThrow(
      /SANDBOX_PUBLIC_AUTH_URL must be/,
    );
  });

  it("names every bad variable at once, the filing schedule and ServiceID among them", async () => {
    const refused = startStandalone({
      SANDBOX_IAMPORT_PORT: "eighty",
      SANDBOX_FILING_SCHEDULE: "weekly",
      SANDBOX_POPBILL_SERVICE_ID: "POPBILL_PROD",
      SANDBOX_DEPOSIT_CONFIRM_MS: "soon",
    });
    await expect(refused).rejects.toThrow(
      /SANDBOX_IAMPORT_PORT must be .*SANDBOX_FILING_SCHEDULE must be fast or popbill, got "weekly".*SANDBOX_POPBILL_SERVICE_ID must be POPBILL or POPBILL_TEST.*SANDBOX_DEPOSIT_CONFIRM_MS must be/,
    );
    await expect(refused).rejects.not.toThrow(/\n\s+at /);
  });

  it("refuses a port that is not a whole number, naming the variable", async () => {
    const refused = startStandalone({ SANDBOX_IAMPORT_PORT: "eighty" });
    await expect(refused).rejects.toThrow(/korbill sandbox: SANDBOX_IAMPORT_PORT must be/);
    await expect(refused).rejects.not.toThrow(/\n\s+at /); // one line, no stack
  });
});
