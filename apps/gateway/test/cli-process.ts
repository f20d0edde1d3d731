import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** What one run of the CLI printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `korbill` CLI (`node dist/cli.js`) as its own process with `env` over the
 * test's environment, as an operator would beside a running gateway.
 */
export function runCliProcess(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 45_000, // a bound for a hang: a loaded machine starts processes slowly
): Promise<CliRun> {
  const proc = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  proc.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`korbill ${args.join(" ")} did not exit in ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    proc.once("error", reject);
    proc.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The id and secret that `korbill keys create` printed. */
export function createdKey(run: CliRun): { id: string; key: string } {
  const id = /^created (key_[0-9a-f]+)/m.exec(run.stdout)?.[1];
  const key = /^key: (\S+)$/m.exec(run.stdout)?.[1];
  if (run.code !== 0 || !id || !key) {
    throw new Error(`korbill keys create failed (${run.code}):\n${run.stdout}${run.stderr}`);
  }
  return { id, key };
}
