import {
  Chunker,
  Outcomes,
  type SendContext,
  Tracker,
  pointsFacts,
  recordedChunks,
  resolveCorpNum,
  sendChunk,
  tradeDays,
} from "@korbill/cashbill-import";
import { CashbillEventsDocument, type KorbillClient } from "@korbill/client";
import { type ImportPlan, isIssued, planImport } from "./plan.js";
import { type Io, type Progress, jsonProgress, terminalProgress } from "./progress.js";
import { writeResultFile } from "./result-file.js";
import { columnName, scanFile } from "./scan.js";
import { printPlan, printSummary } from "./report.js";

/** How `korbill cashbills import` was called. */
export interface ImportOptions {
  file: string;
  corp?: string | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
  resultFile: string;
  /** Bulks in flight at once. */
  concurrency: number;
}

/** Exit codes (README, "Issuing the day's receipts"). */
export const EXIT = {
  ok: 0,
  someNotIssued: 1,
  usage: 2,
  invalidFile: 3,
  notEnoughPoints: 4,
  interrupted: 130,
} as const;

/**
 * `korbill cashbills import FILE`: pass 1 validates the whole file and plans the bulks;
 * nothing is sent while a row is invalid (unless skipped). Pass 2 streams the file again and
 * sends its bulks a few at a time, following their results live; pass 3 writes the result file.
 */
export async function runImport(
  client: KorbillClient,
  options: ImportOptions,
  io: Io,
  signal: AbortSignal,
): Promise<number> {
  const corpNum = await resolveCorpNum(client, options.corp);
  const days = await tradeDays(client);
  const outcomes = new Outcomes();
  const plan = await planImport(options.file, corpNum, days, outcomes);
  const progress = io.isTTY ? terminalProgress(io, () => plan.chunks.length) : jsonProgress(io);
  const points = await pointsFacts(client, corpNum);
  const blocked = plan.headerProblems.length > 0 || (plan.errorCount > 0 && !options.skipInvalid);
  const recorded =
    options.dryRun && !blocked ? await recordedChunks(client, corpNum, plan.chunks) : undefined;
  printPlan(progress, { plan, corpNum, days, points, recorded, options });
  if (plan.headerProblems.length) return EXIT.invalidFile;
  if (options.dryRun) return blocked ? EXIT.invalidFile : EXIT.ok;
  if (blocked) {
    await writeResultFile(options.file, options.resultFile, days, outcomes);
    return EXIT.invalidFile;
  }
  const shortfall = await pointsShortfall(client, corpNum, plan, points);
  if (shortfall) {
    progress.info("points", shortfall, { message: shortfall });
    return EXIT.notEnoughPoints;
  }
  const tracker = new Tracker(client, corpNum, outcomes, progress);
  const subscription = client.subscribe(
    CashbillEventsDocument,
    { corpNum, types: ["BULKRESULT", "NTS_FILED", "NTS_FAILED"] },
    { onEvent: (e) => tracker.onEvent(e.cashbillEvents) },
  );
  let fatal: string | undefined;
  try {
    fatal = await sendAll(client, options, plan, {
      corpNum,
      days,
      outcomes,
      tracker,
      progress,
      signal,
    });
    if (!fatal) fatal = await followUntilDone(tracker, signal);
  } finally {
    subscription.unsubscribe();
  }
  progress.end();
  await writeResultFile(options.file, options.resultFile, days, outcomes);
  return printSummary(progress, { plan, outcomes, options, fatal, interrupted: signal.aborted });
}

interface RunState {
  corpNum: string;
  days: Awaited<ReturnType<typeof tradeDays>>;
  outcomes: Outcomes;
  tracker: Tracker;
  progress: Progress;
  signal: AbortSignal;
}

/** Pass 2: the same chunks as the plan, `concurrency` bulks in flight; a fatal error stops it. */
async function sendAll(
  client: KorbillClient,
  options: ImportOptions,
  plan: ImportPlan,
  run: RunState,
): Promise<string | undefined> {
  const scan = await scanFile(options.file, run.days);
  const ctx: SendContext = {
    client,
    corpNum: run.corpNum,
    outcomes: run.outcomes,
    tracker: run.tracker,
    progress: run.progress,
    columnName: (field) => columnName(scan.columns, field),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    stopping: () => run.signal.aborted,
  };
  const inFlight = new Set<Promise<void>>();
  let fatal: string | undefined;
  const chunker = new Chunker(run.corpNum);
  const dispatch = async (chunk: ReturnType<Chunker["add"]>) => {
    if (!chunk || fatal || run.signal.aborted) return;
    if (plan.chunks[chunk.index - 1]?.submitId !== chunk.submitId) {
      fatal = `${options.file} changed while it was being imported; run the command again`;
      return;
    }
    // Any failure stops the run here, so the result file is still written.
    const sending = sendChunk(ctx, chunk).catch((error: unknown) => {
      fatal ??= error instanceof Error ? error.message : String(error);
    });
    inFlight.add(sending);
    void sending.finally(() => inFlight.delete(sending));
    // Back-pressure: the file is read no further while `concurrency` bulks are in flight.
    while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  };
  for await (const { row } of scan.rows) {
    if (fatal || run.signal.aborted) break;
    if (plan.invalidRows.has(row.rowNumber) || isIssued(row.previousOutcome)) continue;
    await dispatch(chunker.add(row));
  }
  await dispatch(chunker.flush());
  await Promise.all(inFlight);
  await scan.rows.return(undefined);
  return fatal;
}

/**
 * Waits for every recorded bulk's results: live events, and a poll for quiet bulks each second.
 * Returns why it stopped early (the key was refused meanwhile), if it did.
 */
async function followUntilDone(tracker: Tracker, signal: AbortSignal): Promise<string | undefined> {
  let done = false;
  const idle = tracker.idle().then(() => (done = true));
  const aborted = new Promise((resolve) =>
    signal.addEventListener("abort", resolve, { once: true }),
  );
  while (!done && !signal.aborted) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise((resolve) => (timer = setTimeout(resolve, 1_000)));
    await Promise.race([idle, aborted, tick]);
    clearTimeout(timer);
    if (done || signal.aborted) break;
    try {
      await tracker.pollQuiet();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return undefined;
}

/** Why the member's points cannot pay for the receipts to send, or undefined. */
async function pointsShortfall(
  client: KorbillClient,
  corpNum: string,
  plan: ImportPlan,
  points: { unitCost: number | null; balance: number | null },
): Promise<string | undefined> {
  const { unitCost, balance } = points;
  if (unitCost === null || balance === null || plan.toSend * unitCost <= balance) return undefined;
  // Bulks recorded by an earlier run are paid for already.
  const recorded = await recordedChunks(client, corpNum, plan.chunks);
  const unsent = plan.chunks
    .filter((c) => !recorded.has(c.submitId))
    .reduce((n, c) => n + c.rowNumbers.length, 0);
  const needed = Math.ceil(unsent * unitCost);
  if (needed <= balance) return undefined;
  return `not enough points: ${unsent} receipts × ${unitCost} = ${needed} points, balance ${balance}; nothing was sent (charge points first)`;
}
