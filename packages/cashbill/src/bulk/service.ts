import { InFlight, RateLimitedError, isUnavailable } from "@korbill/core-auth";
import type { EventLog, NewEvent } from "@korbill/core-events";
import { UpstreamConflictError, UpstreamError, UpstreamNotFoundError } from "@korbill/core-auth";
import type {
  WireBulkIssueResult,
  WireBulkResponse,
  WireBulkResult,
  WireCashbill,
  WireCashbillInfo,
} from "../wire.js";
import {
  type CashbillEventPayload,
  appendCashbillEvents,
  basePayload,
  cashbillEvent,
} from "./events.js";
import { PollPlan } from "./poll-plan.js";
import {
  type CashbillStore,
  OPEN_STATES,
  type ReceiptResult,
  type ReceiptRow,
  type SubmissionRow,
} from "./store.js";

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

/** Timing of the bulk flow. */
export interface BulkTiming {
  /** Poll GetBulkResult every pollMinMs..pollMaxMs (jittered) while no webhook completed it. */
  pollMinMs: number;
  pollMaxMs: number;
  /** Back-off after an ambiguous outcome, doubled up to reconcileMaxMs. */
  reconcileMinMs: number;
  reconcileMaxMs: number;
  /** How often issued receipts are checked for their NTS filing result (GetInfos). */
  filingCheckMs: number;
  /**
   * How long a recorded submission waits before the worker reconciles it (longer than one
   * send attempt, so it only acts for a process that died mid-send).
   */
  recordedGraceMs: number;
  /**
   * First poll of a bulk this process sent, before any completion was observed; later ones
   * follow the learned completion time (`PollPlan`). 0 = poll every pollMinMs..pollMaxMs only.
   */
  firstPollMs?: number;
  /** Earliest learned first poll, ms after the send (steps after a miss may be shorter). */
  minPollMs?: number;
  /**
   * Poll at the learned times with in-process timers instead of waiting for the worker's next
   * pass (the gateway turns this on; the worker still covers everything after a restart).
   */
  timers?: boolean;
}

/** Defaults: POPBiLL's advice of polling every 2-5 s; filing checks every 10 minutes. */
export const DEFAULT_BULK_TIMING: BulkTiming = {
  pollMinMs: 2_000,
  pollMaxMs: 5_000,
  reconcileMinMs: 1_000,
  reconcileMaxMs: 30_000,
  filingCheckMs: 600_000,
  recordedGraceMs: 12_000,
  firstPollMs: 1_000,
  minPollMs: 250,
};

/** Filed receipts remembered for answering their webhooks without a read (~200 bulks). */
const SETTLED_REMEMBERED = 20_000;

/** What the logger needs. */
export interface BulkLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * The exactly-once bulk issuance flow. A submission is recorded before anything is sent; an
 * ambiguous send is reconciled through GetBulkResult (never blindly resent: a resend happens
 * only when the upstream says it does not know the SubmitID, and the SubmitID itself makes a
 * duplicate impossible); results, from webhook or poll, become events whose ids collapse
 * duplicates. Every step can be redone after a crash from the database alone.
 */
export class BulkService {
  constructor(
    private readonly store: CashbillStore,
    private readonly upstream: BulkUpstream,
    private readonly events: EventLog,
    private readonly timing: BulkTiming = DEFAULT_BULK_TIMING,
    private readonly now: () => number = Date.now,
    private readonly logger?: BulkLogger,
  ) {
    const first = timing.firstPollMs ?? 0;
    this.plan =
      first > 0
        ? new PollPlan({
            initialMs: first,
            minMs: timing.minPollMs ?? 250,
            maxMs: timing.pollMaxMs,
            quickSteps: 6,
          })
        : null;
  }

  /**
   * Receipts whose bulk result this process filed (corpNum:mgtKey), newest last, bounded.
   * POPBiLL then sends one BULKRESULT webhook per receipt; each is a duplicate, and this
   * answers it without a database read (the same decision the read would give: the result
   * and the receipt's state were committed together). Other processes' filings, and
   * anything evicted, still go through the read.
   */
  private readonly settled = new Set<string>();

  /** In-flight GetBulkResult checks, by corpNum:submitId: one per submission at a time. */
  private readonly checking = new InFlight<string, Set<string>>();
  /** Bulks this process sent and still polls at learned times, by corpNum:submitId. */
  private readonly watched = new Map<
    string,
    {
      sentAt: number;
      lastPollAt: number | null;
      misses: number;
      timer?: NodeJS.Timeout;
      /** When the armed timer was meant to fire (it fires late when the process is busy). */
      plannedAt?: number;
    }
  >();
  private readonly plan: PollPlan | null;

  /** Stops the poll timers (the gateway is shutting down; the worker covers the rest). */
  stop(): void {
    for (const w of this.watched.values()) clearTimeout(w.timer);
    this.watched.clear();
  }

  /** Records, then sends. Returns the submission as it stands after the first attempt. */
  async submit(input: {
    corpNum: string;
    submitId: string;
    keyId: string;
    userId: string | null;
    cashbills: WireCashbill[];
  }): Promise<SubmissionRow> {
    const { corpNum, submitId } = input;
    const prepared = this.upstream.prepareBulk(submitId, input.cashbills);
    const now = this.now();
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
      // If this process dies before the send completes, the worker reconciles after this.
      nextCheckAt: now + this.timing.recordedGraceMs,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    } satisfies Omit<SubmissionRow, "stage">;
    await this.store.recordSubmission(
      record,
      prepared.body,
      input.cashbills.map((c) => c.mgtKey),
      now,
    );
    // The row as just written (no read back); the final read below is what the caller sees.
    await this.send({ ...record, stage: this.store.stage }, prepared.body);
    return (await this.store.submission(corpNum, submitId))!;
  }

  /** Sends the recorded bytes (`body`) and files the outcome: accepted, refused, or unknown. */
  private async send(row: SubmissionRow, body: string): Promise<void> {
    const attempts = row.attempts + 1;
    const sentAt = this.now();
    try {
      const reply = await this.upstream.sendPreparedBulk(
        row.corpNum,
        row.submitId,
        { body, digest: row.digest },
        row.userId ?? undefined,
      );
      // A learned first poll counts from the send (as the plan measures); 2-5 s from now.
      const nextCheckAt = this.plan
        ? sentAt + this.plan.firstDelay()
        : this.now() + this.pollDelay();
      const accepted = await this.store.updateSubmission(
        row.corpNum,
        row.submitId,
        {
          state: "SUBMITTED",
          receiptId: reply.receiptID ?? null,
          attempts,
          nextCheckAt,
          updatedAt: this.now(),
        },
        ["RECORDED", "RECONCILING"],
      );
      if (accepted && this.plan) {
        const key = submissionKey(row.corpNum, row.submitId);
        this.watched.set(key, { sentAt, lastPollAt: null, misses: 0 });
        this.arm(row.corpNum, row.submitId, Math.max(0, nextCheckAt - this.now()));
      }
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // Refused by korbill before anything was sent: as if never submitted, retry as is.
        await this.store.forgetUnsentSubmission(row.corpNum, row.submitId);
        throw error;
      }
      if (ambiguous(error)) {
        this.logger?.warn("bulk send outcome unknown; reconciling via GetBulkResult", {
          submitId: row.submitId,
          error: String(error),
        });
        await this.store.updateSubmission(
          row.corpNum,
          row.submitId,
          {
            state: "RECONCILING",
            attempts,
            nextCheckAt: this.now() + this.reconcileDelay(attempts),
            updatedAt: this.now(),
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
    const receipts = await this.store.receiptsOf(row.corpNum, row.submitId);
    const code = typeof error.code === "number" ? error.code : null;
    await appendCashbillEvents(
      this.events,
      receipts.map((r) =>
        cashbillEvent("BULKRESULT", {
          ...basePayload(row.corpNum, r.mgtKey, row.submitId),
          code,
          message: error.message,
        }),
      ),
      async (db) => {
        const store = this.store.within(db);
        for (const r of receipts) {
          await store.updateReceipt(
            row.corpNum,
            r.mgtKey,
            { state: "FAILED", code, message: error.message, updatedAt: this.now() },
            ["PENDING"],
          );
        }
        await store.updateSubmission(
          row.corpNum,
          row.submitId,
          {
            state: "FAILED",
            attempts,
            errorCode: code,
            errorMessage: error.message,
            successCount: 0,
            failCount: receipts.length,
            completedAt: this.now(),
            updatedAt: this.now(),
          },
          ["RECORDED", "RECONCILING"],
        );
      },
    );
  }

  /** Works on one due submission: reconcile an unknown outcome, or poll a known one. */
  async check(row: SubmissionRow): Promise<void> {
    await this.checkOnce(row);
  }

  /** One check per submission at a time; resolves to the mgtKeys it filed (none unless done). */
  private checkOnce(row: SubmissionRow): Promise<Set<string>> {
    return this.checking.run(submissionKey(row.corpNum, row.submitId), () => this.checkNow(row));
  }

  /** Polls at the learned time with a timer (when enabled); errors are logged, not thrown. */
  private arm(corpNum: string, submitId: string, delayMs: number): void {
    const watch = this.watched.get(submissionKey(corpNum, submitId));
    if (!watch || !this.timing.timers) return;
    clearTimeout(watch.timer);
    watch.plannedAt = this.now() + delayMs;
    watch.timer = setTimeout(() => {
      void (async () => {
        const row = await this.store.submission(corpNum, submitId);
        if (!row || !OPEN_STATES.includes(row.state)) return;
        // Timers run on the event loop's coarse clock, which can fire a few ms before
        // `now()` reaches the due time (and the wall clock may be stepped back): wait out the
        // rest instead of dropping the poll, which left the bulk to the worker's next pass.
        const early = row.nextCheckAt - this.now();
        if (early > 0) this.arm(corpNum, submitId, early);
        else await this.checkOnce(row);
      })().catch((error: unknown) =>
        this.logger?.warn("bulk poll failed", { submitId, error: String(error) }),
      );
    }, delayMs);
    watch.timer.unref?.();
  }

  /** The next poll of an open bulk: learned for one this process sent, else 2-5 s. */
  private nextPollDelay(row: SubmissionRow, askedAt: number): number {
    const key = submissionKey(row.corpNum, row.submitId);
    const watch = this.watched.get(key);
    if (!watch || !this.plan) return this.pollDelay();
    watch.misses++;
    watch.lastPollAt = askedAt;
    const delay = this.plan.nextDelay(watch.misses);
    if (delay === null) {
      clearTimeout(watch.timer);
      this.watched.delete(key);
      return this.pollDelay();
    }
    this.arm(row.corpNum, row.submitId, delay);
    return delay;
  }

  /**
   * A bulk this process sent is complete, as a GetBulkResult sent at `askedAt` found: learn
   * from how long it took (poll times count from when each request was sent).
   */
  private learn(corpNum: string, submitId: string, askedAt: number): void {
    const key = submissionKey(corpNum, submitId);
    const watch = this.watched.get(key);
    if (!watch) return;
    clearTimeout(watch.timer);
    this.watched.delete(key);
    if (this.plan) {
      // A timer that fired late (a busy event loop) found the bulk complete: count the time
      // it was meant to fire, so the process's own lag does not teach the plan later polls.
      const hitAt = Math.min(askedAt, watch.plannedAt ?? askedAt);
      this.plan.completed(
        hitAt - watch.sentAt,
        watch.lastPollAt === null ? null : watch.lastPollAt - watch.sentAt,
      );
    }
  }

  private async checkNow(row: SubmissionRow): Promise<Set<string>> {
    let result: WireBulkResult;
    const askedAt = this.now();
    try {
      result = await this.upstream.getBulkResult(
        row.corpNum,
        row.submitId,
        row.userId ?? undefined,
      );
    } catch (error) {
      if (
        error instanceof UpstreamNotFoundError &&
        (row.state === "RECORDED" || row.state === "RECONCILING")
      ) {
        // The upstream never received it: sending now cannot duplicate (same SubmitID).
        const body = await this.store.submissionBody(row.corpNum, row.submitId);
        // Recorded with the submission, in the same transaction.
        if (body === undefined) throw new Error(`submission ${row.submitId} has no recorded body`);
        await this.send(row, body);
        return new Set();
      }
      const attempts = row.attempts + 1;
      this.logger?.warn("GetBulkResult failed; will retry", {
        submitId: row.submitId,
        error: String(error),
      });
      await this.store.updateSubmission(row.corpNum, row.submitId, {
        attempts,
        nextCheckAt: this.now() + this.reconcileDelay(attempts),
        updatedAt: this.now(),
      });
      return new Set();
    }
    if (result.txState === 2) {
      const filed = await this.complete(row, result);
      this.learn(row.corpNum, row.submitId, askedAt);
      return filed;
    }
    await this.store.updateSubmission(row.corpNum, row.submitId, {
      state: result.txState === 1 ? "PROCESSING" : "SUBMITTED",
      txState: result.txState,
      receiptId: result.receiptID ?? row.receiptId,
      attempts: 0,
      nextCheckAt: this.now() + this.nextPollDelay(row, askedAt),
      updatedAt: this.now(),
    });
    return new Set();
  }

  /**
   * Files a completed bulk's per-receipt results: the events, the receipts and the submission
   * in one transaction. Returns the mgtKeys the result covered.
   */
  private async complete(row: SubmissionRow, result: WireBulkResult): Promise<Set<string>> {
    const results = result.issueResult ?? [];
    await appendCashbillEvents(
      this.events,
      results.map((r) =>
        cashbillEvent("BULKRESULT", this.resultPayload(row.corpNum, row.submitId, r)),
      ),
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

  private resultPayload(
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

  private async applyIssueResult(
    store: CashbillStore,
    corpNum: string,
    r: WireBulkIssueResult,
  ): Promise<void> {
    const { mgtKey, ...patch } = this.receiptResult(r);
    await store.updateReceipt(corpNum, mgtKey, { ...patch, updatedAt: this.now() }, ["PENDING"]);
  }

  /**
   * A BULKRESULT webhook for one receipt. POPBiLL sends one per receipt when the bulk
   * completes, so the first one of a submission is taken as a doorbell: one GetBulkResult
   * (shared by every webhook of that submission arriving meanwhile) files all its results in
   * one transaction, and the other webhooks find their receipt settled after one read. When
   * that fetch fails or the bulk is not complete yet, the webhook's own result is filed.
   */
  async applyBulkResultWebhook(
    corpNum: string,
    submitId: string | null,
    r: WireBulkIssueResult,
  ): Promise<"applied" | "duplicate"> {
    if (this.settled.has(`${corpNum}:${r.mgtKey}`)) return "duplicate";
    const receipt = await this.store.receipt(corpNum, r.mgtKey);
    // A bulk receipt past PENDING has its BULKRESULT event (written in the same transaction).
    if (receipt?.submitId && receipt.state !== "PENDING") return "duplicate";
    const sid = submitId ?? receipt?.submitId ?? null;
    if (receipt?.submitId && sid === receipt.submitId) {
      const filed = await this.settleSubmission(corpNum, sid);
      if (filed.has(r.mgtKey)) return "applied";
    }
    await appendCashbillEvents(
      this.events,
      [cashbillEvent("BULKRESULT", this.resultPayload(corpNum, sid, r))],
      (db) => this.applyIssueResult(this.store.within(db), corpNum, r),
    );
    if (sid) await this.completeIfSettled(corpNum, sid);
    return "applied";
  }

  /** The doorbell: checks an open submission now (shared with any check in flight). */
  private async settleSubmission(corpNum: string, submitId: string): Promise<Set<string>> {
    const row = await this.store.submission(corpNum, submitId);
    if (!row || !OPEN_STATES.includes(row.state)) return new Set();
    return this.checkOnce(row);
  }

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

  /**
   * A receipt issued one at a time (issueCashbill, or POPBiLL's `Issue` webhook): an ISSUED
   * event, and the receipt joins the filing watch.
   */
  async recordIssued(
    corpNum: string,
    mgtKey: string,
    issued: { confirmNum?: string | null; tradeDate?: string | null; issueDT?: string | null },
  ): Promise<void> {
    const receipt = await this.store.receipt(corpNum, mgtKey);
    await appendCashbillEvents(this.events, [
      cashbillEvent("ISSUED", {
        ...basePayload(corpNum, mgtKey, receipt?.submitId ?? null),
        code: 1,
        success: true,
        confirmNum: issued.confirmNum ?? null,
        tradeDate: issued.tradeDate ?? null,
        issueDT: issued.issueDT ?? null,
        stateCode: 300,
      }),
    ]);
    if (!receipt) return; // issued outside korbill: reported, not watched
    await this.store.updateReceipt(
      corpNum,
      mgtKey,
      {
        state: "ISSUED",
        code: 1,
        confirmNum: issued.confirmNum ?? null,
        tradeDate: issued.tradeDate ?? null,
        issueDt: issued.issueDT ?? null,
        nextNtsCheckAt: this.now() + this.timing.filingCheckMs,
        updatedAt: this.now(),
      },
      ["PENDING"],
    );
  }

  /** A filing result (webhook NTS or GetInfos): NTS_FILED for 304, NTS_FAILED for 305. */
  async applyFiling(
    corpNum: string,
    info: Pick<
      WireCashbillInfo,
      "mgtKey" | "stateCode" | "confirmNum" | "tradeDate" | "ntsresultCode" | "ntsresultMessage"
    >,
  ): Promise<boolean> {
    if (info.stateCode !== 304 && info.stateCode !== 305) return false;
    const receipt = await this.store.receipt(corpNum, info.mgtKey);
    const kind = info.stateCode === 304 ? "NTS_FILED" : "NTS_FAILED";
    await appendCashbillEvents(this.events, [this.filingEvent(corpNum, receipt, info, kind)]);
    await this.store.updateReceipt(
      corpNum,
      info.mgtKey,
      {
        state: kind,
        ntsResultCode: info.ntsresultCode ?? null,
        ntsResultMessage: info.ntsresultMessage ?? null,
        ntsAt: this.now(),
        nextNtsCheckAt: null,
        updatedAt: this.now(),
      },
      ["PENDING", "ISSUED"],
    );
    return true;
  }

  private filingEvent(
    corpNum: string,
    receipt: ReceiptRow | undefined,
    info: Parameters<BulkService["applyFiling"]>[1],
    kind: "NTS_FILED" | "NTS_FAILED",
  ): NewEvent<CashbillEventPayload> {
    return cashbillEvent(kind, {
      ...basePayload(corpNum, info.mgtKey, receipt?.submitId ?? null),
      code: receipt?.code ?? null,
      success: kind === "NTS_FILED",
      message: info.ntsresultMessage ?? null,
      confirmNum: info.confirmNum ?? receipt?.confirmNum ?? null,
      tradeDate: info.tradeDate ?? receipt?.tradeDate ?? null,
      issueDT: receipt?.issueDt ?? null,
      stateCode: info.stateCode,
      ntsResultCode: info.ntsresultCode ?? null,
      ntsResultMessage: info.ntsresultMessage ?? null,
    });
  }

  /** Checks due filing results with GetInfos, up to 1,000 receipts per member per call. */
  async checkFilings(): Promise<number> {
    const due = await this.store.dueFilingChecks(this.now(), 1000);
    const byCorp = new Map<string, string[]>();
    for (const r of due) byCorp.set(r.corpNum, [...(byCorp.get(r.corpNum) ?? []), r.mgtKey]);
    let filed = 0;
    for (const [corpNum, keys] of byCorp) {
      let infos: WireCashbillInfo[];
      try {
        infos = await this.upstream.getInfos(corpNum, keys);
      } catch (error) {
        this.logger?.warn("GetInfos failed; filing check postponed", {
          corpNum,
          error: String(error),
        });
        await this.postponeFiling(corpNum, keys, this.timing.reconcileMaxMs);
        continue;
      }
      const pending: string[] = [];
      for (const info of infos)
        if (await this.applyFiling(corpNum, info)) filed++;
        else pending.push(info.mgtKey);
      const answered = new Set(infos.map((i) => i.mgtKey));
      pending.push(...keys.filter((k) => !answered.has(k)));
      await this.postponeFiling(corpNum, pending, this.timing.filingCheckMs);
    }
    return filed;
  }

  private async postponeFiling(corpNum: string, keys: string[], delayMs: number): Promise<void> {
    const next = this.now() + delayMs;
    for (const mgtKey of keys)
      await this.store.updateReceipt(corpNum, mgtKey, { nextNtsCheckAt: next }, ["ISSUED"]);
  }

  /** One pass of the worker: due submissions (a few at a time), then filing checks. */
  async tick(concurrency = 8): Promise<{ checked: number; filed: number }> {
    const due = await this.store.dueSubmissions(this.now(), 100);
    for (let i = 0; i < due.length; i += concurrency) {
      await Promise.all(
        due
          .slice(i, i + concurrency)
          .map((row) =>
            this.check(row).catch((e: unknown) =>
              this.logger?.warn("bulk check failed", { submitId: row.submitId, error: String(e) }),
            ),
          ),
      );
    }
    const filed = await this.checkFilings();
    return { checked: due.length, filed };
  }

  private pollDelay(): number {
    const { pollMinMs, pollMaxMs } = this.timing;
    return pollMinMs + Math.floor(Math.random() * Math.max(0, pollMaxMs - pollMinMs));
  }

  private reconcileDelay(attempts: number): number {
    const base = Math.min(
      this.timing.reconcileMaxMs,
      this.timing.reconcileMinMs * 2 ** Math.max(0, attempts - 1),
    );
    return Math.floor(base / 2 + (Math.random() * base) / 2);
  }
}

function submissionKey(corpNum: string, submitId: string): string {
  return `${corpNum}:${submitId}`;
}

/** True when a send may or may not have reached the upstream. */
function ambiguous(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return true;
  // A "SubmitID already used" refusal may mean our own earlier attempt got through.
  return isUnavailable(error) || error instanceof UpstreamConflictError;
}
