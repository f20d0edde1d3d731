import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { dirname } from "node:path";

/** A target and whether this run met it. */
export interface Target {
  text: string;
  pass: boolean;
}

/** One line of the results table: a figure, optionally against a baseline of the same run. */
export interface Row {
  measure: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number };
  /** korbill ÷ baseline (or the ratio named in `ratioLabel`). */
  ratio?: number;
  ratioLabel?: string;
  target?: Target;
}

/** What one scenario reports. */
export interface ScenarioReport {
  id: string;
  title: string;
  /** The parameters it ran with (counts, rates, sandbox settings). */
  params: Record<string, unknown>;
  rows: Row[];
  /** Further figures for the JSON file (not printed in the table). */
  details: Record<string, unknown>;
  durationMs: number;
}

/** The machine a run happened on. */
export interface Machine {
  nproc: number;
  cpuModel: string;
  memTotalGiB: number;
  memory: string;
  node: string;
  platform: string;
  date: string;
  /** NODE_ENV of every process of the run (`production` unless the caller set another). */
  nodeEnv: string;
  /** 1-minute load average when the run started and when it ended (other work on the box). */
  loadAvgStart: number;
  loadAvgEnd?: number;
}

/** The whole run, as written to `results/latest.json`. */
export interface BenchReport {
  mode: "full" | "quick";
  machine: Machine;
  scenarios: ScenarioReport[];
  failures: { id: string; error: string }[];
}

/** Describes this machine (`nproc`, `free -h`, Node version, date). */
export function machineInfo(): Machine {
  let memory = "";
  try {
    memory = execFileSync("free", ["-h"], { encoding: "utf8" }).split("\n")[1]?.trim() ?? "";
  } catch {
    memory = "";
  }
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memTotalGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    memory: memory.replace(/\s+/g, " "),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    nodeEnv: process.env.NODE_ENV ?? "",
    loadAvgStart: loadAverage(),
  };
}

function num(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "n/a";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
  return unit ? `${text} ${unit}` : text;
}

/** The results as one Markdown table (readable in a terminal, pasteable into a README). */
export function formatTable(report: BenchReport): string {
  const header = [
    "#",
    "scenario",
    "measure",
    "korbill",
    "baseline (same run)",
    "ratio",
    "target",
    "",
  ];
  const lines = [header, header.map(() => "---")];
  report.scenarios.forEach((s, i) => {
    s.rows.forEach((r, j) => {
      lines.push([
        j === 0 ? String(i + 1) : "",
        j === 0 ? s.title : "",
        r.measure,
        num(r.value, r.unit),
        r.baseline ? `${r.baseline.label}: ${num(r.baseline.value, r.unit)}` : "",
        r.ratio === undefined ? "" : `${num(r.ratio, "")}${r.ratioLabel ? ` ${r.ratioLabel}` : ""}`,
        r.target?.text ?? "",
        r.target ? (r.target.pass ? "PASS" : "FAIL") : "",
      ]);
    });
  });
  for (const f of report.failures) {
    lines.push(["", f.id, "did not complete", f.error.split("\n")[0] ?? "", "", "", "", "FAIL"]);
  }
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** The 1-minute load average now. */
export function loadAverage(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

/** Writes the report as JSON, creating the folder. */
export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report, null, 2) + "\n");
}
