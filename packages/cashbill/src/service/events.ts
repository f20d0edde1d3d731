import type { Kysely } from "kysely";
import { type EventLog, type NewEvent, topicFor } from "@korbill/core-events";

/** Types of events on a member's `cashbill:{corpNum}` topic. */
export type CashbillEventKind = "BULKRESULT" | "ISSUED" | "NTS_FILED" | "NTS_FAILED";

/** Self-contained payload of every cash-receipt event. */
export interface CashbillEventPayload {
  corpNum: string;
  submitId: string | null;
  mgtKey: string;
  /** POPBiLL result code: 1 = success, else a negative error code. */
  code: number | null;
  success: boolean;
  message: string | null;
  confirmNum: string | null;
  /** KST yyyyMMdd. */
  tradeDate: string | null;
  /** KST yyyyMMddHHmmss. */
  issueDT: string | null;
  stateCode: number | null;
  ntsResultCode: string | null;
  ntsResultMessage: string | null;
}

/**
 * The event id that makes a result exactly-once whichever path reports it first (webhook,
 * poll, or a resend after a crash): one BULKRESULT and one filing result per receipt.
 */
export function cashbillEventId(kind: CashbillEventKind, corpNum: string, mgtKey: string): string {
  const family = kind === "NTS_FILED" || kind === "NTS_FAILED" ? "NTS" : kind;
  return `cashbill:${family}:${corpNum}:${mgtKey}`;
}

/** Builds an event for the log. */
export function cashbillEvent(
  kind: CashbillEventKind,
  payload: CashbillEventPayload,
): NewEvent<CashbillEventPayload> {
  return {
    topic: topicFor("cashbill", payload.corpNum),
    tenant: payload.corpNum,
    type: kind,
    payload,
    upstreamId: cashbillEventId(kind, payload.corpNum, payload.mgtKey),
  };
}

/**
 * Appends events of one member in batches (one transaction each); `also` runs in the last
 * batch's transaction (the state change the events report, committed with them).
 */
export async function appendCashbillEvents(
  log: EventLog,
  events: NewEvent<CashbillEventPayload>[],
  also?: (db: Kysely<unknown>) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < events.length; i += 200) {
    const last = i + 200 >= events.length;
    await log.appendMany(events.slice(i, i + 200), last ? also : undefined);
  }
  if (events.length === 0 && also) await log.appendMany([], also);
}

/** An empty payload to fill. */
export function basePayload(
  corpNum: string,
  mgtKey: string,
  submitId: string | null,
): CashbillEventPayload {
  return {
    corpNum,
    submitId,
    mgtKey,
    code: null,
    success: false,
    message: null,
    confirmNum: null,
    tradeDate: null,
    issueDT: null,
    stateCode: null,
    ntsResultCode: null,
    ntsResultMessage: null,
  };
}
