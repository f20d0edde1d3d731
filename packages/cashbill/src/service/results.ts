import type { EventLog } from "@korbill/core-events";
import type { WireBulkIssueResult, WireBulkResult } from "../wire.js";
import {
  type CashbillEventPayload,
  appendCashbillEvents,
  basePayload,
  cashbillEvent,
} from "./events.js";
import type { CashbillStore, ReceiptResult, SubmissionRow } from "../store/store.js";
import type { BulkTiming } from "./timing.js";

/** Filed receipts remembered for answering their webhooks without a read (~200 bulks). */
const SETTLED_REMEMBERED = 20_000;

/** Asks for one GetBulkResult of a submission; resolves to the mgtKeys it filed (maybe none). */
export type Doorbell = (corpNum: string, submitId: string) => Promise<Set<string>>;

/**
 * BULKRESULT intake: a completed bulk's per-receipt results, from GetBulkResult or from
 * POPBiLL's per-receipt webhooks, become one event per receipt (ids collapse repeats) and the
 * receipts' and submission's new states, in one transaction.
 */
export class BulkResults {
  /**
   * Receipts whose bulk result this process filed (corpNum:mgtKey), newest last, bounded.
   * POPBiLL then sends one BULKRESULT webhook per receipt; each is a duplicate, and this
   * answers it without a database read (the same decision the read would give: the result
   * and the receipt's state were committed together). Other processes' filings, and
   * anything evicted, still go through the read.
   */
  private readonly settled = new Set<string>();

  constructor(
    private readonly store: CashbillStore,
    private readonly events: EventLog,
    private readonly timing: BulkTiming,
    private readonly now: () => number,
  ) {}

  /** Files a completed bulk (txState 2). Returns the mgtKeys the result covered. */
  async complete(row: SubmissionRow, result: WireBulkResult): Promise<Set<string>> {
    const results = result.issueResult ?? [];
    await appendCashbillEvents(
      this.events,
      results.map((r) => cashbillEvent("BULKRESULT", this.payload(row.corpNum, row.submitId, r))),
      async (db) => {
        const store = this.store.within(db);
        await store.applyResults(
          row.corpNum,
          results.map((r) => this.receiptResult(r)),
          this.now(),
        );
        await store.updateSubmission(row.corpNum, row.submitId, {
          state: "COMPLETED",
          txState: 2,
          receiptId: result.receiptID ?? row.receiptId,
          successCount: result.successCount,
          failCount: result.failCount,
          completedAt: this.now(),
          updatedAt: this.now(),
        });
      },
    );
    for (const r of results) this.settled.add(`${row.corpNum}:${r.mgtKey}`);
    for (const key of this.settled) {
      if (this.settled.size <= SETTLED_REMEMBERED) break;
      this.settled.delete(key);
    }
    return new Set(results.map((r) => r.mgtKey));
  }

  /**
   * A BULKRESULT webhook for one receipt. POPBiLL sends one per receipt when the bulk
   * completes, so the first one of a submission rings the doorbell: one GetBulkResult (shared
   * by every webhook of that submission arriving meanwhile) files all its results in one
   * transaction. When the doorbell cannot poll now (the last poll was under 2 s ago, another
   * instance holds the submission) or the fetch fails or finds the bulk open, the webhook's own
   * result is filed.
   */
  async applyWebhook(
    corpNum: string,
    submitId: string | null,
    r: WireBulkIssueResult,
    doorbell: Doorbell,
  ): Promise<"applied" | "duplicate"> {
    if (this.settled.has(`${corpNum}:${r.mgtKey}`)) return "duplicate";
    const receipt = await this.store.receipt(corpNum, r.mgtKey);
    // A bulk receipt past PENDING has its BULKRESULT event (written in the same transaction).
    if (receipt?.submitId && receipt.state !== "PENDING") return "duplicate";
    const sid = submitId ?? receipt?.submitId ?? null;
    if (receipt?.submitId && sid === receipt.submitId) {
      const filed = await doorbell(corpNum, sid);
      if (filed.has(r.mgtKey)) return "applied";
    }
    // A receipt korbill does not know has no state to change with the event (korbill records
    // a receipt, committed, before sending it, so its results cannot come first): the append
    // then goes without a transaction of its own, in the next sequencing run.
    await appendCashbillEvents(
      this.events,
      [cashbillEvent("BULKRESULT", this.payload(corpNum, sid, r))],
      receipt
        ? async (db) => {
            const { mgtKey, ...patch } = this.receiptResult(r);
            await this.store
              .within(db)
              .updateReceipt(corpNum, mgtKey, { ...patch, updatedAt: this.now() }, ["PENDING"]);
          }
        : undefined,
    );
    if (sid) await this.completeIfSettled(corpNum, sid);
    return "applied";
  }

  /** A submission all of whose receipts were filed one by one is complete. */
  private async completeIfSettled(corpNum: string, submitId: string): Promise<void> {
    const c = await this.store.receiptCounts(corpNum, submitId);
    if (c.PENDING > 0) return;
    await this.store.updateSubmission(corpNum, submitId, {
      state: "COMPLETED",
      txState: 2,
      successCount: c.ISSUED + c.NTS_FILED + c.NTS_FAILED,
      failCount: c.FAILED,
      completedAt: this.now(),
      updatedAt: this.now(),
    });
  }

  private payload(
    corpNum: string,
    submitId: string | null,
    r: WireBulkIssueResult,
  ): CashbillEventPayload {
    return {
      ...basePayload(corpNum, r.mgtKey, submitId),
      code: Number(r.code),
      success: Number(r.code) === 1,
      message: r.message ?? null,
      confirmNum: r.confirmNum ?? null,
      tradeDate: r.tradeDate ?? null,
      issueDT: r.issueDT ?? null,
      stateCode: Number(r.code) === 1 ? 300 : null,
    };
  }

  private receiptResult(r: WireBulkIssueResult): ReceiptResult {
    const ok = Number(r.code) === 1;
    return {
      mgtKey: r.mgtKey,
      state: ok ? "ISSUED" : "FAILED",
      code: Number(r.code),
      message: r.message ?? null,
      confirmNum: r.confirmNum ?? null,
      tradeDate: r.tradeDate ?? null,
      issueDt: r.issueDT ?? null,
      nextNtsCheckAt: ok ? this.now() + this.timing.filingCheckMs : null,
    };
  }
}
