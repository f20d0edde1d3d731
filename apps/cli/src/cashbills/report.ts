import type { ImportOptions } from "./import.js";
import type { Outcomes, TradeDays } from "@korbill/cashbill-import";
import type { ImportPlan } from "./plan.js";
import type { Progress } from "./progress.js";

/** Errors printed before "... and N more" (all are in the result file). */
const SHOWN_ERRORS = 50;

/** Prints the plan: rows, errors, bulks, points needed against the balance. */
export function printPlan(
  progress: Progress,
  facts: {
    plan: ImportPlan;
    corpNum: string;
    days: TradeDays & { source: string };
    points: { unitCost: number | null; balance: number | null };
    recorded: Set<string> | undefined;
    options: ImportOptions;
  },
): void {
  const { plan, points, recorded, options } = facts;
  for (const problem of plan.headerProblems) {
    progress.info("headerError", `${options.file}: ${problem}`, { problem });
  }
  if (plan.headerProblems.length) return;
  for (const e of plan.errors.slice(0, SHOWN_ERRORS)) {
    progress.info("invalid", `row ${e.rowNumber}, column ${e.column}: ${e.message}`, { ...e });
  }
  if (plan.errorCount > SHOWN_ERRORS) {
    progress.info("invalidMore", `... and ${plan.errorCount - SHOWN_ERRORS} more problems`, {
      more: plan.errorCount - SHOWN_ERRORS,
    });
  }
  const recordedCount = recorded ? plan.chunks.filter((c) => recorded.has(c.submitId)) : [];
  const recordedRows = recordedCount.reduce((n, c) => n + c.rowNumbers.length, 0);
  const unitCost = points.unitCost;
  const needed = unitCost === null ? null : Math.ceil((plan.toSend - recordedRows) * unitCost);
  const data = {
    file: options.file,
    corpNum: facts.corpNum,
    rows: plan.rows,
    invalidRows: plan.invalidRows.size,
    alreadyIssued: plan.alreadyIssued,
    receipts: plan.toSend,
    totalAmount: plan.totalAmount,
    bulks: plan.chunks.length,
    bulksRecordedEarlier: recorded ? recordedCount.length : null,
    unitCost,
    pointsNeeded: needed,
    balance: points.balance,
    tradeDays: [facts.days.yesterday, facts.days.today],
    ignoredColumns: plan.ignoredColumns,
    dryRun: options.dryRun,
  };
  const lines = [
    `${options.file}: ${plan.rows} rows for ${facts.corpNum}` +
      (plan.invalidRows.size ? `, ${plan.invalidRows.size} invalid` : "") +
      (plan.alreadyIssued ? `, ${plan.alreadyIssued} already issued (not sent again)` : ""),
    `${plan.toSend} receipts (${plan.totalAmount.toLocaleString("en-US")} KRW) in ${plan.chunks.length} bulks` +
      (recorded ? `, ${recordedCount.length} recorded by an earlier run` : ""),
    `points: ${needed ?? "?"} needed (${unitCost ?? "?"} per receipt), balance ${points.balance ?? "?"}` +
      (needed !== null && points.balance !== null && needed > points.balance ? "  NOT ENOUGH" : ""),
  ];
  if (plan.ignoredColumns.length) lines.push(`ignored columns: ${plan.ignoredColumns.join(", ")}`);
  if (plan.errorCount && !options.skipInvalid) {
    lines.push("nothing is sent while a row is invalid: fix the rows, or pass --skip-invalid");
  }
  if (options.dryRun) lines.push("dry run: nothing was sent");
  progress.info("plan", lines.join("\n"), data);
}

/** Prints the summary; returns the exit code. */
export function printSummary(
  progress: Progress,
  facts: {
    plan: ImportPlan;
    outcomes: Outcomes;
    options: ImportOptions;
    fatal: string | undefined;
    interrupted: boolean;
  },
): number {
  const { plan, outcomes, options, fatal, interrupted } = facts;
  const c = outcomes.count(plan.rows);
  // Rows marked ISSUED by an earlier result file have no outcome of this run.
  const issued = c.issued + plan.alreadyIssued;
  const notSent = c.notSent - plan.alreadyIssued;
  if (fatal) progress.info("error", `stopped: ${fatal}`, { message: fatal });
  const text =
    `${interrupted ? "interrupted: " : ""}issued ${issued}, refused ${c.refused}, invalid ${c.invalid}` +
    (c.pending ? `, pending ${c.pending}` : "") +
    (notSent ? `, not sent ${notSent}` : "") +
    (c.filed || c.filingFailed ? ` · filed ${c.filed}, filing failed ${c.filingFailed}` : "") +
    `\nresult file: ${options.resultFile}` +
    (c.pending || notSent
      ? "\nrun the same command again to send the rest (nothing is issued twice)"
      : "");
  progress.info("summary", text, {
    issued,
    refused: c.refused,
    invalid: c.invalid,
    pending: c.pending,
    notSent,
    filed: c.filed,
    filingFailed: c.filingFailed,
    resultFile: options.resultFile,
    interrupted,
  });
  if (interrupted) return 130;
  return issued === plan.rows ? 0 : 1;
}
