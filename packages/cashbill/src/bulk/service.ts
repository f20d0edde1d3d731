import { isUnavailable } from "@korbill/core-auth";
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
import type { CashbillStore, ReceiptRow, SubmissionRow } from "./store.js";

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
}

/** Defaults: POPBiLL's advice of polling every 2-5 s; filing checks every 10 minutes. */
export const DEFAULT_BULK_TIMING: BulkTiming = {
  pollMinMs: 2_000,
  pollMaxMs: 5_000,
  reconcileMinMs: 1_000,
  reconcileMaxMs: 30_000,
  filingCheckMs: 600_000,
  recordedGraceMs: 12_000,
};

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
  ) {}

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
    await this.store.recordSubmission(
      {
        corpNum,
        submitId,
        keyId: input.keyId,
        userId: input.userId,
        state: "RECORDED",
        body: prepared.body,
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
      },
      input.cashbills.map((c) => c.mgtKey),
      now,
    );
    const row = (await this.store.submission(corpNum, submitId))!;
    await this.send(row);
    return (await this.store.submission(corpNum, submitId))!;
  }

  /** Sends the recorded bytes and files the outcome: accepted, refused, or unknown. */
  private async send(row: SubmissionRow): Promise<void> {
    const attempts = row.attempts + 1;
    try {
      const reply = await this.upstream.sendPreparedBulk(
        row.corpNum,
        row.submitId,
        { body: row.body, digest: row.digest },
        row.userId ?? undefined,
      );
      await this.store.updateSubmission(
        row.corpNum,
        row.submitId,
        {
          state: "SUBMITTED",
          receiptId: reply.receiptID ?? null,
          attempts,
          nextCheckAt: this.now() + this.pollDelay(),
          updatedAt: this.now(),
        },
        ["RECORDED", "RECONCILING"],
      );
    } catch (error) {
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
    );
    for (const r of receipts) {
      await this.store.updateReceipt(
        row.corpNum,
        r.mgtKey,
        { state: "FAILED", code, message: error.message, updatedAt: this.now() },
        ["PENDING"],
      );
    }
    await this.store.updateSubmission(
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
  }

  /** Works on one due submission: reconcile an unknown outcome, or poll a known one. */
  async check(row: SubmissionRow): Promise<void> {
    let result: WireBulkResult;
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
        await this.send(row);
        return;
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
      return;
    }
    if (result.txState === 2) {
      await this.complete(row, result);
      return;
    }
    await this.store.updateSubmission(row.corpNum, row.submitId, {
      state: result.txState === 1 ? "PROCESSING" : "SUBMITTED",
      txState: result.txState,
      receiptId: result.receiptID ?? row.receiptId,
      attempts: 0,
      nextCheckAt: this.now() + this.pollDelay(),
      updatedAt: this.now(),
    });
  }

  /** Files a completed bulk's per-receipt results: events first, then state. */
  private async complete(row: SubmissionRow, result: WireBulkResult): Promise<void> {
    const results = result.issueResult ?? [];
    await appendCashbillEvents(
      this.events,
      results.map((r) =>
        cashbillEvent("BULKRESULT", this.resultPayload(row.corpNum, row.submitId, r)),
      ),
    );
    for (const r of results) await this.applyIssueResult(row.corpNum, r);
    await this.store.updateSubmission(row.corpNum, row.submitId, {
      state: "COMPLETED",
      txState: 2,
      receiptId: result.receiptID ?? row.receiptId,
      successCount: result.successCount,
      failCount: result.failCount,
      completedAt: this.now(),
      updatedAt: this.now(),
    });
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

  private async applyIssueResult(corpNum: string, r: WireBulkIssueResult): Promise<void> {
    const ok = Number(r.code) === 1;
    await this.store.updateReceipt(
      corpNum,
      r.mgtKey,
      {
        state: ok ? "ISSUED" : "FAILED",
        code: Number(r.code),
        message: r.message ?? null,
        confirmNum: r.confirmNum ?? null,
        tradeDate: r.tradeDate ?? null,
        issueDt: r.issueDT ?? null,
        nextNtsCheckAt: ok ? this.now() + this.timing.filingCheckMs : null,
        updatedAt: this.now(),
      },
      ["PENDING"],
    );
  }

  /** A BULKRESULT webhook for one receipt: event, receipt, and completion when none is pending. */
  async applyBulkResultWebhook(
    corpNum: string,
    submitId: string | null,
    r: WireBulkIssueResult,
  ): Promise<void> {
    const receipt = await this.store.receipt(corpNum, r.mgtKey);
    const sid = submitId ?? receipt?.submitId ?? null;
    await appendCashbillEvents(this.events, [
      cashbillEvent("BULKRESULT", this.resultPayload(corpNum, sid, r)),
    ]);
    await this.applyIssueResult(corpNum, r);
    if (sid) await this.completeIfSettled(corpNum, sid);
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

/** True when a send may or may not have reached the upstream. */
function ambiguous(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return true;
  // A "SubmitID already used" refusal may mean our own earlier attempt got through.
  return isUnavailable(error) || error instanceof UpstreamConflictError;
}
