import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** A gateway running as its own OS process (the built `dist/main.js`). */
export interface GatewayProcess {
  proc: ChildProcess;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  output: string[];
  /** What it wrote to stderr only (its JSON log lines and anything else). */
  stderr: string[];
  /** Kills with `signal` and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * How long a gateway process may take to start (or to stop by itself). A hang is still a
 * failure, but this is no speed target: on a loaded machine (load average 25 on 2 cores) the
 * built gateway took 18 s from spawn to listening, where it takes about 1 s idle. Tests that
 * spawn gateways allow this per process on top of their own work (see `processTimeout`).
 */
export const PROCESS_START_MS = 90_000;

/** A test or hook timeout for work that starts `processes` gateway processes one by one. */
export function processTimeout(processes = 1): number {
  return processes * PROCESS_START_MS + 60_000;
}

/**
 * Starts `node dist/main.js` with `env` (an `undefined` value removes that variable) and
 * resolves once it prints its GraphQL URL.
 */
export function spawnGateway(
  env: Record<string, string | undefined>,
  timeoutMs = PROCESS_START_MS,
): Promise<GatewayProcess> {
  const proc = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      KORBILL_PORT: "0",
      KORBILL_LOG_LEVEL: "warn",
      KORBILL_SANDBOX_TIMING: "demo", // filing results within seconds
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`gateway did not start in ${timeoutMs} ms:\n${output.join("")}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /GraphQL \(HTTP \+ graphql-ws\)\s+(http:\/\/\S+)\/graphql/.exec(output.join(""));
      if (!m) return;
      clearTimeout(timer);
      const url = m[1]!;
      resolve({
        proc,
        url,
        graphqlUrl: `${url}/graphql`,
        wsUrl: `${url.replace(/^http/, "ws")}/graphql`,
        output,
        stderr,
        async kill(signal = "SIGTERM") {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          await exited;
        },
      });
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", (c: Buffer) => {
      output.push(c.toString());
      stderr.push(c.toString());
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code} before starting:\n${output.join("")}`));
    });
  });
}

/** POSTs a GraphQL operation. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}
