import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEMO_KEYS, createLogger, createServer, loadConfig } from "@korbill/gateway";

/** The bench measures the gateway's throughput, not its per-key rate limits. */
const NO_RATE_LIMITS = {
  KORBILL_RATE_LIMIT_MEMBER_OPS: "off",
  KORBILL_RATE_LIMIT_MEMBER_UPSTREAM: "off",
  KORBILL_RATE_LIMIT_PARTNER_OPS: "off",
  KORBILL_RATE_LIMIT_PARTNER_UPSTREAM: "off",
};

export { DEMO_KEYS };

/** Where a gateway answers. */
export interface GatewayUrls {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
}

/** A gateway the bench started; `close()` also removes its data directory. */
export interface BenchGateway extends GatewayUrls {
  close(): Promise<void>;
}

function urlsOf(url: string): GatewayUrls {
  return { url, graphqlUrl: `${url}/graphql`, wsUrl: `${url.replace(/^http/, "ws")}/graphql` };
}

/**
 * The gateway inside this process (local stage, fresh SQLite file, logs at `error`), with
 * `env` on top: without upstream URLs it embeds its own sandbox.
 */
export async function startGateway(env: Record<string, string> = {}): Promise<BenchGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-bench-"));
  const config = loadConfig({
    KORBILL_STAGE: "local",
    KORBILL_DATA_DIR: dataDir,
    KORBILL_PORT: "0",
    KORBILL_LOG_LEVEL: "error",
    KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
    ...NO_RATE_LIMITS,
    ...env,
  });
  const gateway = await createServer(config, { logger: createLogger("error") });
  const url = await gateway.listen(0, "127.0.0.1");
  return {
    ...urlsOf(url),
    async close() {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A gateway running as its own OS process (`node apps/gateway/dist/main.js`). */
export interface GatewayProcess extends BenchGateway {
  pid: number;
  /** Resident set size now, from `/proc/<pid>/status`, in KiB. */
  rssKiB(): number;
}

/** The built gateway entry point (`apps/gateway/dist/main.js`). */
function gatewayMainPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@korbill/gateway")), "main.js");
}

/** Reads `VmRSS` of a process in KiB. */
export function rssKiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]);
}

/**
 * CPU time (user + system) a process has used so far, in ms, from `/proc/<pid>/stat`
 * (clock ticks of 10 ms, the Linux default `CLK_TCK` of 100).
 */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Starts counting CPU time: of this process (`bench`) and of each group of processes (one pid
 * or several, summed). The call returns the ms each used since.
 */
export function cpuMeter(
  groups: Record<string, number | readonly number[]>,
): () => Record<string, number> {
  const msOf = (group: number | readonly number[]) =>
    (typeof group === "number" ? [group] : group).reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const before = Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, msOf(g)]));
  const own = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(own);
    const out: Record<string, number> = { bench: Math.round((used.user + used.system) / 1000) };
    for (const [k, group] of Object.entries(groups)) out[k] = msOf(group) - before[k]!;
    return out;
  };
}

/** Starts `node apps/gateway/dist/main.js` with `KORBILL_PORT=0` and waits for its URL. */
export async function spawnGateway(
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<GatewayProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "korbill-bench-"));
  // BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of each gateway process on exit.
  const profile = process.env.BENCH_PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const proc = spawn(process.execPath, [...profile, gatewayMainPath()], {
    env: {
      ...process.env,
      KORBILL_STAGE: "local",
      KORBILL_PORT: "0",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_LOG_LEVEL: "warn",
      KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
      ...NO_RATE_LIMITS,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await waitForUrl(proc, timeoutMs);
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null) resolve();
    else proc.once("exit", () => resolve());
  });
  return {
    ...urlsOf(url),
    pid: proc.pid!,
    rssKiB: () => rssKiBOf(proc.pid!),
    async close() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      const killer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(proc: ChildProcess, timeoutMs: number): Promise<string> {
  const output: string[] = [];
  let started = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`gateway did not start in ${timeoutMs} ms:\n${output.join("")}`));
    }, timeoutMs);
    proc.stdout!.on("data", (chunk: Buffer) => {
      if (started) return; // keep draining the pipe so the child never blocks on it
      output.push(chunk.toString());
      const m = /GraphQL \(HTTP \+ graphql-ws\)\s+(http:\/\/\S+)\/graphql/.exec(output.join(""));
      if (!m) return;
      clearTimeout(timer);
      started = true;
      resolve(m[1]!);
    });
    proc.stderr!.on("data", (chunk: Buffer) => {
      // Keep the last lines for an error message; warnings are not fatal.
      output.push(chunk.toString());
      if (output.length > 200) output.splice(0, output.length - 200);
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code} before starting:\n${output.join("")}`));
    });
  });
}
