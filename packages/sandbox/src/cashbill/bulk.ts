import { type SandboxSettings } from "../env.js";
import { SANDBOX_CODES, SandboxHttpError } from "../http/errors.js";
import { kstDateTime } from "../kst.js";
import { type Scheduler } from "../scheduler/scheduler.js";
import { type SandboxState } from "../state/state.js";
import { CASHBILL_CODES as C, ISSUE_MESSAGE, refuse } from "./codes.js";
import { type CashbillEvents } from "./events.js";
import { FieldReader, isObject } from "./fields.js";
import { type IssueContext, type Issuer } from "./issuer.js";
import { type BulkIssueResult, type BulkSubmission, type CashbillRecord } from "./types.js";
import { readMgtKey, validateCashbill } from "./validate.js";

/** What the {@link BulkProcessor} needs. */
export interface BulkDeps {
  readonly state: SandboxState;
  readonly settings: SandboxSettings;
  readonly scheduler: Scheduler;
  readonly issuer: Issuer;
  readonly events: CashbillEvents;
}

/**
 * The life of a BULKISSUE submission on the sandbox clock: accepted (txState 0), after
 * `bulkAcceptToProcessingMs` processing (1), after `bulkProcessingMs` (+ per receipt)
 * completed (2). Receipts are validated and issued one by one at completion, so some
 * may fail while others succeed; then one `bulk-result` event per receipt is emitted.
 */
export class BulkProcessor {
  readonly #deps: BulkDeps;

  /** Creates the processor. */
  constructor(deps: BulkDeps) {
    this.#deps = deps;
  }

  /** Records the submission (`-14003001` when the member used the SubmitID before) and schedules it. */
  accept(ctx: IssueContext, submitId: string, cashbills: readonly unknown[]): BulkSubmission {
    const { state } = this.#deps;
    const { corpNum, linkId } = ctx.member;
    if (state.cashbills.submission(corpNum, submitId)) {
      throw refuse(C.submitIdInUse, `이미 사용된 접수아이디(SubmitID)입니다. (${submitId})`);
    }
    const submission: BulkSubmission = {
      corpNum,
      linkId,
      submitId,
      receiptId: state.cashbills.nextReceiptId(ctx.nowMs),
      receiptDT: kstDateTime(ctx.nowMs),
      acceptedMs: ctx.nowMs,
      userId: ctx.user.userId,
      cashbills,
      txState: 0,
      txStartDT: null,
      txEndDT: null,
      results: undefined,
    };
    state.cashbills.addSubmission(submission);
    this.schedule(submission);
    return submission;
  }

  /**
   * Schedules the state changes of a submission not yet completed, from its acceptance time
   * (also after a restore from persisted state: a past due time runs at once).
   */
  schedule(submission: BulkSubmission): void {
    if (submission.txState === 2) return;
    const { settings, scheduler } = this.#deps;
    const { corpNum, submitId, cashbills } = submission;
    const startAt = submission.acceptedMs + settings.bulkAcceptToProcessingMs;
    const endAt =
      startAt + settings.bulkProcessingMs + settings.bulkPerReceiptMs * cashbills.length;
    const label = `bulk:${corpNum}:${submitId}`;
    scheduler.at(startAt, `${label}:start`, () => {
      if (submission.txState !== 0) return;
      submission.txState = 1;
      submission.txStartDT = kstDateTime(startAt);
    });
    scheduler.at(endAt, `${label}:complete`, () => {
      if (submission.txState !== 2) this.#complete(submission, endAt);
    });
  }

  #complete(submission: BulkSubmission, atMs: number): void {
    const member = this.#deps.state.member(submission.corpNum);
    if (!member) return;
    const user = member.users.find((u) => u.userId === submission.userId) ?? member.users[0];
    const ctx: IssueContext = {
      member,
      user: user ?? { userId: submission.userId, userName: "" },
      nowMs: atMs,
    };
    const outcomes = submission.cashbills.map((raw) =>
      this.#issueOne(ctx, raw, submission.submitId),
    );
    submission.results = outcomes.map((o) => o.result);
    submission.txState = 2;
    submission.txStartDT ??= kstDateTime(atMs);
    submission.txEndDT = kstDateTime(atMs);
    for (const { result, record } of outcomes) {
      this.#deps.events.emit({ type: "bulk-result", submission, result, record });
    }
  }

  #issueOne(
    ctx: IssueContext,
    raw: unknown,
    submitId: string,
  ): { result: BulkIssueResult; record: CashbillRecord | undefined } {
    const fields = isObject(raw) ? new FieldReader(raw) : undefined;
    const mgtKey = fields?.text("mgtKey") ?? "";
    try {
      if (!fields)
        throw new SandboxHttpError(
          400,
          SANDBOX_CODES.invalidRequest,
          "현금영수증 항목이 JSON 객체가 아닙니다.",
        );
      const { issuer } = this.#deps;
      issuer.ensureUnused(ctx.member.corpNum, readMgtKey(fields));
      const input = validateCashbill(fields, ctx.member.corpNum, ctx.nowMs);
      const record = issuer.issue(ctx, input, submitId);
      const { confirmNum, tradeDate, issueDT } = record;
      return {
        result: { mgtKey, code: 1, message: ISSUE_MESSAGE, confirmNum, tradeDate, issueDT },
        record,
      };
    } catch (error) {
      if (!(error instanceof SandboxHttpError)) throw error;
      const result = {
        mgtKey,
        code: error.code,
        message: error.message,
        confirmNum: null,
        tradeDate: null,
        issueDT: null,
      };
      return { result, record: undefined };
    }
  }
}
