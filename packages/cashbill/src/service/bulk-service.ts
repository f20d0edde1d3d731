import { type EventLog, LocalClaims, type WorkClaims } from "@korbill/core-events";
import type { WireBulkIssueResult } from "../wire.js";
import { type FilingInfo, FilingWatch } from "./filing-watch.js";
import { PollScheduler } from "./poll-scheduler.js";
import { BulkResults } from "./results.js";
import { type IssuedReceipt, recordIssued } from "./single.js";
import type { CashbillStore, SubmissionRow } from "../store/store.js";
import { BulkSubmitter, type BulkUpstream, type SubmitInput } from "./submit.js";
import { type BulkLogger, type BulkTiming, DEFAULT_BULK_TIMING } from "./timing.js";

export { type BulkUpstream, type SubmitInput } from "./submit.js";
export { type BulkLogger, type BulkTiming, DEFAULT_BULK_TIMING } from "./timing.js";

/**
 * The exactly-once bulk issuance flow, wired from its parts (read them in this order):
 * `submit.ts` records, sends and reconciles; `poll-scheduler.ts` decides when GetBulkResult is
 * sent, for the submissions this instance claims; `results.ts` files a completed bulk and
 * takes BULKRESULT webhooks as a doorbell; `filing-watch.ts` follows issued receipts to their
 * NTS filing; `single.ts` records receipts issued one at a time.
 */
export class BulkService {
  private readonly submitter: BulkSubmitter;
  private readonly scheduler: PollScheduler;
  private readonly results: BulkResults;
  private readonly filing: FilingWatch;

  constructor(
    private readonly store: CashbillStore,
    upstream: BulkUpstream,
    private readonly events: EventLog,
    private readonly timing: BulkTiming = DEFAULT_BULK_TIMING,
    private readonly now: () => number = Date.now,
    logger?: BulkLogger,
    /** Which instance works on which submission (in-process when alone). */
    claims: WorkClaims = new LocalClaims(),
  ) {
    const common = { store, timing, now, logger };
    this.results = new BulkResults(store, events, timing, now);
    this.scheduler = new PollScheduler({
      ...common,
      upstream,
      claims,
      results: this.results,
      submitter: () => this.submitter,
    });
    this.submitter = new BulkSubmitter({ ...common, upstream, events, watch: this.scheduler });
    this.filing = new FilingWatch({
      ...common,
      events,
      claims,
      getInfos: (corpNum, keys) => upstream.getInfos(corpNum, keys),
    });
  }

  /** Records, then sends. Returns the submission as it stands after the first attempt. */
  submit(input: SubmitInput): Promise<SubmissionRow> {
    return this.submitter.submit(input);
  }

  /** Works on one submission now: reconciles an unknown outcome, or polls a known one. */
  async check(row: SubmissionRow): Promise<void> {
    await this.scheduler.poll(row);
  }

  /** A BULKRESULT webhook for one receipt (a doorbell for one GetBulkResult of its bulk). */
  applyBulkResultWebhook(
    corpNum: string,
    submitId: string | null,
    r: WireBulkIssueResult,
  ): Promise<"applied" | "duplicate"> {
    return this.results.applyWebhook(corpNum, submitId, r, (c, s) => this.scheduler.ring(c, s));
  }

  /** A receipt issued one at a time (issueCashbill, or POPBiLL's `Issue` webhook). */
  recordIssued(corpNum: string, mgtKey: string, issued: IssuedReceipt): Promise<boolean> {
    const { store, events, timing, now } = this;
    return recordIssued({ store, events, timing, now }, corpNum, mgtKey, issued);
  }

  /** A filing result (webhook NTS or GetInfos): NTS_FILED for 304, NTS_FAILED for 305. */
  applyFiling(corpNum: string, info: FilingInfo): Promise<boolean> {
    return this.filing.apply(corpNum, info);
  }

  /** Checks due filing results with GetInfos, up to 1,000 receipts per member per call. */
  checkFilings(): Promise<number> {
    return this.filing.check();
  }

  /** One pass of the worker: due submissions this instance claims, then filing checks. */
  async tick(concurrency = 8): Promise<{ checked: number; filed: number }> {
    const checked = await this.scheduler.tick(concurrency);
    const filed = await this.filing.check();
    return { checked, filed };
  }

  /** Stops the poll timers (the gateway is shutting down). */
  stop(): void {
    this.scheduler.stop();
  }
}
