import { type Api } from "../api.js";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";
import { BALANCE_QUERY, BULK_MUTATION, EVENTS_SUBSCRIPTION } from "./queries.js";
import { newRunId, planBulks } from "./receipts.js";
import {
  type CashbillEventView,
  type RunState,
  applyEvents,
  createRun,
  issuanceDone,
  markNotSent,
  runDone,
} from "./run-state.js";

/** How often buffered events are applied: one render per flush, however many arrived. */
const FLUSH_MS = 100;

/**
 * Errors after which a bulk may still have been recorded and sent: korbill reconciles it, so
 * its results can still arrive and its receipts stay pending.
 */
const AMBIGUOUS = new Set([
  "UPSTREAM_UNAVAILABLE",
  "NETWORK_ERROR",
  "INTERNAL_SERVER_ERROR",
  // Not a GraphQL answer (a proxy's 502 page): the bulk may have been recorded.
  "BAD_RESPONSE",
]);

/** Where a run stands. */
export type RunPhase = "idle" | "submitting" | "waiting" | "done" | "stopped";

/** Everything the bulk panel shows. */
export interface BulkRunView {
  phase: RunPhase;
  run: RunState | null;
  bulksSent: number;
  bulksTotal: number;
  balanceBefore: number | null;
  balanceAfter: number | null;
  startedAt: number | null;
  /** When every receipt had its issuance result. */
  issuedAt: number | null;
  /** When every issued receipt had its filing result. */
  finishedAt: number | null;
  errors: ShownError[];
}

/** The view before any run. */
export const IDLE_VIEW: BulkRunView = {
  phase: "idle",
  run: null,
  bulksSent: 0,
  bulksTotal: 0,
  balanceBefore: null,
  balanceAfter: null,
  startedAt: null,
  issuedAt: null,
  finishedAt: null,
  errors: [],
};

/** A running demo; `stop()` ends its subscription and timers. */
export interface BulkSession {
  stop(): void;
}

/**
 * Runs the demo: reads the balance, subscribes to `cashbillEvents` (resumable by cursor),
 * sends the bulks one after another, applies the events as they come, reads the balance again
 * once every receipt has its issuance result and ends when every filing result is in.
 * Every change is handed to `render` as a new view.
 */
export function startBulkSession(
  api: Pick<Api, "korbill">,
  options: { count: number; sampleFailures: boolean },
  render: (view: BulkRunView) => void,
): BulkSession {
  const runId = newRunId();
  const bulks = planBulks(runId, options.count, { sampleFailures: options.sampleFailures });
  let stopped = false;
  let view: BulkRunView = {
    ...IDLE_VIEW,
    phase: "submitting",
    run: createRun(runId, bulks),
    bulksTotal: bulks.length,
    startedAt: Date.now(),
  };
  const commit = (change: Partial<BulkRunView>) => {
    if (stopped) return;
    view = { ...view, ...change };
    render(view);
  };
  const show = (errors: ShownError[]) => commit({ errors: [...view.errors, ...errors] });
  const fail = (error: unknown) => show(toShownErrors(error));

  const buffer: CashbillEventView[] = [];
  const unsubscribe = api.korbill.subscribe<CashbillEventView>(
    { query: EVENTS_SUBSCRIPTION, field: "cashbillEvents" },
    {
      next: (event) => buffer.push(event),
      // Without its live results a run is blind: show why, and stop sending.
      error: (errors) => {
        show(errors);
        commit({ phase: "stopped" });
        stop();
      },
    },
  );

  let balanceAfter: "unasked" | "asked" | "settled" = "unasked";
  const readBalance = async (field: "balanceBefore" | "balanceAfter") => {
    try {
      const data = await api.korbill.request<{ points: { balance: number } }>(BALANCE_QUERY);
      commit({ [field]: data.points.balance });
    } catch (error) {
      fail(error);
    }
  };

  const tick = () => {
    const before = view.run;
    if (!before) return;
    const run = buffer.length ? applyEvents(before, buffer.splice(0)) : before;
    const times = progressTimes(view, run);
    if (run !== before || times.issuedAt !== view.issuedAt || times.finishedAt !== view.finishedAt)
      commit({ run, ...times });
    if (view.phase === "submitting") return;
    if (balanceAfter === "unasked" && issuanceDone(run.counts)) {
      balanceAfter = "asked";
      void readBalance("balanceAfter").finally(() => (balanceAfter = "settled"));
    }
    if (runDone(run.counts) && balanceAfter === "settled") {
      commit({ phase: "done" });
      stop();
    }
  };
  const timer = setInterval(tick, FLUSH_MS);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };

  render(view);
  void (async () => {
    await readBalance("balanceBefore");
    await api.korbill.whenConnected();
    for (const bulk of bulks) {
      if (stopped) return;
      try {
        await api.korbill.request(BULK_MUTATION, {
          submitId: bulk.submitId,
          cashbills: bulk.cashbills,
        });
      } catch (error) {
        fail(error);
        const code = toShownErrors(error)[0]?.code ?? "CLIENT_ERROR";
        if (view.run && !AMBIGUOUS.has(code)) {
          commit({ run: markNotSent(view.run, bulk.submitId, code) });
        }
      }
      commit({ bulksSent: view.bulksSent + 1 });
    }
    commit({ phase: "waiting" });
  })();
  return { stop };
}

function progressTimes(view: BulkRunView, run: RunState) {
  const now = Date.now();
  return {
    issuedAt: view.issuedAt ?? (issuanceDone(run.counts) ? now : null),
    finishedAt: view.finishedAt ?? (runDone(run.counts) ? now : null),
  };
}
