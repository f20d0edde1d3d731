import type { Kysely } from "kysely";
import { ConflictError } from "@korbill/core-auth";
import { executeCached, insertRows, isUniqueViolation } from "@korbill/core-events";

/** Where a bulk submission stands in korbill's own bookkeeping. */
export type SubmissionState =
  "RECORDED" | "SUBMITTED" | "RECONCILING" | "PROCESSING" | "COMPLETED" | "FAILED";
/** Where one receipt stands. */
export type ReceiptState = "PENDING" | "ISSUED" | "FAILED" | "NTS_FILED" | "NTS_FAILED";

/** A submission row. */
export interface SubmissionRow {
  stage: string;
  corpNum: string;
  submitId: string;
  keyId: string;
  userId: string | null;
  state: SubmissionState;
  /** SHA-256 of the recorded body (the body itself: {@link CashbillStore.submissionBody}). */
  digest: string;
  submitCount: number;
  receiptId: string | null;
  txState: number | null;
  successCount: number | null;
  failCount: number | null;
  errorCode: number | null;
  errorMessage: string | null;
  attempts: number;
  nextCheckAt: number;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
}

/** A receipt row. */
export interface ReceiptRow {
  stage: string;
  corpNum: string;
  mgtKey: string;
  submitId: string | null;
  state: ReceiptState;
  code: number | null;
  message: string | null;
  confirmNum: string | null;
  tradeDate: string | null;
  issueDt: string | null;
  ntsResultCode: string | null;
  ntsResultMessage: string | null;
  ntsAt: number | null;
  nextNtsCheckAt: number | null;
  updatedAt: number;
}

/** One receipt's issuance result, as `applyResults` files it. */
export interface ReceiptResult {
  mgtKey: string;
  state: "ISSUED" | "FAILED";
  code: number;
  message: string | null;
  confirmNum: string | null;
  tradeDate: string | null;
  issueDt: string | null;
  nextNtsCheckAt: number | null;
}

interface Tables {
  cashbillSubmissions: SubmissionRow;
  cashbillReceipts: ReceiptRow;
  cashbillSubmissionBodies: { stage: string; corpNum: string; submitId: string; body: string };
  popbillWebhookMessages: { stage: string; mid: string; receivedAt: number };
}

/** States in which a submission still waits for its results. */
export const OPEN_STATES: SubmissionState[] = [
  "RECORDED",
  "SUBMITTED",
  "RECONCILING",
  "PROCESSING",
];

/** Typed access to the cash-receipt tables of one stage. */
export class CashbillStore {
  readonly db: Kysely<Tables>;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<Tables>;
  }

  /** The same store over another executor (a transaction of the same database). */
  within(db: Kysely<unknown>): CashbillStore {
    return new CashbillStore(db, this.stage);
  }

  /**
   * Records a submission, the exact bytes to send (`body`) and its receipts in one
   * transaction, before anything is sent. A reused SubmitID or an mgtKey korbill already knows
   * is a CONFLICT and records nothing.
   *
   * The keys' uniqueness is the database's to enforce (primary keys on the submission and on
   * each receipt), so the common case is three inserts and no reads; only a collision reads
   * what it collided with, to say so.
   */
  async recordSubmission(
    row: Omit<SubmissionRow, "stage">,
    body: string,
    mgtKeys: string[],
    now: number,
  ): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("cashbillSubmissions")
          .values({ ...row, stage: this.stage })
          .execute();
        await trx
          .insertInto("cashbillSubmissionBodies")
          .values({ stage: this.stage, corpNum: row.corpNum, submitId: row.submitId, body })
          .execute();
        await this.insertPending(trx, row.corpNum, mgtKeys, row.submitId, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) await this.explainConflict(row, mgtKeys);
      throw error;
    }
  }

  /** Throws the CONFLICT a submission's keys ran into (nothing of it was recorded). */
  private async explainConflict(
    row: Pick<SubmissionRow, "corpNum" | "submitId">,
    mgtKeys: string[],
  ): Promise<void> {
    const existing = await this.db
      .selectFrom("cashbillSubmissions")
      .select("submitId")
      .where("stage", "=", this.stage)
      .where("corpNum", "=", row.corpNum)
      .where("submitId", "=", row.submitId)
      .executeTakeFirst();
    if (existing)
      throw new ConflictError(
        `submitId ${row.submitId} was already used; a SubmitID is never reusable`,
        { submitId: row.submitId },
      );
    const taken = await this.knownMgtKeys(row.corpNum, mgtKeys);
    if (taken.length) {
      throw new ConflictError(
        `mgtKey already used: ${taken.slice(0, 10).join(", ")}${taken.length > 10 ? ` (+${taken.length - 10})` : ""}`,
        { mgtKeys: taken },
      );
    }
  }

  /**
   * Records a single receipt (issueCashbill / revoke) as pending. A key left pending by an
   * attempt whose outcome was unknown may be tried again (the mgtKey itself makes a second
   * issuance impossible upstream); any other known key is a CONFLICT. Returns true on a retry.
   */
  async recordReceipt(corpNum: string, mgtKey: string, now: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("cashbillReceipts")
        .select(["state", "submitId"])
        .where("stage", "=", this.stage)
        .where("corpNum", "=", corpNum)
        .where("mgtKey", "=", mgtKey)
        .executeTakeFirst();
      if (existing?.state === "PENDING" && existing.submitId === null) return true;
      if (existing)
        throw new ConflictError(`mgtKey already used: ${mgtKey}`, { mgtKeys: [mgtKey] });
      await this.insertPending(trx, corpNum, [mgtKey], null, now);
      return false;
    });
  }

  /**
   * New PENDING receipts (a bulk's 100 in one statement, without Kysely's per-value syntax
   * tree). Only the columns that are not null are written; the others default to null.
   */
  private insertPending(
    db: Kysely<Tables>,
    corpNum: string,
    mgtKeys: readonly string[],
    submitId: string | null,
    now: number,
  ): Promise<void> {
    return insertRows(
      db,
      "cashbill_receipts",
      ["stage", "corp_num", "mgt_key", "submit_id", "state", "updated_at"],
      mgtKeys.map((mgtKey) => [this.stage, corpNum, mgtKey, submitId, "PENDING", now]),
    );
  }

  /**
   * Removes a submission recorded but never sent (korbill's own rate limit refused the send),
   * with its body and pending receipts: its SubmitID and mgtKeys stay free for the retry.
   */
  async forgetUnsentSubmission(corpNum: string, submitId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const removed = await trx
        .deleteFrom("cashbillSubmissions")
        .where("stage", "=", this.stage)
        .where("corpNum", "=", corpNum)
        .where("submitId", "=", submitId)
        .where("state", "=", "RECORDED")
        .where("attempts", "=", 0)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) return;
      await trx
        .deleteFrom("cashbillSubmissionBodies")
        .where("stage", "=", this.stage)
        .where("corpNum", "=", corpNum)
        .where("submitId", "=", submitId)
        .execute();
      await trx
        .deleteFrom("cashbillReceipts")
        .where("stage", "=", this.stage)
        .where("corpNum", "=", corpNum)
        .where("submitId", "=", submitId)
        .where("state", "=", "PENDING")
        .execute();
    });
  }

  /** Removes a pending single receipt whose issuance was refused (its mgtKey stays free). */
  async forgetPendingReceipt(corpNum: string, mgtKey: string): Promise<void> {
    await this.db
      .deleteFrom("cashbillReceipts")
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("mgtKey", "=", mgtKey)
      .where("state", "=", "PENDING")
      .execute();
  }

  private async knownMgtKeys(corpNum: string, mgtKeys: string[]): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; i < mgtKeys.length; i += 500) {
      const rows = await this.db
        .selectFrom("cashbillReceipts")
        .select("mgtKey")
        .where("stage", "=", this.stage)
        .where("corpNum", "=", corpNum)
        .where("mgtKey", "in", mgtKeys.slice(i, i + 500))
        .execute();
      found.push(...rows.map((r) => r.mgtKey));
    }
    return found;
  }

  /** The bytes recorded for a submission (what every send of it sends), or undefined. */
  async submissionBody(corpNum: string, submitId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("cashbillSubmissionBodies")
      .select("body")
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("submitId", "=", submitId)
      .executeTakeFirst();
    return row?.body;
  }

  /** One submission, or undefined. */
  submission(corpNum: string, submitId: string): Promise<SubmissionRow | undefined> {
    return this.db
      .selectFrom("cashbillSubmissions")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("submitId", "=", submitId)
      .executeTakeFirst();
  }

  /** Updates a submission's fields while it is in one of `from` (default: any open state). */
  async updateSubmission(
    corpNum: string,
    submitId: string,
    patch: Partial<SubmissionRow>,
    from: SubmissionState[] = OPEN_STATES,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable("cashbillSubmissions")
      .set(patch)
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("submitId", "=", submitId)
      .where("state", "in", from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Receipt states of a submission, counted. */
  async receiptCounts(corpNum: string, submitId: string): Promise<Record<ReceiptState, number>> {
    const rows = await this.db
      .selectFrom("cashbillReceipts")
      .select(["state", (eb) => eb.fn.countAll<number>().as("n")])
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("submitId", "=", submitId)
      .groupBy("state")
      .execute();
    const counts: Record<ReceiptState, number> = {
      PENDING: 0,
      ISSUED: 0,
      FAILED: 0,
      NTS_FILED: 0,
      NTS_FAILED: 0,
    };
    for (const r of rows) counts[r.state] = Number(r.n);
    return counts;
  }

  /** Open submissions whose next check is due. */
  dueSubmissions(now: number, limit = 50): Promise<SubmissionRow[]> {
    return this.db
      .selectFrom("cashbillSubmissions")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("state", "in", OPEN_STATES)
      .where("nextCheckAt", "<=", now)
      .orderBy("nextCheckAt")
      .limit(limit)
      .execute();
  }

  /** The receipts of a submission, in mgtKey order. */
  receiptsOf(corpNum: string, submitId: string): Promise<ReceiptRow[]> {
    return this.db
      .selectFrom("cashbillReceipts")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("submitId", "=", submitId)
      .orderBy("mgtKey")
      .execute();
  }

  /** One receipt, or undefined. */
  receipt(corpNum: string, mgtKey: string): Promise<ReceiptRow | undefined> {
    return this.db
      .selectFrom("cashbillReceipts")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("mgtKey", "=", mgtKey)
      .executeTakeFirst();
  }

  /** Updates one receipt unless it already moved past `unlessIn` states. */
  async updateReceipt(
    corpNum: string,
    mgtKey: string,
    patch: Partial<ReceiptRow>,
    onlyFrom?: ReceiptState[],
  ): Promise<boolean> {
    let q = this.db
      .updateTable("cashbillReceipts")
      .set(patch)
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("mgtKey", "=", mgtKey);
    if (onlyFrom) q = q.where("state", "in", onlyFrom);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /**
   * Files many receipts' issuance results at once (a completed bulk's 100 in one statement
   * instead of 100): each receipt still PENDING takes its row of `results`.
   */
  async applyResults(corpNum: string, results: ReceiptResult[], now: number): Promise<void> {
    for (let i = 0; i < results.length; i += 200) {
      const chunk = results.slice(i, i + 200);
      const parameters: unknown[] = [];
      for (const r of chunk) {
        parameters.push(r.mgtKey, r.state, r.code, r.message, r.confirmNum, r.tradeDate);
        parameters.push(r.issueDt, r.nextNtsCheckAt);
      }
      parameters.push(now, this.stage, corpNum);
      // Row-value SET with a correlated lookup, and `state || ''` so that neither engine
      // plans this through the (stage, state) index: SQLite otherwise scanned every pending
      // receipt for each statement (150 ms instead of 0.2 ms for 100 rows among 20,000).
      // The text depends only on the row count (built once; no syntax tree per call).
      await executeCached(this.db, `cashbill.applyResults|${chunk.length}`, parameters, (p) => {
        const row = () =>
          `(${p()}, ${p()}, cast(${p()} as bigint), ${p()}, ${p()}, ${p()}, ${p()}, cast(${p()} as bigint))`;
        return `with v (mgt_key, state, code, message, confirm_num, trade_date, issue_dt, next_nts_check_at) as (values ${Array.from({ length: chunk.length }, row).join(", ")})
          update cashbill_receipts set
            (state, code, message, confirm_num, trade_date, issue_dt, next_nts_check_at) = (
              select v.state, v.code, v.message, v.confirm_num, v.trade_date, v.issue_dt, v.next_nts_check_at
              from v where v.mgt_key = cashbill_receipts.mgt_key),
            updated_at = cast(${p()} as bigint)
          where stage = ${p()} and corp_num = ${p()}
            and mgt_key in (select mgt_key from v) and state || '' = 'PENDING'`;
      });
    }
  }

  /** Issued receipts whose filing result is due for a check, oldest first. */
  dueFilingChecks(now: number, limit = 1000): Promise<ReceiptRow[]> {
    return this.db
      .selectFrom("cashbillReceipts")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("state", "=", "ISSUED")
      .where("nextNtsCheckAt", "<=", now)
      .orderBy("nextNtsCheckAt")
      .limit(limit)
      .execute();
  }

  /** True the first time a webhook message id is seen (per stage). */
  async firstDelivery(mid: string, now: number): Promise<boolean> {
    const r = await this.db
      .insertInto("popbillWebhookMessages")
      .values({ stage: this.stage, mid, receivedAt: now })
      .onConflict((oc) => oc.columns(["stage", "mid"]).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Whether a webhook message id was already processed. */
  async seenDelivery(mid: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("popbillWebhookMessages")
      .select("mid")
      .where("stage", "=", this.stage)
      .where("mid", "=", mid)
      .executeTakeFirst();
    return Boolean(row);
  }
}
