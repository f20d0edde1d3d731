import { performance } from "node:perf_hooks";
import {
  type EventLog,
  type NewEvent,
  type StoredEvent,
  executeCached,
} from "@korbill/core-events";
import type { CashbillStore } from "@korbill/cashbill";
import type { Observability } from "./access-log.js";

// Instrumentation wrapped around domain objects at the gateway, so that the domain packages
// (changed by others in parallel) need no edit: the event log is where every cash-receipt
// result and filing is recorded exactly once, and the store where a bulk changes state.

const RECEIPT_OUTCOMES: Record<string, (p: { success?: boolean }) => string> = {
  BULKRESULT: (p) => (p.success ? "issued" : "refused"),
  ISSUED: () => "issued",
  NTS_FILED: () => "filed",
  NTS_FAILED: () => "failed",
};

/** Times every append, counts receipt results, logs filings per bulk; times bus deliveries. */
export function instrumentEventLog(events: EventLog, obs: Observability): void {
  const appendMany = events.appendMany.bind(events);
  events.appendMany = async <P>(
    batch: NewEvent<P>[],
    also?: Parameters<EventLog["appendMany"]>[1],
  ): Promise<StoredEvent<P>[]> => {
    const started = performance.now();
    const stored = await appendMany(batch, also);
    if (batch.length > 0)
      obs.metrics.eventAppendSeconds.observe((performance.now() - started) / 1000);
    countReceipts(stored, obs);
    return stored;
  };
  const bus = events.bus;
  const subscribe = bus.subscribe.bind(bus);
  bus.subscribe = (channel, listener, onGap) =>
    subscribe(
      channel,
      (event) => {
        obs.metrics.eventLagSeconds.observe(Math.max(0, Date.now() - event.createdAt) / 1000);
        listener(event);
      },
      onGap,
    );
}

function countReceipts(stored: StoredEvent[], obs: Observability): void {
  const filed = new Map<string, { corpNum: string; filed: number; failed: number }>();
  for (const e of stored) {
    const outcome = RECEIPT_OUTCOMES[e.type]?.(e.payload as { success?: boolean });
    if (!outcome) continue;
    obs.metrics.receipts.inc({ outcome });
    if (outcome !== "filed" && outcome !== "failed") continue;
    const p = e.payload as { corpNum?: string; submitId?: string | null };
    const key = p.submitId ?? "(single)";
    const f = filed.get(key) ?? { corpNum: p.corpNum ?? "", filed: 0, failed: 0 };
    f[outcome] += 1;
    filed.set(key, f);
  }
  for (const [submitId, f] of filed)
    obs.logger.info("bulk filed", {
      submitId,
      corpNum: f.corpNum,
      filed: f.filed,
      failed: f.failed,
    });
}

/**
 * Bulk lifecycle at info (recorded, accepted, completed with counts) and by-state counts. The
 * stores bound to a transaction (`within`) are instrumented too: a completion is written in the
 * transaction that appends the bulk's results. Should that transaction roll back, the pass is
 * retried and the transition counted again (rare; the counter may then run ahead by one).
 */
export function instrumentBulkStore(store: CashbillStore, obs: Observability): void {
  const within = store.within.bind(store);
  store.within = (db) => {
    const bound = within(db);
    instrumentBulkStore(bound, obs);
    return bound;
  };
  const record = store.recordSubmission.bind(store);
  store.recordSubmission = async (row, body, mgtKeys, now) => {
    await record(row, body, mgtKeys, now);
    obs.metrics.bulkSubmissions.inc({ state: "RECORDED" });
    obs.logger.info("bulk recorded", {
      submitId: row.submitId,
      corpNum: row.corpNum,
      receipts: mgtKeys.length,
    });
  };
  const update = store.updateSubmission.bind(store);
  store.updateSubmission = async (corpNum, submitId, patch, from) => {
    const changed = await update(corpNum, submitId, patch, from);
    if (changed && patch.state) {
      obs.metrics.bulkSubmissions.inc({ state: patch.state });
      const fields: Record<string, unknown> = { submitId, corpNum, state: patch.state };
      if (patch.state === "COMPLETED") {
        fields.issued = patch.successCount ?? null;
        fields.refused = patch.failCount ?? null;
      }
      const msg =
        patch.state === "SUBMITTED" ? "bulk accepted" : `bulk ${patch.state.toLowerCase()}`;
      obs.logger.info(msg, fields);
    }
    return changed;
  };
}

/** Open cash-receipt bulks (not yet completed or failed), for the pending-work gauge. */
export async function pendingWork(
  db: Parameters<typeof executeCached>[0],
  stage: string,
): Promise<Record<string, number>> {
  const [row] = await executeCached<{ n: number | string }>(
    db,
    "metrics.pendingBulks",
    [stage],
    (p) =>
      `select count(*) as n from cashbill_submissions where stage = ${p()} and state not in ('COMPLETED', 'FAILED')`,
  );
  return { "cashbill-bulk": Number(row?.n ?? 0) };
}
