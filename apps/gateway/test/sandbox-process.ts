import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The built standalone sandbox (bin `korbill-sandbox`) beside the package's entry point.
const MAIN = join(dirname(createRequire(import.meta.url).resolve("@korbill/sandbox")), "main.js");

/** The standalone sandbox running as its own OS process. */
export interface SandboxProcess {
  proc: ChildProcess;
  authUrl: string;
  popbillUrl: string;
  iamportUrl: string;
  output: string[];
  /** Calls its control API (`/__sandbox/...` on the auth host) and returns the JSON answer. */
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** Stops it with `signal` and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node packages/sandbox/dist/main.js` with `env` over the test's environment (every
 * port 0 unless set) and resolves once it has printed its three URLs.
 */
export function spawnSandbox(
  env: Record<string, string> = {},
  timeoutMs = 45_000, // a bound for a hang: a loaded machine starts processes slowly
): Promise<SandboxProcess> {
  const proc = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      SANDBOX_AUTH_PORT: "0",
      SANDBOX_POPBILL_PORT: "0",
      SANDBOX_IAMPORT_PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`sandbox did not start in ${timeoutMs} ms:\n${output.join("")}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const text = output.join("");
      const url = (label: string) =>
        new RegExp(`${label}\\s+(http://\\S+)`).exec(text)?.[1] ?? null;
      const authUrl = url("auth host \\(Linkhub\\):");
      const popbillUrl = url("POPBiLL API host:");
      const iamportUrl = url("i'mport API host:");
      if (!authUrl || !popbillUrl || !iamportUrl) return;
      clearTimeout(timer);
      proc.stdout!.off("data", onData);
      proc.stdout!.on("data", (c: Buffer) => output.push(c.toString()));
      resolve({
        proc,
        authUrl,
        popbillUrl,
        iamportUrl,
        output,
        async control<T>(method: string, path: string, body?: unknown) {
          const res = await fetch(`${authUrl}/__sandbox${path}`, {
            method,
            headers: body === undefined ? {} : { "content-type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          if (!res.ok)
            throw new Error(`sandbox ${method} ${path}: ${res.status} ${await res.text()}`);
          return (await res.json()) as T;
        },
        async kill(signal = "SIGTERM") {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          await exited;
        },
      });
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code} before starting:\n${output.join("")}`));
    });
  });
}
