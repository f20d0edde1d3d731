import { InputError } from "@korbill/core-domain";
import { type UpstreamError, fromResponse } from "@korbill/core-upstream";
import type { NewEvent } from "@korbill/core-events";
import { HometaxJobEventType, HometaxJobStatus, HometaxService } from "../enums.js";
import type { HometaxJobRequestFields } from "../map/inputs.js";
import { amount, statusFromWire } from "../map/from-wire.js";
import { HOMETAX_LIMITS } from "../validate/rules.js";
import type { WireJobState } from "../wire.js";
import { type HometaxJobEventPayload, hometaxEvent } from "./events.js";
import type { HometaxJobRow } from "../store/store.js";
import { payloadOf } from "./view.js";

/** A crawl request on behalf of a member, by an API key. */
export interface HometaxJobRequest extends HometaxJobRequestFields {
  corpNum: string;
  keyId: string;
  userId?: string | null;
}

/** The row of a job POPBiLL just accepted: PENDING (jobState 1), expiring an hour from now. */
export function newJobRow(
  input: HometaxJobRequest,
  jobId: string,
  now: number,
  nextPollAt: number,
): Omit<HometaxJobRow, "stage"> {
  return {
    corpNum: input.corpNum,
    jobId,
    service: input.service,
    direction: input.direction,
    dateType: input.service === HometaxService.TAXINVOICE ? (input.dateType ?? null) : null,
    fromDate: input.from,
    toDate: input.to,
    keyId: input.keyId,
    userId: input.userId ?? null,
    state: HometaxJobStatus.PENDING,
    jobState: 1,
    errorCode: null,
    errorReason: null,
    collectCount: 0,
    jobStartDt: null,
    jobEndDt: null,
    attempts: 0,
    requestedAt: now,
    expiresAt: now + HOMETAX_LIMITS.jobLifetimeMs,
    nextCheckAt: nextPollAt,
    updatedAt: now,
    finishedAt: null,
  };
}

/**
 * The row after observing a POPBiLL JobState at `now`: jobState 3 finishes it (COMPLETED
 * when errorCode is 1, else FAILED) and parks it until its expiry; otherwise it stays open and
 * is polled again at `nextPollAt` (never past the expiry).
 */
export function observedRow(
  row: HometaxJobRow,
  wire: WireJobState,
  now: number,
  nextPollAt: number,
): HometaxJobRow {
  const reported = Number(wire.jobState);
  const jobState = [1, 2, 3].includes(reported) ? reported : row.jobState;
  const finished = jobState === 3;
  return {
    ...row,
    state: finished
      ? statusFromWire({ jobState: 3, errorCode: wire.errorCode })
      : statusFromWire({ jobState: jobState ?? 1, errorCode: null }),
    jobState,
    collectCount: amount(wire.collectCount) ?? row.collectCount,
    errorCode: finished ? amount(wire.errorCode) : null,
    errorReason: finished ? wire.errorReason || null : null,
    jobStartDt: wire.jobStartDT || row.jobStartDt,
    jobEndDt: wire.jobEndDT || row.jobEndDt,
    attempts: 0,
    nextCheckAt: finished ? row.expiresAt : Math.min(row.expiresAt, nextPollAt),
    updatedAt: now,
    finishedAt: finished ? now : null,
  };
}

/**
 * The event an observation produces: COMPLETED / FAILED when it finished the job, PROGRESS
 * when jobState or collectCount changed, none otherwise.
 */
export function observationEvent(
  before: HometaxJobRow,
  after: HometaxJobRow,
): NewEvent<HometaxJobEventPayload> | null {
  if (after.state === HometaxJobStatus.COMPLETED || after.state === HometaxJobStatus.FAILED) {
    const type =
      after.state === HometaxJobStatus.COMPLETED
        ? HometaxJobEventType.COMPLETED
        : HometaxJobEventType.FAILED;
    return hometaxEvent(type, payloadOf(after));
  }
  if (after.jobState === before.jobState && after.collectCount === before.collectCount) return null;
  return hometaxEvent(HometaxJobEventType.PROGRESS, payloadOf(after));
}

/**
 * A failed crawl as the error POPBiLL reported in its JobState (e.g. -11100001 "Failed login
 * HomeTax"), classified like any POPBiLL reply with that code, so the gateway shows
 * UPSTREAM_ERROR with the upstream code rather than a generic failure.
 */
export function crawlFailure(
  row: Pick<HometaxJobRow, "jobId" | "errorCode" | "errorReason">,
): UpstreamError {
  return fromResponse({
    upstream: "popbill",
    status: 200,
    body: {
      code: row.errorCode ?? undefined,
      message: row.errorReason ?? `the HomeTax crawl ${row.jobId} failed`,
    },
  });
}

/** A query for the other service's results: BAD_USER_INPUT naming the right operations. */
export function serviceMismatch(row: Pick<HometaxJobRow, "jobId" | "service">): InputError {
  const cash = row.service === HometaxService.CASHBILL;
  const message =
    `job ${row.jobId} crawled ${cash ? "cash receipts" : "tax invoices"}; ` +
    `query it with the ${cash ? "hometaxCashbill*" : "hometaxTaxinvoice*"} operations`;
  return new InputError(message, [{ path: "jobId", message }]);
}
