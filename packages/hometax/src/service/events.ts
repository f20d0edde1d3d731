import { type NewEvent, topicFor } from "@korbill/core-events";
import type { HometaxJobEventType, HometaxJobStatus, HometaxService } from "../enums.js";

/** The event domain: topics are `hometax:{corpNum}`. */
export const HOMETAX_EVENT_DOMAIN = "hometax";

/** Self-contained payload of every crawl-job event. */
export interface HometaxJobEventPayload {
  corpNum: string;
  service: HometaxService;
  jobId: string;
  status: HometaxJobStatus;
  /** POPBiLL's jobState: 1 pending, 2 processing, 3 finished. */
  jobState: number | null;
  /** 1 = crawl succeeded; otherwise POPBiLL's error code (once finished). */
  errorCode: number | null;
  errorReason: string | null;
  collectCount: number;
}

/**
 * The event id that makes each observation exactly-once, whoever reports it (the worker, a
 * query's refresh, a replay after a crash): `hometax:{jobId}:{type}:{jobState}:{collectCount}`.
 */
export function hometaxEventId(
  type: HometaxJobEventType,
  jobId: string,
  jobState: number | null,
  collectCount: number,
): string {
  return `hometax:${jobId}:${type}:${jobState ?? 0}:${collectCount}`;
}

/** Builds an event for the log on the member's `hometax:{corpNum}` topic. */
export function hometaxEvent(
  type: HometaxJobEventType,
  payload: HometaxJobEventPayload,
): NewEvent<HometaxJobEventPayload> {
  return {
    topic: topicFor(HOMETAX_EVENT_DOMAIN, payload.corpNum),
    tenant: payload.corpNum,
    type,
    payload,
    upstreamId: hometaxEventId(type, payload.jobId, payload.jobState, payload.collectCount),
  };
}
