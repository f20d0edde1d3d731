import {
  type OutcomeCounts,
  type Progress,
  type SendContext,
  Tracker,
  type TradeDays,
  columnName,
  resolveCorpNum,
  sendChunk,
  tradeDays,
} from "@korbill/cashbill-import";
import { CashbillEventsDocument } from "@korbill/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api.js";
import { type ImportFilePlan, planSheet, readSheetFile } from "./import-file.js";

/** Bulks in flight at once (the CLI's default). */
const CONCURRENCY = 2;

export type ImportPhase = "idle" | "reading" | "planned" | "sending" | "done";

/** What the import view shows. */
export interface ImportView {
  phase: ImportPhase;
  plan: ImportFilePlan | null;
  /** Rows' outcomes by status, and filing results. */
  counts: OutcomeCounts | null;
  bulksSent: number;
  bulksDone: number;
  /** Messages of the run (retries, rows the gateway refused, a run that stopped). */
  log: string[];
  /** Why the file could not be read or the run stopped. */
  error: string | null;
  /** Bumped as outcomes change (they are kept in a mutable map). */
  version: number;
}

const IDLE: ImportView = {
  phase: "idle",
  plan: null,
  counts: null,
  bulksSent: 0,
  bulksDone: 0,
  log: [],
  error: null,
  version: 0,
};

/**
 * The import view's state: reads and validates a file (nothing is sent), then issues its
 * chunks with the CLI's own sending and tracking (@korbill/cashbill-import) and follows
 * BULKRESULT and filing events over the shared socket; the view redraws at most 10 times a
 * second however fast results arrive.
 */
export function useImportRun() {
  const { korbill } = useApi();
  const client = korbill.client;
  const [view, setView] = useState<ImportView>(IDLE);
  const live = useRef<{ stop(): void } | null>(null);
  const facts = useRef<Promise<{ corpNum: string; days: TradeDays }> | null>(null);

  useEffect(() => {
    facts.current = null;
    return () => live.current?.stop();
  }, [client]);

  const load = useCallback(
    async (file: File) => {
      live.current?.stop();
      live.current = null;
      setView({ ...IDLE, phase: "reading" });
      try {
        // Asked again for every file: the gateway's day may have moved (the sandbox clock).
        facts.current = (async () => ({
          corpNum: await resolveCorpNum(client),
          days: await tradeDays(client),
        }))();
        const [sheet, { corpNum, days }] = await Promise.all([readSheetFile(file), facts.current]);
        const plan = await planSheet(sheet, corpNum, days);
        setView({ ...IDLE, phase: "planned", plan, counts: plan.outcomes.count(plan.plan.rows) });
      } catch (error) {
        facts.current = null;
        setView({ ...IDLE, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [client],
  );

  const issue = useCallback(async () => {
    const plan = view.plan;
    if (!plan || view.phase !== "planned" || blocked(plan)) return;
    const { corpNum } = await facts.current!;
    const n = { sent: 0, done: 0 };
    const log: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const draw = () => {
      timer = undefined;
      setView((v) =>
        v.plan === plan
          ? {
              ...v,
              counts: plan.outcomes.count(plan.plan.rows),
              bulksSent: n.sent,
              bulksDone: n.done,
              log: [...log],
              version: v.version + 1,
            }
          : v,
      );
    };
    const drawSoon = () => {
      timer ??= setTimeout(draw, 100);
    };
    const progress: Progress = {
      info: (_event, text) => {
        log.push(text);
        drawSoon();
      },
      bulkSent: () => {
        n.sent += 1;
        drawSoon();
      },
      receipt: drawSoon,
      bulkDone: () => {
        n.done += 1;
        drawSoon();
      },
      filing: drawSoon,
      end: () => {},
    };
    const tracker = new Tracker(client, corpNum, plan.outcomes, progress);
    const subscription = client.subscribe(
      CashbillEventsDocument,
      { corpNum, types: ["BULKRESULT", "NTS_FILED", "NTS_FAILED"] },
      { onEvent: (e) => tracker.onEvent(e.cashbillEvents) },
    );
    live.current = {
      stop: () => {
        stopped = true;
        subscription.unsubscribe();
        clearTimeout(timer);
      },
    };
    setView((v) => ({ ...v, phase: "sending" }));
    const ctx: SendContext = {
      client,
      corpNum,
      outcomes: plan.outcomes,
      tracker,
      progress,
      columnName: (field) => columnName(plan.columns, field),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      stopping: () => stopped,
    };
    const queue = [...plan.chunks];
    let fatal: string | undefined;
    const worker = async () => {
      for (let chunk = queue.shift(); chunk && !fatal && !stopped; chunk = queue.shift()) {
        try {
          await sendChunk(ctx, chunk);
        } catch (error) {
          fatal ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // Every recorded bulk's results: live events, and a poll for quiet bulks each second.
    let idle = false;
    void tracker.idle().then(() => (idle = true));
    while (!fatal && !stopped && !idle) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (idle || stopped) break;
      try {
        await tracker.pollQuiet();
      } catch (error) {
        fatal = error instanceof Error ? error.message : String(error);
      }
    }
    if (stopped) return;
    if (fatal) log.push(`stopped: ${fatal} — import the result file to resume`);
    draw();
    // The subscription stays open: filing results (NTS_FILED / NTS_FAILED) keep coming in.
    setView((v) => (v.plan === plan ? { ...v, phase: "done", error: fatal ?? null } : v));
  }, [client, view.plan, view.phase]);

  return { view, load, issue };
}

/** Nothing is sent while the header or any row is invalid. */
export function blocked(plan: ImportFilePlan): boolean {
  return plan.plan.headerProblems.length > 0 || plan.plan.errorCount > 0;
}
