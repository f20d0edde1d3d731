/** Timing of the bulk flow. */
export interface BulkTiming {
  /**
   * Poll GetBulkResult every pollMinMs..pollMaxMs (jittered) while txState is 0 or 1 (POPBiLL
   * advises 2-5 s). pollMinMs is also the least time between any two polls of one submission,
   * whatever asks for them (the first poll, a webhook's doorbell, a retry, another instance).
   */
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
  /**
   * First poll of a bulk this process sent, before any completion was observed; later first
   * polls follow the learned completion time (`PollPlan`). 0 = the first poll after pollMinMs..
   */
  firstPollMs?: number;
  /** Earliest learned first poll, ms after the send. */
  minPollMs?: number;
  /**
   * Poll at the planned times with in-process timers instead of waiting for the worker's next
   * pass (the gateway turns this on; the worker's pass still covers everything else).
   */
  timers?: boolean;
}

/** Defaults: POPBiLL's advice of polling every 2-5 s; filing checks every 10 minutes. */
export const DEFAULT_BULK_TIMING: BulkTiming = {
  pollMinMs: 2_000,
  pollMaxMs: 5_000,
  reconcileMinMs: 1_000,
  reconcileMaxMs: 30_000,
  filingCheckMs: 600_000,
  recordedGraceMs: 12_000,
  firstPollMs: 1_000,
  minPollMs: 250,
};

/** What the logger needs. */
export interface BulkLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
}

/** The claim key of a submission (one instance polls it at a time). */
export function submissionUnit(stage: string, corpNum: string, submitId: string): string {
  return `${stage}:cashbill-bulk:${corpNum}:${submitId}`;
}
