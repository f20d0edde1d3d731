import { KorbillError } from "@korbill/client";
import { CASHBILLS_USAGE, runCashbills } from "./cashbills/command.js";
import type { Io } from "./cashbills/progress.js";
import { UsageError } from "./cashbills/read.js";
import { runSandbox } from "./sandbox/clock.js";

const USAGE = `korbill — the korbill command

  korbill keys ...        manage API keys on the gateway's database (korbill keys --help)
  korbill cashbills ...   issue cash receipts from a CSV/Excel file over the API
  korbill reset --yes     delete the local stage's data (gateway database, sandbox state)
  korbill sandbox clock   show or move the local stage's sandbox clock (korbill sandbox --help)

${CASHBILLS_USAGE}`;

/** The process's standard streams as an {@link Io}. */
function processIo(): Io {
  return {
    write: (text) => void process.stdout.write(text),
    error: (line) => console.error(line),
    isTTY: process.stdout.isTTY === true,
  };
}

/**
 * Runs one `korbill` command; returns the exit code. `keys` is the gateway's own CLI (it opens
 * the gateway's database, so it runs where the gateway's configuration is); `cashbills` talks
 * to a gateway over its public GraphQL API only, so it works against a remote one.
 */
export async function runKorbill(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  signal: AbortSignal = new AbortController().signal,
  io: Io = processIo(),
): Promise<number> {
  const [group, ...rest] = argv;
  if (group === "keys" || group === "reset") {
    // Loaded only here: the import command needs none of the gateway's server code.
    const { runCli } = await import("@korbill/gateway/cli");
    return runCli(argv, (line) => io.write(`${line}\n`), env);
  }
  if (group === "cashbills") {
    try {
      return await runCashbills(rest, io, env, signal);
    } catch (error) {
      if (error instanceof UsageError) return (io.error(error.message), 2);
      if (error instanceof KorbillError) return (io.error(`${error.code}: ${error.message}`), 1);
      throw error;
    }
  }
  if (group === "sandbox") return runSandbox(rest, io, env);
  if (group === "--help" || group === "-h") return (io.write(`${USAGE}\n`), 0);
  io.error(USAGE);
  return 2;
}
