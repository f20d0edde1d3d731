import { ConflictError, NotFoundError, toKstIso, defined } from "@korbill/core-domain";
import { type EventLog, LocalClaims, type WorkClaims } from "@korbill/core-events";
import type { HometaxClient } from "../client/client.js";
import { HometaxJobEventType, HometaxJobStatus, HometaxService } from "../enums.js";
import { toJobViewFromWire } from "../map/from-wire.js";
import { toWireJobRequest } from "../map/to-wire.js";
import type { HometaxJobView } from "../map/views.js";
import { validateJobId, validateJobRequest, validateService } from "../validate/job.js";
import type { WireJobState } from "../wire.js";
import { hometaxEvent } from "./events.js";
import { type HometaxJobRow, type HometaxJobStore, OPEN_STATES } from "../store/store.js";
import {
  DEFAULT_HOMETAX_JOB_TIMING,
  type HometaxJobTiming,
  pollDelay,
  retryDelay,
} from "./timing.js";
import {
  type HometaxJobRequest,
  crawlFailure,
  newJobRow,
  observationEvent,
  observedRow,
  serviceMismatch,
} from "./transitions.js";
import { payloadOf, toJobView } from "./view.js";

export { DEFAULT_HOMETAX_JOB_TIMING, type HometaxJobTiming } from "./timing.js";
export { type HometaxJobRequest, crawlFailure } from "./transitions.js";

/**
 * How a caller reads a job: the stored row, and an open job's state asked from POPBiLL.
 * {@link HometaxJobService} is one; a GraphQL request uses one that does each read once
 * (graphql/request-jobs.ts), so every field of the request sees the same job.
 */
export interface HometaxJobReads {
  job(corpNum: string, jobId: string): Promise<HometaxJobRow>;
  refresh(row: HometaxJobRow): Promise<HometaxJobRow>;
}

/** What the logger needs. */
export interface HometaxLogger {
  warn(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Crawl jobs, durably tracked. `request` validates, asks POPBiLL for a JobID, records the job
 * and emits REQUESTED. `tick` (run by the gateway's leased worker) polls each open job's state
 * every 1-3 s until POPBiLL reports jobState 3, emitting PROGRESS on every change and then
 * COMPLETED or FAILED, and expires every job an hour after its request. Events are appended
 * before the row moves and carry ids that collapse repeats, so a crash or a racing reader
 * never double-reports. Lookups are by (member, JobID): another member's job is NOT_FOUND.
 */
export class HometaxJobService {
  constructor(
    private readonly store: HometaxJobStore,
    private readonly client: HometaxClient,
    private readonly events: EventLog,
    private readonly timing: HometaxJobTiming = DEFAULT_HOMETAX_JOB_TIMING,
    private readonly now: () => number = Date.now,
    private readonly logger?: HometaxLogger,
    /** Which instance visits which job (in-process when alone). */
    private readonly claims: WorkClaims = new LocalClaims(),
  ) {}

  /** Validates, requests the crawl upstream, records it, emits REQUESTED. */
  async request(input: HometaxJobRequest): Promise<HometaxJobRow> {
    validateJobRequest(input, "input", this.now());
    const jobId = await this.requestUpstream(input);
    const now = this.now();
    const row = await this.store.insert(newJobRow(input, jobId, now, now + pollDelay(this.timing)));
    await this.events.append(hometaxEvent(HometaxJobEventType.REQUESTED, payloadOf(row)));
    return row;
  }

  /** The member's job (expired lazily when its hour is over); NOT_FOUND for anyone else's. */
  async job(corpNum: string, jobId: string): Promise<HometaxJobRow> {
    validateJobId(jobId);
    const row = await this.store.find(corpNum, jobId);
    if (!row) throw new NotFoundError(`no HomeTax job ${jobId} for ${corpNum}`);
    if (row.state !== HometaxJobStatus.EXPIRED && this.now() >= row.expiresAt)
      return this.expire(row);
    return row;
  }

  /**
   * The member's job, ready for search/summary: it must crawl `service`, be unexpired (else
   * NOT_FOUND, without an upstream call), and be finished — an open job is refreshed once;
   * still running is a CONFLICT; a failed crawl rethrows POPBiLL's error code and reason.
   */
  async requireCompleted(
    corpNum: string,
    jobId: string,
    service: HometaxService,
    reads: HometaxJobReads = this,
  ): Promise<HometaxJobRow> {
    let row = await reads.job(corpNum, jobId);
    if (row.service !== service) throw serviceMismatch(row);
    if (row.state === HometaxJobStatus.EXPIRED)
      throw new NotFoundError(
        `HomeTax job ${jobId} expired at ${toKstIso(row.expiresAt)}: POPBiLL serves crawl results for one hour after the request; request a new job`,
      );
    if (OPEN_STATES.includes(row.state)) row = await reads.refresh(row);
    if (row.state === HometaxJobStatus.FAILED) throw crawlFailure(row);
    if (row.state !== HometaxJobStatus.COMPLETED)
      throw new ConflictError(
        `HomeTax job ${jobId} is still ${row.state} (${row.collectCount} collected so far); wait for COMPLETED on hometaxJobEvents`,
        { jobId, status: row.state },
      );
    return row;
  }

  /** Asks POPBiLL for an open job's state now and files it; returns the row as it stands. */
  async refresh(row: HometaxJobRow): Promise<HometaxJobRow> {
    const state = await this.client
      .service(row.service)
      .getJobState(row.corpNum, row.jobId, row.userId ?? undefined);
    return this.observe(row, state);
  }

  /** Jobs POPBiLL lists as active for the member, marked `tracked` when korbill requested them. */
  async activeJobs(
    corpNum: string,
    service: HometaxService,
    userId?: string,
  ): Promise<HometaxJobView[]> {
    validateService(service);
    const list = await this.client.service(service).listActiveJob(corpNum, userId);
    const rows = await this.store.findMany(
      corpNum,
      list.map((j) => j.jobID),
    );
    const tracked = new Map(rows.map((r) => [r.jobId, r]));
    return list.map((wire) => {
      const row = tracked.get(wire.jobID);
      const view = toJobViewFromWire(service, wire, row !== undefined);
      if (!row) return view;
      const own = toJobView(row);
      return {
        ...view,
        requestedAt: own.requestedAt,
        expiresAt: own.expiresAt,
        ...(row.state === HometaxJobStatus.EXPIRED ? { status: row.state } : {}),
      };
    });
  }

  /**
   * One worker pass: expire what is over, poll what is open (a few at a time). Each due job is
   * a unit of work: visited only by the instance that claims it, released after the visit.
   */
  async tick(concurrency = 8): Promise<{ visited: number }> {
    const due = await this.store.due(this.now(), 200);
    const unit = (row: HometaxJobRow) =>
      `${this.store.stage}:hometax-job:${row.corpNum}:${row.jobId}`;
    const held = await this.claims.claimMany(due.map(unit));
    const mine = due.filter((row) => held.has(unit(row)));
    for (let i = 0; i < mine.length; i += concurrency) {
      await Promise.all(
        mine.slice(i, i + concurrency).map((row) =>
          this.visit(row)
            .catch((e: unknown) =>
              this.logger?.warn("HomeTax job visit failed", { jobId: row.jobId, error: String(e) }),
            )
            .finally(() => this.claims.release(unit(row))),
        ),
      );
    }
    return { visited: mine.length };
  }

  private async visit(row: HometaxJobRow): Promise<void> {
    if (this.now() >= row.expiresAt) {
      await this.expire(row);
      return;
    }
    if (!OPEN_STATES.includes(row.state)) {
      await this.store.update(row.corpNum, row.jobId, { nextCheckAt: row.expiresAt });
      return;
    }
    try {
      await this.refresh(row);
    } catch (error) {
      const attempts = row.attempts + 1;
      this.logger?.warn("HomeTax GetJobState failed; will retry", {
        jobId: row.jobId,
        error: String(error),
      });
      await this.store.update(
        row.corpNum,
        row.jobId,
        {
          attempts,
          nextCheckAt: Math.min(row.expiresAt, this.now() + retryDelay(this.timing, attempts)),
          updatedAt: this.now(),
        },
        OPEN_STATES,
      );
    }
  }

  /** Sends the validated request; resolves with POPBiLL's JobID. */
  private requestUpstream(input: HometaxJobRequest): Promise<string> {
    const wire = toWireJobRequest(input);
    const userId = input.userId ?? undefined;
    if (wire.service === HometaxService.CASHBILL) {
      const type = wire.queryType as "SELL" | "BUY"; // validation excluded TRUSTEE
      return this.client.cashbill.requestJob(input.corpNum, type, wire.sDate, wire.eDate, userId);
    }
    return this.client.taxinvoice.requestJob(
      input.corpNum,
      wire.queryType,
      defined(wire.dType, "dType (validation required it)"),
      wire.sDate,
      wire.eDate,
      userId,
    );
  }

  /** Files an observed JobState: event first (deduplicated), then the row. */
  private async observe(row: HometaxJobRow, wire: WireJobState): Promise<HometaxJobRow> {
    const now = this.now();
    const next = observedRow(row, wire, now, now + pollDelay(this.timing));
    const event = observationEvent(row, next);
    if (event) await this.events.append(event);
    const { stage: _s, corpNum: _c, jobId: _j, ...patch } = next;
    await this.store.update(row.corpNum, row.jobId, patch, OPEN_STATES);
    return next;
  }

  /** Marks a job EXPIRED: event first, then the row. */
  private async expire(row: HometaxJobRow): Promise<HometaxJobRow> {
    const next: HometaxJobRow = {
      ...row,
      state: HometaxJobStatus.EXPIRED,
      nextCheckAt: row.expiresAt,
      updatedAt: this.now(),
    };
    await this.events.append(hometaxEvent(HometaxJobEventType.EXPIRED, payloadOf(next)));
    await this.store.update(row.corpNum, row.jobId, {
      state: next.state,
      updatedAt: next.updatedAt,
    });
    return next;
  }
}
