import type { Row } from "../report.js";

/** `full` runs the published figures; `quick` runs small counts (the test uses it). */
export type Mode = "full" | "quick";

/** What a scenario returns; the runner adds its id, title and duration. */
export interface ScenarioOutcome {
  params: Record<string, unknown>;
  rows: Row[];
  details: Record<string, unknown>;
}

/** One benchmark scenario. */
export interface Scenario {
  id: string;
  title: string;
  run(mode: Mode): Promise<ScenarioOutcome>;
}

/** `korbill ÷ baseline`, NaN when the baseline is zero. */
export function ratio(value: number, baseline: number): number {
  return baseline === 0 ? Number.NaN : value / baseline;
}
