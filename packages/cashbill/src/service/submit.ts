import { RateLimitedError, defined } from "@korbill/core-domain";
import { UpstreamConflictError, UpstreamError, isUnavailable } from "@korbill/core-upstream";
import { type EventLog, backoffDelayMs } from "@korbill/core-events";
import type { WireBulkResponse, WireBulkResult, WireCashbill, WireCashbillInfo } from "../wire.js";
import { appendCashbillEvents, basePayload, cashbillEvent } from "./events.js";
import type { CashbillStore, SubmissionRow } from "../store/store.js";
import type { BulkLogger, BulkTiming } from "./timing.js";

/** The upstream calls the bulk flow needs (the cash-receipt client provides them). */
export interface BulkUpstream {
  prepareBulk(submitId: string, cashbills: WireCashbill[]): { body: string; digest: string };
  sendPreparedBulk(
    corpNum: string,
    submitId: string,
    prepared: { body: string; digest: string },
    userId?: string,
  ): Promise<WireBulkResponse>;
  getBulkResult(corpNum: string, submitId: string, userId?: string): Promise<WireBulkResult>;
  getInfos(corpNum: string, mgtKeys: string[]): Promise<WireCashbillInfo[]>;
}

/** What submitting tells the poll scheduler. */
export interface SubmissionWatch {
  /** The submission is this instance's to poll (claimed before it is sent). */
  adopt(corpNum: string, submitId: string): Promise<void>;
  /** Delay of the first poll after a send (the learned completion time). */
  firstPollDelay(): number;
  /** The upstream accepted the submission; its first poll is due at `firstPollAt`. */
  accepted(corpNum: string, submitId: string, sentAt: number, firstPollAt: number): void;
  /** The submission needs no more polls (refused, or never sent). */
  done(corpNum: string, submitId: string): Promise<void>;
}

/** A new submission as the resolver hands it over (validated). */
export interface SubmitInput {
  corpNum: string;
  submitId: string;
  keyId: string;
  userId: string | null;
  cashbills: WireCashbill[];
}

/**
 * Submit and reconcile. A submission is recorded before anything is sent; an ambiguous send
 * is reconciled through GetBulkResult (never blindly resent: a resend happens only when the
 * upstream says it does not know the SubmitID, and the SubmitID itself makes a duplicate
 * impossible). Every step can be redone after a crash from the database alone.
 */
export class BulkSubmitter {
  constructor(
    private readonly deps: {
      store: CashbillStore;
      upstream: BulkUpstream;
      events: EventLog;
      timing: BulkTiming;
      now: () => number;
      logger?: BulkLogger;
      watch: SubmissionWatch;
    },
  ) {}

  /** Records, then sends. Returns the submission as it stands after the first attempt. */
  async submit(input: SubmitInput): Promise<SubmissionRow> {
    const { store, upstream, now } = this.deps;
    const { corpNum, submitId } = input;
    const prepared = upstream.prepareBulk(submitId, input.cashbills);
    const at = now();
    const record = {
      corpNum,
      submitId,
      keyId: input.keyId,
      userId: input.userId,
      state: "RECORDED",
      digest: prepared.digest,
      submitCount: input.cashbills.length,
      receiptId: null,
      txState: null,
      successCount: null,
      failCount: null,
      errorCode: null,
      errorMessage: null,
      attempts: 0,
      // If this process dies before the send completes, another pass reconciles after this.
      nextCheckAt: at + this.deps.timing.recordedGraceMs,
      lastPollAt: null,
      createdAt: at,
      updatedAt: at,
      completedAt: null,
    } satisfies Omit<SubmissionRow, "stage">;
    const mgtKeys = input.cashbills.map((c) => c.mgtKey);
    await store.recordSubmission(record, prepared.body, mgtKeys, at);
    await this.deps.watch.adopt(corpNum, submitId);
    // The row as just written (no read back); the final read below is what the caller sees.
    await this.send({ ...record, stage: store.stage }, prepared.body);
    return defined(await store.submission(corpNum, submitId), "submission just recorded");
  }

  /** Sends the recorded bytes again: the upstream said it never received them. */
  async resend(row: SubmissionRow): Promise<void> {
    const body = await this.deps.store.submissionBody(row.corpNum, row.submitId);
    // Recorded with the submission, in the same transaction.
    if (body === undefined) throw new Error(`submission ${row.submitId} has no recorded body`);
    await this.send(row, body);
  }

  /**
   * An attempt to learn the outcome failed: try again after the shared backoff, not before
   * `notBefore`. Resolves to the time of the next attempt.
   */
  async retryLater(row: SubmissionRow, error: unknown, notBefore: number): Promise<number> {
    const attempts = row.attempts + 1;
    this.deps.logger?.warn("GetBulkResult failed; will retry", {
      submitId: row.submitId,
      error: String(error),
    });
    const nextCheckAt = Math.max(notBefore, this.deps.now() + this.reconcileDelay(attempts));
    await this.deps.store.updateSubmission(row.corpNum, row.submitId, {
      attempts,
      nextCheckAt,
      updatedAt: this.deps.now(),
    });
    return nextCheckAt;
  }

  /** Sends the recorded bytes (`body`) and files the outcome: accepted, refused, or unknown. */
  private async send(row: SubmissionRow, body: string): Promise<void> {
    const { store, upstream, now, watch } = this.deps;
    const attempts = row.attempts + 1;
    const sentAt = now();
    try {
      const reply = await upstream.sendPreparedBulk(
        row.corpNum,
        row.submitId,
        { body, digest: row.digest },
        row.userId ?? undefined,
      );
      // The first poll counts from the send, as the poll plan measures.
      const firstPollAt = sentAt + watch.firstPollDelay();
      const accepted = await store.updateSubmission(
        row.corpNum,
        row.submitId,
        {
          state: "SUBMITTED",
          receiptId: reply.receiptID ?? null,
          attempts,
          nextCheckAt: firstPollAt,
          updatedAt: now(),
        },
        ["RECORDED", "RECONCILING"],
      );
      if (accepted) watch.accepted(row.corpNum, row.submitId, sentAt, firstPollAt);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // Refused by korbill before anything was sent: as if never submitted, retry as is.
        await store.forgetUnsentSubmission(row.corpNum, row.submitId);
        await watch.done(row.corpNum, row.submitId);
        throw error;
      }
      if (ambiguous(error)) {
        this.deps.logger?.warn("bulk send outcome unknown; reconciling via GetBulkResult", {
          submitId: row.submitId,
          error: String(error),
        });
        await store.updateSubmission(
          row.corpNum,
          row.submitId,
          {
            state: "RECONCILING",
            attempts,
            nextCheckAt: now() + this.reconcileDelay(attempts),
            updatedAt: now(),
          },
          ["RECORDED", "RECONCILING"],
        );
        return;
      }
      await this.fail(row, error as UpstreamError, attempts);
    }
  }

  /** A definite refusal of the whole submission: every receipt gets a failed BULKRESULT. */
  private async fail(row: SubmissionRow, error: UpstreamError, attempts: number): Promise<void> {
    const { store, now } = this.deps;
    const receipts = await store.receiptsOf(row.corpNum, row.submitId);
    const code = typeof error.code === "number" ? error.code : null;
    await appendCashbillEvents(
      this.deps.events,
      receipts.map((r) =>
        cashbillEvent("BULKRESULT", {
          ...basePayload(row.corpNum, r.mgtKey, row.submitId),
          code,
          message: error.message,
        }),
      ),
      async (db) => {
        const within = store.within(db);
        for (const r of receipts) {
          await within.updateReceipt(
            row.corpNum,
            r.mgtKey,
            { state: "FAILED", code, message: error.message, updatedAt: now() },
            ["PENDING"],
          );
        }
        await within.updateSubmission(
          row.corpNum,
          row.submitId,
          {
            state: "FAILED",
            attempts,
            errorCode: code,
            errorMessage: error.message,
            successCount: 0,
            failCount: receipts.length,
            completedAt: now(),
            updatedAt: now(),
          },
          ["RECORDED", "RECONCILING"],
        );
      },
    );
    await this.deps.watch.done(row.corpNum, row.submitId);
  }

  private reconcileDelay(attempts: number): number {
    const { reconcileMinMs, reconcileMaxMs } = this.deps.timing;
    return backoffDelayMs(attempts - 1, { baseMs: reconcileMinMs, maxMs: reconcileMaxMs });
  }
}

/** True when a send may or may not have reached the upstream. */
function ambiguous(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return true;
  // A "SubmitID already used" refusal may mean our own earlier attempt got through.
  return isUnavailable(error) || error instanceof UpstreamConflictError;
}
