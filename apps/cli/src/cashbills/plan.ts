import { type ImportPlan, Planner, type Outcomes, type TradeDays } from "@korbill/cashbill-import";
import { scanFile } from "./scan.js";

export {
  type ChunkSummary,
  type ImportPlan,
  type RowError,
  MAX_ERRORS,
  isIssued,
} from "@korbill/cashbill-import";

/**
 * Pass 1: reads the whole file, validates every row and groups the sendable rows into chunks
 * with their SubmitIDs (the {@link Planner} of @korbill/cashbill-import, which the playground's
 * import view uses too). Keeps only row numbers and errors, never the rows.
 */
export async function planImport(
  path: string,
  corpNum: string,
  days: TradeDays,
  outcomes?: Outcomes,
): Promise<ImportPlan> {
  const scan = await scanFile(path, days);
  const planner = new Planner(scan.headers, scan.columns, corpNum, outcomes);
  if (planner.plan.headerProblems.length) return planner.plan;
  for await (const { row } of scan.rows) planner.add(row);
  planner.flush();
  return planner.plan;
}
