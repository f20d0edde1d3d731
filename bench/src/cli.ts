/**
 * The bench's command line (started by `main.ts`): runs the scenarios one after the other,
 * prints one table of figures and ratios, and writes them as JSON
 * (default `results/latest.json`). Targets are printed as PASS/FAIL; the exit code is 0
 * whether they pass or not, and 1 only when a scenario could not complete.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type BenchReport, formatTable, loadAverage, machineInfo, writeReport } from "./report.js";
import { SCENARIOS } from "./scenarios/index.js";
import { nowMs } from "./lib/stats.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string" },
  },
  allowPositionals: true,
});
const mode = values.quick ? "quick" : "full";
const only = values.only?.split(",").map((s) => s.trim());
const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
if (unknown.length) {
  console.error(
    `unknown scenario(s): ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`,
  );
  process.exit(2);
}
const out = values.out ?? fileURLToPath(new URL("../results/latest.json", import.meta.url));

const report: BenchReport = { mode, machine: machineInfo(), scenarios: [], failures: [] };
for (const scenario of SCENARIOS) {
  if (only && !only.includes(scenario.id)) continue;
  console.error(`[bench] ${scenario.id} (${mode})…`);
  const started = nowMs();
  try {
    const outcome = await scenario.run(mode);
    const durationMs = nowMs() - started;
    report.scenarios.push({ id: scenario.id, title: scenario.title, ...outcome, durationMs });
    console.error(`[bench] ${scenario.id} done in ${(durationMs / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[bench] ${scenario.id} failed: ${message}`);
    report.failures.push({ id: scenario.id, error: message });
  }
}
report.machine.loadAvgEnd = loadAverage();
writeReport(out, report);
const m = report.machine;
console.log(
  `\nkorbill bench (${mode}) — ${m.nproc} cores, ${m.cpuModel}, ${m.memTotalGiB} GiB, Node ${m.node} (NODE_ENV=${m.nodeEnv}), ` +
    `${m.date}, load average ${m.loadAvgStart} at start / ${m.loadAvgEnd} at end\n`,
);
console.log(formatTable(report));
console.log(
  "\nratio = korbill ÷ baseline, except “× faster” and “× fewer” (baseline ÷ korbill). " +
    "Targets are checked by the bench; no test asserts them.",
);
console.log(`\nfigures: ${out}`);
process.exit(report.failures.length ? 1 : 0);
