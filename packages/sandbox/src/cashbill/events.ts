import { type SandboxErrorReport, stderrReport } from "../report.js";
import { type BulkIssueResult, type BulkSubmission, type CashbillRecord } from "./types.js";

/** Something that happened to a cash receipt, as webhooks report it. */
export type CashbillEvent =
  /** Issued by registIssue or revokeRegistIssue (webhook `Issue`). */
  | { readonly type: "issued"; readonly record: CashbillRecord }
  /** One receipt's outcome when its bulk submission completes (webhook `BULKRESULT`). */
  | {
      readonly type: "bulk-result";
      readonly submission: BulkSubmission;
      readonly result: BulkIssueResult;
      readonly record: CashbillRecord | undefined;
    }
  /** NTS filing finished with 304 or 305 (webhook `NTS`). */
  | { readonly type: "filed"; readonly record: CashbillRecord };

/** A subscriber; called synchronously, in order of events. */
export type CashbillListener = (event: CashbillEvent) => void;

/** A tiny synchronous event bus between the cash-receipt domain and webhook delivery. */
export class CashbillEvents {
  readonly #listeners = new Set<CashbillListener>();

  /** A throwing listener is told to `report`. */
  constructor(private readonly report: SandboxErrorReport = stderrReport) {}

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: CashbillListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Delivers the event to every subscriber; a throwing subscriber does not stop the others. */
  emit(event: CashbillEvent): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.report(`sandbox: cash-receipt event listener failed on ${event.type}`, error);
      }
    }
  }
}
