import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built standalone entry point (`pnpm --filter @korbill/sandbox build` first). */
const MAIN = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

/** A running standalone sandbox (`korbill-sandbox`) and the three URLs it printed. */
export interface Standalone {
  readonly proc: ChildProcess;
  readonly authUrl: string;
  readonly popbillUrl: string;
  readonly iamportUrl: string;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<void>;
}

function urlAfter(banner: string, label: string): string {
  const line = banner.split("\n").find((l) => l.trimStart().startsWith(label));
  const url = line && /(http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`no "${label}" URL in:\n${banner}`);
  return url;
}

/** Spawns `node dist/main.js` on random ports with `env` and reads the URLs off its banner. */
export function startStandalone(env: Record<string, string> = {}): Promise<Standalone> {
  const proc = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`no banner in 45 s:\n${output}`));
    }, 45_000); // a bound for a hang: a loaded machine starts processes slowly
    proc.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!/demo members:.*\n/.test(output)) return;
      clearTimeout(timer);
      resolve({
        proc,
        authUrl: urlAfter(output, "auth host (Linkhub):"),
        popbillUrl: urlAfter(output, "POPBiLL API host:"),
        iamportUrl: urlAfter(output, "i'mport API host:"),
        stop: async () => {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
          await exited;
        },
      });
    });
    proc.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}:\n${output}`));
    });
  });
}

/** Polls `check` every 50 ms until it returns a value other than undefined, or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  ms: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Today in KST as `yyyyMMdd`. */
export function kstToday(offsetDays = 0): string {
  const ms = Date.now() + 9 * 3_600_000 + offsetDays * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10).replaceAll("-", "");
}
