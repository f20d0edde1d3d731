import { parseArgs } from "node:util";
import { basename, dirname, extname, join, resolve } from "node:path";
import { createKorbillClient } from "@korbill/client";
import WebSocket from "ws";
import { type ImportOptions, EXIT, runImport } from "./import.js";
import type { Io } from "./progress.js";
import { UsageError } from "./read.js";
import { writeTemplate } from "./template.js";

/** Usage of `korbill cashbills`. */
export const CASHBILLS_USAGE = `korbill cashbills — issue the day's cash receipts from a file, over the gateway's API

  korbill cashbills import FILE.csv|FILE.xlsx [--url URL] [--key KEY] [--corp CORPNUM]
                           [--dry-run] [--skip-invalid] [--result RESULT.csv] [--concurrency N]
  korbill cashbills template [FILE] [--xlsx]

  --url           the gateway's GraphQL URL (env KORBILL_URL; default http://127.0.0.1:4000/graphql)
  --key           a korbill API key (env KORBILL_API_KEY)
  --corp          the member business (10 digits) a partner key acts for
  --dry-run       validate and print the plan (rows, bulks, points needed); send nothing
  --skip-invalid  send the valid rows even if some are invalid (those go to the result file)
  --result        the result file (default: FILE.result.csv beside FILE)
  --concurrency   bulks of 100 in flight at once, 1-8 (default 2)

Running the same file again after an interruption sends only what was not recorded.`;

/** Runs `korbill cashbills ...`; returns the exit code. */
export async function runCashbills(
  argv: string[],
  io: Io,
  env: Record<string, string | undefined>,
  signal: AbortSignal,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      key: { type: "string" },
      corp: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "skip-invalid": { type: "boolean", default: false },
      result: { type: "string" },
      xlsx: { type: "boolean", default: false },
      concurrency: { type: "string", default: "2" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, file] = positionals;
  if (values.help) return (io.write(`${CASHBILLS_USAGE}\n`), EXIT.ok);
  if (command === "template") {
    const path = file ?? (values.xlsx ? "cashbills-template.xlsx" : "cashbills-template.csv");
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    await writeTemplate(path, values.xlsx || extname(path).toLowerCase() === ".xlsx", today);
    io.error(`wrote ${path}`);
    return EXIT.ok;
  }
  if (command !== "import" || !file) {
    io.error(CASHBILLS_USAGE);
    return EXIT.usage;
  }
  const apiKey = values.key ?? env.KORBILL_API_KEY;
  if (!apiKey) throw new UsageError("an API key is needed: --key or KORBILL_API_KEY");
  const url = values.url ?? env.KORBILL_URL ?? "http://127.0.0.1:4000/graphql";
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    throw new UsageError("--concurrency must be 1 to 8");
  }
  const resultFile = values.result ?? defaultResultFile(file);
  if (resolve(resultFile) === resolve(file)) {
    throw new UsageError("--result must not be the file being imported (it is read while written)");
  }
  const options: ImportOptions = {
    file,
    corp: values.corp,
    dryRun: values["dry-run"],
    skipInvalid: values["skip-invalid"],
    resultFile,
    concurrency,
  };
  // Node 20 has no global WebSocket; the subscription needs one.
  const client = createKorbillClient({
    url,
    apiKey,
    webSocketImpl: WebSocket,
    keepAliveMs: 10_000,
  });
  try {
    return await runImport(client, options, io, signal);
  } finally {
    await client.close();
  }
}

/** `day.csv` -> `day.result.csv` beside it. */
function defaultResultFile(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.result.csv`);
}
