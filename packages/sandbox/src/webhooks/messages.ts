import { randomBytes } from "node:crypto";
import { type CashbillEvent } from "../cashbill/events.js";
import { type CashbillRecord } from "../cashbill/types.js";
import { kstDateTime } from "../kst.js";

/** `Pb-Webhook-Type` of cash-receipt events. */
export const CASHBILL_WEBHOOK_TYPE = "CASHBILL.STATE";

/** Webhook event types of cash receipts. */
export type WebhookEventType = "Issue" | "BULKRESULT" | "NTS";

/** A webhook message before delivery; its MID stays the same across retries. */
export interface WebhookMessage {
  /** `Pb-Webhook-MID`, e.g. `000000000001-1777d55c2c41492ab06826d`. */
  readonly mid: string;
  readonly eventType: WebhookEventType;
  readonly linkId: string;
  readonly corpNum: string;
  readonly mgtKey: string;
  /** The JSON body. */
  readonly body: string;
}

let midCounter = 0;

/**
 * Random bytes for MIDs, drawn 12 at a time from a pool filled 4 KiB at once: a bulk brings
 * one message per receipt, and a `randomBytes(12)` call for each cost more than the rest of
 * building the message.
 */
const MID_POOL_BYTES = 4096;
let midPool = Buffer.alloc(0);
let midPoolAt = 0;

/**
 * A unique MID shaped like POPBiLL's sample `016120000002-1777d55c2c41492ab06826d`
 * (12 digits, `-`, 23 hex). [INF] the meaning of the parts is unknown.
 */
export function newMid(): string {
  midCounter = (midCounter + 1) % 1e12;
  if (midPoolAt + 12 > midPool.length) {
    midPool = randomBytes(MID_POOL_BYTES);
    midPoolAt = 0;
  }
  const random = midPool.toString("hex", midPoolAt, midPoolAt + 12).slice(0, 23);
  midPoolAt += 12;
  return `${String(midCounter).padStart(12, "0")}-${random}`;
}

/**
 * The message for a cash-receipt event at sandbox time `nowMs`: `Issue`, one
 * `BULKRESULT` per receipt (korbill's shared inference), or `NTS` (the Issue field set
 * plus the `nts*` fields).
 */
export function messageFor(event: CashbillEvent, nowMs: number): WebhookMessage {
  const eventDT = kstDateTime(nowMs);
  if (event.type === "bulk-result") {
    const { submission, result, record } = event;
    const body = {
      eventType: "BULKRESULT",
      eventDT,
      corpNum: submission.corpNum,
      submitID: submission.submitId,
      mgtKey: result.mgtKey,
      itemKey: record?.itemKey ?? null,
      code: result.code,
      message: result.message,
      confirmNum: result.confirmNum,
      tradeDate: result.tradeDate,
      issueDT: result.issueDT,
      stateCode: record ? 300 : null, // [INF] null for a failed receipt
    };
    return message("BULKRESULT", submission.linkId, submission.corpNum, result.mgtKey, body);
  }
  const { record } = event;
  const eventType = event.type === "issued" ? "Issue" : "NTS";
  const body =
    eventType === "Issue"
      ? issueFields(record, eventType, eventDT)
      : { ...issueFields(record, eventType, eventDT), ...ntsFields(record) };
  return message(eventType, record.linkId, record.corpNum, record.input.mgtKey, body);
}

function message(
  eventType: WebhookEventType,
  linkId: string,
  corpNum: string,
  mgtKey: string,
  body: object,
): WebhookMessage {
  return { mid: newMid(), eventType, linkId, corpNum, mgtKey, body: JSON.stringify(body) };
}

function issueFields(record: CashbillRecord, eventType: WebhookEventType, eventDT: string) {
  return {
    eventType,
    eventDT,
    corpNum: record.corpNum,
    franchiseCorpNum: record.input.franchiseCorpNum,
    mgtKey: record.input.mgtKey,
    itemKey: record.itemKey,
    tradeType: record.input.tradeType,
    tradeDate: record.tradeDate,
    tradeDT: record.tradeDT,
    confirmNum: record.confirmNum,
    orgConfirmNum: record.input.orgConfirmNum ?? null,
    stateCode: record.stateCode,
    stateDT: record.stateDT,
    issueDT: record.issueDT,
  };
}

function ntsFields(record: CashbillRecord) {
  return {
    ntssendDT: record.ntssendDT,
    ntsresultDT: record.ntsresultDT,
    ntsresultCode: record.ntsresultCode,
    ntsresultMessage: record.ntsresultMessage,
  };
}
