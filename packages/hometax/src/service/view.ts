import { toKstIso, kstCompactToIso } from "@korbill/core-domain";
import { jobStateFromWire } from "../map/codes.js";
import type { HometaxJobView } from "../map/views.js";
import type { HometaxJobEventPayload } from "./events.js";
import type { HometaxJobRow } from "../store/store.js";

/** A tracked job row -> view. */
export function toJobView(row: HometaxJobRow): HometaxJobView {
  return {
    jobId: row.jobId,
    service: row.service,
    direction: row.direction,
    dateType: row.dateType,
    from: row.fromDate,
    to: row.toDate,
    status: row.state,
    jobState: jobStateFromWire(row.jobState),
    errorCode: row.errorCode,
    errorReason: row.errorReason,
    collectCount: row.collectCount,
    requestedAt: toKstIso(row.requestedAt),
    expiresAt: toKstIso(row.expiresAt),
    startedAt: kstCompactToIso(row.jobStartDt),
    finishedAt: kstCompactToIso(row.jobEndDt),
    tracked: true,
  };
}

/** The event payload describing a row as it stands. */
export function payloadOf(row: HometaxJobRow): HometaxJobEventPayload {
  return {
    corpNum: row.corpNum,
    service: row.service,
    jobId: row.jobId,
    status: row.state,
    jobState: row.jobState,
    errorCode: row.errorCode,
    errorReason: row.errorReason,
    collectCount: row.collectCount,
  };
}
