import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEMO_KEYS, spawnGateway } from "../lib/gateway.js";
import { gatewayEnvFor, sendWebhooksTo, startSandbox } from "../lib/sandbox.js";
import { type BulkParams, runFloor } from "./bulk-runs.js";
import { type Mode, type Scenario, ratio } from "./types.js";

/** Rows of the imported file: 10,000 in a full run (issue 21 point 3, issue 24 point 7). */
function rowsOf(mode: Mode): number {
  return mode === "quick" ? 300 : 10_000;
}

/**
 * The same upstream as the bulk pipeline (20 ms per POPBiLL request, 1 s per bulk, filing on
 * POPBiLL's overnight schedule, 1 point per receipt), with the CLI's bulks in flight.
 */
function params(mode: Mode): BulkParams {
  return {
    bulks: rowsOf(mode) / 100,
    perBulk: 100,
    concurrency: 4,
    popbillLatencyMs: 20,
    settings: { bulkAcceptToProcessingMs: 200, bulkProcessingMs: 800, cashbillUnitCost: 1 },
    timeoutMs: mode === "quick" ? 60_000 : 300_000,
  };
}

/** The built `korbill` command (`apps/cli/dist/main.js`). */
function cliMainPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@korbill/cli")), "main.js");
}

const HEADERS =
  "거래일자,거래구분,용도,과세형태,공급가액,부가세,봉사료,합계금액,식별번호,고객명,상품명,주문번호";

/**
 * A day's POS export of `rows` rows with Korean headers and thousands separators, dated now
 * (an empty 거래일자), order numbers `${run}-<n>`.
 */
async function writeDayCsv(path: string, run: string, rows: number): Promise<void> {
  const out = createWriteStream(path, "utf8");
  out.write(`${HEADERS}\n`);
  for (let i = 0; i < rows; i++) {
    const supply = 1000 + (i % 50) * 100;
    const tax = supply / 10;
    const line = `,승인거래,소득공제용,과세,"${supply.toLocaleString("en-US")}","${tax.toLocaleString("en-US")}",0,"${(supply + tax).toLocaleString("en-US")}",010-1234-5678,홍길동,상품 ${i},${run}-${i}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** One run of `korbill cashbills import` as an operator starts it; resolves with its timing. */
async function runCli(args: string[], timeoutMs: number) {
  const startedAt = performance.now();
  const proc = spawn(process.execPath, [cliMainPath(), "cashbills", "import", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, KORBILL_URL: "", KORBILL_API_KEY: "" },
  });
  let stdout = "";
  let stderr = "";
  // When each JSON line's event first appeared (ms after the start), for the details.
  const firstAt: Record<string, number> = {};
  const lastAt: Record<string, number> = {};
  proc.stdout.on("data", (c: Buffer) => {
    const text = c.toString();
    stdout += text;
    for (const m of text.matchAll(/"event":"(\w+)"/g)) {
      const at = Math.round(performance.now() - startedAt);
      firstAt[m[1]!] ??= at;
      lastAt[m[1]!] = at;
    }
  });
  proc.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs);
  const [code] = (await once(proc, "exit")) as [number | null];
  clearTimeout(timer);
  const ms = performance.now() - startedAt;
  const lines = stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { event: string } & Record<string, unknown>);
  const summary = lines.findLast((l) => l.event === "summary");
  if (code !== 0 || !summary)
    throw new Error(`import exited with ${code}:\n${stderr}\n${stdout.slice(-2000)}`);
  return {
    ms,
    summary,
    firstAt,
    lastAt,
    bulks: lines.filter((l) => l.event === "bulkDone").length,
  };
}

/** ISSUED rows of a result file (its `결과` column is the first of the added ones). */
function issuedRows(resultFile: string): number {
  return readFileSync(resultFile, "utf8")
    .split("\n")
    .filter((l) => l.includes(",ISSUED,")).length;
}

/**
 * Day-end import: a CSV of 10,000 rows through `korbill cashbills import` (its own process,
 * JSON-lines output, `--concurrency 4`) against a gateway process on a sandbox, from the
 * command's start to its exit (every row's issuance result in the result file), against the
 * bulk pipeline's floor for the same receipts measured in the same run. Neither side includes
 * the NTS filing results: on POPBiLL's schedule they come the next day, and the command notes
 * them when they arrive rather than waiting for them.
 */
export const dayImport: Scenario = {
  id: "day-import",
  title: "Day-end import (CLI)",
  async run(mode) {
    const p = params(mode);
    const rows = rowsOf(mode);
    const dir = mkdtempSync(join(tmpdir(), "korbill-bench-import-"));
    const run = `I${Date.now().toString(36).toUpperCase()}`;
    try {
      const sandbox = await startSandbox({
        settings: p.settings,
        popbillLatencyMs: p.popbillLatencyMs,
      });
      const gateway = await spawnGateway({
        ...gatewayEnvFor(sandbox),
        KORBILL_FILING_CHECK_MS: "600000",
      });
      let cli;
      let warm;
      try {
        sendWebhooksTo(sandbox, gateway.url);
        const common = ["--url", gateway.graphqlUrl, "--key", DEMO_KEYS.member];
        // Warm-up: one bulk through the same command, so that the measured run meets a
        // running gateway (the bulk pipeline's korbill side warms up with one bulk too).
        const warmFile = join(dir, "warm.csv");
        await writeDayCsv(warmFile, `${run}W`, 100);
        warm = await runCli([warmFile, ...common], p.timeoutMs);
        const file = join(dir, "day.csv");
        await writeDayCsv(file, run, rows);
        const resultFile = join(dir, "day.result.csv");
        cli = await runCli(
          [file, ...common, "--concurrency", String(p.concurrency), "--result", resultFile],
          p.timeoutMs,
        );
        const issued = issuedRows(resultFile);
        if (cli.summary.issued !== rows || issued !== rows)
          throw new Error(
            `issued ${String(cli.summary.issued)} (result file: ${issued}) of ${rows}`,
          );
      } finally {
        sandbox.webhooks.disable();
        await gateway.close();
        await sandbox.stop();
      }
      // The floor after korbill's run: the in-process sandbox code is compiled by then.
      const floor = await runFloor(p);
      const vsFloor = ratio(cli.ms, floor.ms);
      return {
        params: { ...p, rows },
        rows: [
          {
            measure: `${rows.toLocaleString("en-US")}-row CSV → import CLI done (every row's result)`,
            value: cli.ms / 1000,
            unit: "s",
            baseline: { label: "bulk-pipeline floor", value: floor.ms / 1000 },
            ratio: vsFloor,
            ratioLabel: "× floor",
            target: { text: "≤ 1.3× floor", pass: vsFloor <= 1.3 },
          },
        ],
        details: {
          cli: {
            ms: Math.round(cli.ms),
            bulks: cli.bulks,
            firstEventAtMs: cli.firstAt,
            lastEventAtMs: cli.lastAt,
            summary: cli.summary,
          },
          warmUpMs: Math.round(warm.ms),
          floor,
          pastFloorMs: Math.round(cli.ms - floor.ms),
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
