import { type SandboxClock } from "../clock.js";
import { type SandboxSettings } from "../env.js";
import { type Scheduler } from "../scheduler/scheduler.js";
import { type UseHistoryEntry } from "../state/ledger.js";
import { type SandboxState } from "../state/state.js";
import { BulkProcessor } from "./bulk.js";
import { readRevoke } from "./cancel.js";
import { CashbillEvents } from "./events.js";
import type { SandboxErrorReport } from "../report.js";
import { FieldReader } from "./fields.js";
import { NtsFiling } from "./filing.js";
import { type IssueContext, Issuer } from "./issuer.js";
import { type IssuanceCount } from "./store.js";
import { type BulkSubmission, type CashbillRecord } from "./types.js";
import { readMgtKey, validateCashbill } from "./validate.js";
import {
  type BulkCashbillResult,
  type CashbillInfo,
  toBulkResult,
  toCashbillInfo,
} from "./views.js";

/** Read-only questions tests ask about cash receipts (`sandbox.cashbill`). */
export interface CashbillInspector {
  /** How many times (corpNum, mgtKey) was issued: 0 or 1 unless a duplicate got through. */
  issuanceCount(corpNum: string, mgtKey: string): number;
  /** Every (corpNum, mgtKey) issued more than once; must always be empty. */
  duplicateIssuances(): IssuanceCount[];
  /** Every issued mgtKey of the member with its count. */
  issuances(corpNum: string): IssuanceCount[];
  /** The member's bulk submissions as getBulkResult would answer now, in acceptance order. */
  submissions(corpNum: string): BulkCashbillResult[];
  /** The receipt as getInfo would answer it, or `undefined`. */
  info(corpNum: string, mgtKey: string): CashbillInfo | undefined;
  /** The member's point use history, oldest first. */
  useHistory(corpNum: string): readonly UseHistoryEntry[];
}

/** What the {@link CashbillService} needs. */
export interface CashbillDeps {
  readonly clock: SandboxClock;
  readonly state: SandboxState;
  readonly settings: SandboxSettings;
  readonly scheduler: Scheduler;
  /** Told when an event listener throws (default: a JSON line on stderr). */
  readonly onError?: SandboxErrorReport;
}

/**
 * The cash-receipt domain behind the POPBiLL API host: registIssue, revokeRegistIssue,
 * BULKISSUE acceptance and processing, NTS filing, and the events webhooks report.
 * Handlers call it after authentication and HTTP-level checks.
 */
export class CashbillService implements CashbillInspector {
  /** `issued`, `bulk-result` and `filed` events (webhook delivery subscribes). */
  readonly events: CashbillEvents;
  readonly #state: SandboxState;
  readonly #issuer: Issuer;
  readonly #bulk: BulkProcessor;
  readonly #filing: NtsFiling;

  /** Wires issuer, filing and bulk processing. */
  constructor(deps: CashbillDeps) {
    const { state, settings, scheduler } = deps;
    this.events = new CashbillEvents(deps.onError);
    const filing = new NtsFiling({ settings, scheduler, events: this.events });
    this.#state = state;
    this.#filing = filing;
    this.#issuer = new Issuer({ state, settings, filing });
    this.#bulk = new BulkProcessor({
      state,
      settings,
      scheduler,
      issuer: this.#issuer,
      events: this.events,
    });
  }

  /**
   * After a restore from persisted state: schedules again what was pending (unfinished bulk
   * submissions, receipts not yet filed with the NTS), on the same sandbox-time schedule.
   */
  resumePending(): void {
    for (const submission of this.#state.cashbills.allSubmissions())
      this.#bulk.schedule(submission);
    for (const record of this.#state.cashbills.allReceipts())
      if (record.stateCode === 300) this.#filing.schedule(record);
  }

  /** registIssue: validates the Cashbill body and issues it (mgtKey reuse -> -14001019 first). */
  registIssue(ctx: IssueContext, body: Record<string, unknown>): CashbillRecord {
    const fields = new FieldReader(body);
    this.#issuer.ensureUnused(ctx.member.corpNum, readMgtKey(fields));
    const record = this.#issuer.issue(ctx, validateCashbill(fields, ctx.member.corpNum, ctx.nowMs));
    this.events.emit({ type: "issued", record });
    return record;
  }

  /** revokeRegistIssue: issues a full or partial cancel receipt of an existing approval. */
  revokeIssue(ctx: IssueContext, body: Record<string, unknown>): CashbillRecord {
    const fields = new FieldReader(body);
    this.#issuer.ensureUnused(ctx.member.corpNum, readMgtKey(fields));
    const input = readRevoke(fields, this.#state.cashbills, ctx.member.corpNum, ctx.nowMs);
    const record = this.#issuer.issue(ctx, input);
    this.events.emit({ type: "issued", record });
    return record;
  }

  /** BULKISSUE after the envelope checks: records the submission (-14003001 on reuse). */
  submitBulk(ctx: IssueContext, submitId: string, cashbills: readonly unknown[]): BulkSubmission {
    return this.#bulk.accept(ctx, submitId, cashbills);
  }

  /** The member's submission with this SubmitID. */
  submission(corpNum: string, submitId: string): BulkSubmission | undefined {
    return this.#state.cashbills.submission(corpNum, submitId);
  }

  /** The member's receipt with this mgtKey. */
  receipt(corpNum: string, mgtKey: string): CashbillRecord | undefined {
    return this.#state.cashbills.get(corpNum, mgtKey);
  }

  issuanceCount(corpNum: string, mgtKey: string): number {
    return this.#state.cashbills.issuanceCount(corpNum, mgtKey);
  }

  duplicateIssuances(): IssuanceCount[] {
    return this.#state.cashbills.duplicateIssuances();
  }

  issuances(corpNum: string): IssuanceCount[] {
    return this.#state.cashbills.issuances(corpNum);
  }

  submissions(corpNum: string): BulkCashbillResult[] {
    return this.#state.cashbills.submissions(corpNum).map(toBulkResult);
  }

  info(corpNum: string, mgtKey: string): CashbillInfo | undefined {
    const record = this.receipt(corpNum, mgtKey);
    return record ? toCashbillInfo(record) : undefined;
  }

  useHistory(corpNum: string): readonly UseHistoryEntry[] {
    return this.#state.ledger.history(corpNum);
  }
}
