import { refill } from "../persist/maps.js";
import { kstDate, kstDateTime } from "../kst.js";
import {
  type CrawlDirection,
  type HometaxService,
  type HTCashbillRow,
  type HTTaxinvoiceRow,
  type TaxinvoiceDateType,
} from "./types.js";

/** How long a crawl waits (jobState 1) and then runs (jobState 2), in sandbox time. */
export interface JobTiming {
  readonly pendingMs: number;
  readonly processingMs: number;
}

/** Default timing: pending 1 s, then processing 3 s with `collectCount` rising. */
export const DEFAULT_JOB_TIMING: JobTiming = { pendingMs: 1_000, processingMs: 3_000 };

/** A JobID is valid for one hour after the request (popbill.md §3c). */
export const JOB_LIFETIME_MS = 60 * 60 * 1000;

/** How a crawl ends: errorCode 1 (success) or a failure code with its reason. */
export interface JobOutcome {
  readonly errorCode: number;
  readonly errorReason: string;
  /** A failed HomeTax login ends the job as soon as it starts, with nothing collected. */
  readonly atLogin: boolean;
}

interface JobBase {
  readonly jobID: string;
  readonly corpNum: string;
  readonly direction: CrawlDirection;
  readonly sDate: string;
  readonly eDate: string;
  readonly requestedAtMs: number;
  readonly timing: JobTiming;
  readonly outcome: JobOutcome;
}

/** A cash-receipt crawl with everything it will have collected. */
export interface CashbillJob extends JobBase {
  readonly service: "Cashbill";
  readonly rows: readonly HTCashbillRow[];
}

/** A tax-invoice crawl with everything it will have collected. */
export interface TaxinvoiceJob extends JobBase {
  readonly service: "Taxinvoice";
  readonly dType: TaxinvoiceDateType;
  readonly rows: readonly HTTaxinvoiceRow[];
}

/** A crawl job. */
export type CrawlJob = CashbillJob | TaxinvoiceJob;

/** JobState as on the wire (Java `HTCashbillJobState` / `HTTaxinvoiceJobState`). */
export interface JobStateView {
  readonly jobID: string;
  readonly jobState: "1" | "2" | "3";
  readonly queryType: "매출" | "매입" | "수탁";
  readonly queryDateType: string;
  readonly queryStDate: string;
  readonly queryEnDate: string;
  readonly errorCode: number;
  readonly errorReason: string;
  readonly jobStartDT: string;
  readonly jobEndDT: string;
  readonly collectCount: number;
  readonly regDT: string;
}

const QUERY_TYPES = { SELL: "매출", BUY: "매입", TRUSTEE: "수탁" } as const;
const DATE_TYPES = { W: "WriteDate", I: "IssueDate", S: "SendDate" } as const;

/** When the job starts processing and when it finishes, in epoch ms. */
function jobPhases(job: CrawlJob): { startMs: number; endMs: number } {
  const startMs = job.requestedAtMs + job.timing.pendingMs;
  return { startMs, endMs: job.outcome.atLogin ? startMs : startMs + job.timing.processingMs };
}

/**
 * The job as POPBiLL reports it at `nowMs`, computed from the clock: jobState 1 until it
 * starts, 2 while `collectCount` rises in proportion to the time spent, then 3 with the
 * outcome. Before the end `errorCode` is 0 and the unset times are "" [INF].
 */
export function jobStateAt(job: CrawlJob, nowMs: number): JobStateView {
  const { startMs, endMs } = jobPhases(job);
  const finished = nowMs >= endMs;
  const started = nowMs >= startMs;
  const succeeded = job.outcome.errorCode === 1;
  const total = job.rows.length;
  const collectCount = finished
    ? succeeded
      ? total
      : 0
    : started && succeeded
      ? Math.floor((total * (nowMs - startMs)) / Math.max(1, endMs - startMs))
      : 0;
  return {
    jobID: job.jobID,
    jobState: finished ? "3" : started ? "2" : "1",
    queryType: QUERY_TYPES[job.direction],
    // [INF] Java documents WriteDate/IssueDate/SendDate; cash receipts are crawled by trade date.
    queryDateType: job.service === "Taxinvoice" ? DATE_TYPES[job.dType] : "TradeDate",
    queryStDate: job.sDate,
    queryEnDate: job.eDate,
    errorCode: finished ? job.outcome.errorCode : 0,
    errorReason: finished ? job.outcome.errorReason : "",
    jobStartDT: started ? kstDateTime(startMs) : "",
    jobEndDT: finished ? kstDateTime(endMs) : "",
    collectCount,
    regDT: kstDateTime(job.requestedAtMs),
  };
}

/** Whether the job's hour is over at `nowMs`. */
function isExpired(job: CrawlJob, nowMs: number): boolean {
  return nowMs >= job.requestedAtMs + JOB_LIFETIME_MS;
}

/**
 * Crawl jobs of every member. JobIDs are 18 digits, `0` + KST `yyMMdd` + `1` + a 10-digit
 * sequence (the shape of `025102210000000001`), so they never repeat within a sandbox.
 * Jobs are forgotten two hours after their request.
 */
export class JobBook {
  readonly #jobs = new Map<string, CrawlJob>();
  #seq = 0;

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return { jobs: this.#jobs, seq: this.#seq };
  }

  load(data: ReturnType<JobBook["dump"]>): void {
    refill(this.#jobs, data.jobs);
    this.#seq = data.seq;
  }

  /** A fresh JobID for a request at `nowMs`. */
  nextJobId(nowMs: number): string {
    this.#seq += 1;
    return `0${kstDate(nowMs).slice(2)}1${String(this.#seq).padStart(10, "0")}`;
  }

  /** Stores a job and forgets the ones older than two hours. */
  add(job: CrawlJob): void {
    for (const [id, old] of this.#jobs)
      if (job.requestedAtMs - old.requestedAtMs > 2 * JOB_LIFETIME_MS) this.#jobs.delete(id);
    this.#jobs.set(job.jobID, job);
  }

  /** The member's unexpired job of that service, else `undefined` (the caller cannot tell why). */
  find(
    corpNum: string,
    service: HometaxService,
    jobId: string,
    nowMs: number,
  ): CrawlJob | undefined {
    const job = this.#jobs.get(jobId);
    if (!job || job.corpNum !== corpNum || job.service !== service) return undefined;
    return isExpired(job, nowMs) ? undefined : job;
  }

  /** The member's unexpired jobs of a service, newest first. */
  active(corpNum: string, service: HometaxService, nowMs: number): CrawlJob[] {
    return [...this.#jobs.values()]
      .filter((job) => job.corpNum === corpNum && job.service === service && !isExpired(job, nowMs))
      .reverse();
  }

  /** Every remembered job (expired ones too), optionally of one member, oldest first. */
  all(corpNum?: string): CrawlJob[] {
    const jobs = [...this.#jobs.values()];
    return corpNum === undefined ? jobs : jobs.filter((job) => job.corpNum === corpNum);
  }
}
