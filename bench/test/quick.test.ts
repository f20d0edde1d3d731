import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs every scenario in quick mode through the real CLI so the bench cannot rot. It checks
// that each completes and reports well-formed numbers; it never checks a performance target
// (the bench prints those as PASS/FAIL itself).
const BENCH = fileURLToPath(new URL("..", import.meta.url));
const SCENARIOS = [
  "graphql-overhead",
  "upstream-calls",
  "bulk-pipeline",
  "event-fanout",
  "token-storm",
  "memory",
  "hostile-documents",
  "takeover",
  "event-ingest",
  "day-import",
];

interface Row {
  measure: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number };
  ratio?: number;
  target?: { text: string; pass: boolean };
}

let out: string;

function runBench(args: string[]) {
  return spawnSync(process.execPath, ["dist/main.js", ...args], {
    cwd: BENCH,
    encoding: "utf8",
    timeout: 170_000,
  });
}

beforeAll(() => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: BENCH });
  out = mkdtempSync(join(tmpdir(), "korbill-bench-test-"));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("bench in quick mode", () => {
  it("refuses an unknown scenario and names the known ones", () => {
    const r = runBench(["--quick", "--only", "no-such-scenario"]);
    expect(r.status).toBe(2);
    const known = /known: (.*)$/m.exec(r.stderr)?.[1]?.split(", ");
    expect(known).toEqual(SCENARIOS);
  });

  for (const id of SCENARIOS) {
    it(`${id} completes and reports well-formed numbers`, () => {
      const file = join(out, `${id}.json`);
      const r = runBench(["--quick", "--only", id, "--out", file]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^\| 1 \| /m);
      const report = JSON.parse(readFileSync(file, "utf8")) as {
        mode: string;
        machine: { nproc: number; node: string };
        failures: unknown[];
        scenarios: { id: string; rows: Row[]; params: object; details: object }[];
      };
      expect(report.mode).toBe("quick");
      expect(report.machine.nproc).toBeGreaterThan(0);
      expect(report.failures).toEqual([]);
      expect(report.scenarios.map((s) => s.id)).toEqual([id]);
      const rows = report.scenarios[0]!.rows;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.measure).toBeTruthy();
        // NaN and Infinity are written as null: a number here is a real measurement.
        // (A quick run's RSS difference may even be negative: too few subscribers to see.)
        expect(Number.isFinite(row.value), `${row.measure}: ${row.value}`).toBe(true);
        if (row.baseline) expect(Number.isFinite(row.baseline.value)).toBe(true);
        if (row.ratio !== undefined) expect(Number.isFinite(row.ratio)).toBe(true);
        if (row.target) expect(typeof row.target.pass).toBe("boolean");
      }
      DETAILS[id]?.(report.scenarios[0]!.details);
    });
  }
});

const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/** Diagnostic figures in the JSON that no table row shows, checked where they exist. */
const DETAILS: Record<string, (details: object) => void> = {
  "day-import": (details) => {
    const d = details as {
      cli: { ms: number; summary: { issued: number; refused: number } };
      floor: { ms: number };
    };
    expect(d.cli.summary.issued).toBeGreaterThan(0);
    expect(d.cli.summary.refused).toBe(0);
    expect(finite(d.floor.ms)).toBe(true);
  },
  "bulk-pipeline": (details) => {
    const korbill = (details as Record<string, Record<string, { count: number; p50: number }>>)
      .korbill!;
    for (const key of ["firstPollAfterAcceptMs", "lastPollToLastEventMs"]) {
      expect(korbill[key]!.count, key).toBeGreaterThan(0);
      expect(finite(korbill[key]!.p50), key).toBe(true);
    }
  },
  "event-fanout": (details) => {
    type Phase = {
      cpuMs: Record<string, number>;
      cpuUsPerMessage: Record<string, number>;
      delivered: number;
      expected: number;
      complete: boolean;
    };
    const sides = details as Record<string, Phase[]>;
    // The bare-socket subscribers (floorRaw) receive every message, like graphql-ws's client.
    for (const side of ["korbill", "bare", "floor", "floorRaw"]) {
      expect(sides[side]!.length).toBeGreaterThan(0);
      for (const phase of sides[side]!) {
        expect(phase.complete, side).toBe(true);
        expect(phase.delivered, side).toBe(phase.expected);
      }
      for (const phase of sides[side]!)
        for (const who of ["server", "subscribers"]) {
          expect(finite(phase.cpuMs[who]) && phase.cpuMs[who]! >= 0, `${side} ${who}`).toBe(true);
          expect(finite(phase.cpuUsPerMessage[who]), `${side} ${who}`).toBe(true);
        }
    }
  },
};
