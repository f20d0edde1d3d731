import {
  BulkSubmissionDocument,
  type BulkSubmissionQuery,
  type CashbillEventsSubscription,
  type KorbillClient,
  KorbillError,
} from "@korbill/client";
import type { Outcomes } from "./outcomes.js";
import type { Progress } from "./progress.js";

type Submission = NonNullable<BulkSubmissionQuery["bulkSubmission"]>;
type CashbillEvent = CashbillEventsSubscription["cashbillEvents"];

/** A bulk the gateway has recorded, waiting for its receipts' results. */
interface Watched {
  submitId: string;
  rowOf: Map<string, number>;
  pending: Set<string>;
  /** When an event or poll last told us something (ms). */
  lastNews: number;
}

/** No event for this long: ask the gateway with `bulkSubmission` instead. */
const QUIET_MS = 3_000;

/**
 * Follows recorded bulks to their per-receipt results: BULKRESULT events of the
 * `cashbillEvents` subscription as they arrive, and `bulkSubmission(submitId)` for a bulk that
 * stays quiet (recorded by an earlier run, or events missed before the subscription started).
 * Filing results (NTS_FILED / NTS_FAILED) are noted as they arrive; they are not waited for.
 */
export class Tracker {
  readonly #bulks = new Map<string, Watched>();
  /** mgtKey -> row, for filing events of receipts issued in this run. */
  readonly #rowOfKey = new Map<string, number>();
  #waiters: (() => void)[] = [];

  constructor(
    private readonly client: KorbillClient,
    private readonly corpNum: string,
    private readonly outcomes: Outcomes,
    private readonly progress: Progress,
  ) {}

  /** Starts following a bulk of `rows` (mgtKey -> row number). */
  watch(submitId: string, rows: Map<string, number>): void {
    for (const [mgtKey, row] of rows) {
      this.#rowOfKey.set(mgtKey, row);
      this.outcomes.set(row, { status: "PENDING" });
    }
    const lastNews = Date.now();
    this.#bulks.set(submitId, { submitId, rowOf: rows, pending: new Set(rows.keys()), lastNews });
  }

  /** Asks `bulkSubmission` about a bulk at the next poll (one recorded by an earlier run). */
  pollSoon(submitId: string): void {
    const bulk = this.#bulks.get(submitId);
    if (bulk) bulk.lastNews = 0;
  }

  /** Stops following a bulk the gateway did not record (its rows are sent otherwise). */
  forget(submitId: string): void {
    this.#bulks.delete(submitId);
  }

  /** Bulks still waiting for results. */
  get open(): number {
    return this.#bulks.size;
  }

  /** One event of the subscription. */
  onEvent(event: CashbillEvent): void {
    if (!event.mgtKey) return;
    if (event.type === "BULKRESULT" && event.submitId) {
      const bulk = this.#bulks.get(event.submitId);
      if (!bulk?.pending.has(event.mgtKey)) return;
      bulk.lastNews = Date.now();
      this.#settle(bulk, event.mgtKey, {
        success: event.success === true,
        confirmNum: event.confirmNum,
        code: event.code,
        message: event.message,
      });
    } else if (event.type === "NTS_FILED" || event.type === "NTS_FAILED") {
      const row = this.#rowOfKey.get(event.mgtKey);
      const outcome = row === undefined ? undefined : this.outcomes.get(row);
      if (row === undefined || !outcome) return;
      outcome.filing = event.ntsResultCode ? `${event.type} ${event.ntsResultCode}` : event.type;
      this.progress.filing({ row, mgtKey: event.mgtKey, type: event.type, event });
    }
  }

  /** Asks the gateway about every bulk that has been quiet; call about once a second. */
  async pollQuiet(now = Date.now()): Promise<void> {
    const quiet = [...this.#bulks.values()].filter((b) => now - b.lastNews >= QUIET_MS);
    for (const bulk of quiet.slice(0, 5)) {
      bulk.lastNews = now;
      try {
        const { bulkSubmission } = await this.client.request(BulkSubmissionDocument, {
          submitId: bulk.submitId,
          corpNum: this.corpNum,
        });
        this.apply(bulkSubmission);
      } catch (error) {
        if (!(error instanceof KorbillError) || error.code === "UNAUTHENTICATED") throw error;
        // Network trouble: asked again after QUIET_MS.
      }
    }
  }

  /** Takes a submission's state: per-receipt results once COMPLETED, all refused if FAILED. */
  apply(submission: Submission): void {
    const bulk = this.#bulks.get(submission.submitId);
    if (!bulk) return;
    if (submission.state === "FAILED") {
      for (const mgtKey of [...bulk.pending]) {
        this.#settle(bulk, mgtKey, {
          success: false,
          code: "BULK_FAILED",
          message: submission.error ?? "the gateway reports the bulk FAILED",
        });
      }
      return;
    }
    // Before COMPLETED the results list the receipts still pending (code 0): not outcomes.
    if (submission.state !== "COMPLETED") return;
    for (const result of submission.results ?? []) {
      if (bulk.pending.has(result.mgtKey)) this.#settle(bulk, result.mgtKey, result);
    }
  }

  /** Resolves when no bulk waits for results. */
  idle(): Promise<void> {
    if (!this.#bulks.size) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #settle(
    bulk: Watched,
    mgtKey: string,
    result: {
      success: boolean;
      confirmNum?: string | null;
      code?: number | string | null;
      message?: string | null;
    },
  ): void {
    const row = bulk.rowOf.get(mgtKey);
    bulk.pending.delete(mgtKey);
    if (row !== undefined) {
      this.outcomes.set(
        row,
        result.success
          ? { status: "ISSUED", confirmNum: result.confirmNum ?? undefined }
          : {
              status: "REFUSED",
              code:
                result.code === null || result.code === undefined ? undefined : String(result.code),
              message: result.message ?? undefined,
            },
      );
      this.progress.receipt({ row, mgtKey, success: result.success });
    }
    if (bulk.pending.size) return;
    this.#bulks.delete(bulk.submitId);
    this.progress.bulkDone({ submitId: bulk.submitId, receipts: bulk.rowOf.size });
    if (!this.#bulks.size) {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const wake of waiters) wake();
    }
  }
}
