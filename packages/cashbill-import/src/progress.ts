import type { CashbillEventsSubscription } from "@korbill/client";

/** Everything a run reports as it goes. */
export interface Progress {
  /** A finished line of text (plan, errors, summary); JSON output gets it as `data`. */
  info(event: string, text: string, data?: Record<string, unknown>): void;
  bulkSent(e: { index: number; submitId: string; receipts: number; state: string }): void;
  receipt(e: { row: number; mgtKey: string; success: boolean }): void;
  bulkDone(e: { submitId: string; receipts: number }): void;
  filing(e: {
    row: number;
    mgtKey: string;
    type: string;
    event: CashbillEventsSubscription["cashbillEvents"];
  }): void;
  /** Clears the status line (before the process exits). */
  end(): void;
}
