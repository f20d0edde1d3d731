import type { Kysely } from "kysely";
import { ConflictError } from "@korbill/core-domain";
import {
  type HometaxDateType,
  type HometaxDirection,
  type HometaxService,
  HometaxJobStatus,
} from "../enums.js";

/** A crawl job row. Dates are ISO `yyyy-MM-dd`; instants are epoch ms. */
export interface HometaxJobRow {
  stage: string;
  corpNum: string;
  jobId: string;
  service: HometaxService;
  direction: HometaxDirection;
  dateType: HometaxDateType | null;
  fromDate: string;
  toDate: string;
  /** The korbill API key that requested it. */
  keyId: string;
  /** POPBiLL user id (`x-pb-userid`) used for the request and its polls. */
  userId: string | null;
  state: HometaxJobStatus;
  jobState: number | null;
  errorCode: number | null;
  errorReason: string | null;
  collectCount: number;
  /** KST `yyyyMMddHHmmss` as POPBiLL reports them. */
  jobStartDt: string | null;
  jobEndDt: string | null;
  /** Consecutive failed polls (for back-off). */
  attempts: number;
  requestedAt: number;
  /** requestedAt + 1 hour: after this POPBiLL no longer serves the JobID. */
  expiresAt: number;
  nextCheckAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

interface Tables {
  hometaxJobs: HometaxJobRow;
}

/** States a job can still leave. */
export const OPEN_STATES: readonly HometaxJobStatus[] = [
  HometaxJobStatus.PENDING,
  HometaxJobStatus.PROCESSING,
];
/** States the worker still visits: open ones, and finished ones until they expire. */
const LIVE_STATES: readonly HometaxJobStatus[] = [
  ...OPEN_STATES,
  HometaxJobStatus.COMPLETED,
  HometaxJobStatus.FAILED,
];

/** Typed access to the crawl-job table of one stage. */
export class HometaxJobStore {
  readonly db: Kysely<Tables>;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<Tables>;
  }

  /** Records a job POPBiLL just accepted; a JobID korbill already holds is a CONFLICT. */
  async insert(row: Omit<HometaxJobRow, "stage">): Promise<HometaxJobRow> {
    const full: HometaxJobRow = { ...row, stage: this.stage };
    const r = await this.db
      .insertInto("hometaxJobs")
      .values(full)
      .onConflict((oc) => oc.columns(["stage", "corpNum", "jobId"]).doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0)
      throw new ConflictError(`HomeTax job ${row.jobId} is already recorded`, { jobId: row.jobId });
    return full;
  }

  /** One job of one member, or undefined (another member's job is undefined too). */
  async find(corpNum: string, jobId: string): Promise<HometaxJobRow | undefined> {
    const row = await this.db
      .selectFrom("hometaxJobs")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("jobId", "=", jobId)
      .executeTakeFirst();
    return row && normalise(row);
  }

  /** The member's jobs among `jobIds` (any service). */
  async findMany(corpNum: string, jobIds: readonly string[]): Promise<HometaxJobRow[]> {
    if (jobIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("hometaxJobs")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("jobId", "in", [...jobIds])
      .execute();
    return rows.map(normalise);
  }

  /**
   * Updates a job while it is in one of `from` (default: not yet expired). Returns whether a
   * row changed, so a racing writer that lost does not report twice.
   */
  async update(
    corpNum: string,
    jobId: string,
    patch: Partial<Omit<HometaxJobRow, "stage" | "corpNum" | "jobId">>,
    from: readonly HometaxJobStatus[] = LIVE_STATES,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable("hometaxJobs")
      .set(patch)
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("jobId", "=", jobId)
      .where("state", "in", [...from])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Jobs whose next visit is due: open ones to poll, finished ones to expire. */
  async due(now: number, limit = 100): Promise<HometaxJobRow[]> {
    const rows = await this.db
      .selectFrom("hometaxJobs")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("state", "in", [...LIVE_STATES])
      .where("nextCheckAt", "<=", now)
      .orderBy("nextCheckAt")
      .limit(limit)
      .execute();
    return rows.map(normalise);
  }
}

// PostgreSQL returns bigint columns as numbers (core-events sets the parser); SQLite returns
// numbers too. Normalise nullable numerics so callers never see strings.
function normalise(row: HometaxJobRow): HometaxJobRow {
  return {
    ...row,
    jobState: row.jobState === null ? null : Number(row.jobState),
    errorCode: row.errorCode === null ? null : Number(row.errorCode),
    collectCount: Number(row.collectCount),
    attempts: Number(row.attempts),
    requestedAt: Number(row.requestedAt),
    expiresAt: Number(row.expiresAt),
    nextCheckAt: Number(row.nextCheckAt),
    updatedAt: Number(row.updatedAt),
    finishedAt: row.finishedAt === null ? null : Number(row.finishedAt),
  };
}
