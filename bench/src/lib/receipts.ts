import type { WireCashbill } from "@korbill/cashbill";
import { demoReceipt } from "@korbill/cashbill/testing";

/** The same receipt on the wire, as the official SDK's guide builds it (Korean enum strings). */
export function wireReceipt(corpNum: string, mgtKey: string, i: number): WireCashbill {
  const r = demoReceipt(mgtKey, i);
  return {
    mgtKey,
    tradeType: "승인거래",
    tradeUsage: "소득공제용",
    tradeOpt: "일반",
    taxationType: "과세",
    supplyCost: String(r.supplyCost),
    tax: String(r.tax),
    serviceFee: "0",
    totalAmount: String(r.totalAmount),
    franchiseCorpNum: corpNum,
    identityNum: r.identityNum,
    customerName: r.customerName,
    itemName: r.itemName,
  };
}

/**
 * `bulks` submissions of `perBulk` receipts: SubmitIDs `${run}-B<b>`, mgtKeys numbered across
 * the run, `${run}-<n>` (subscribers time each receipt by its number).
 */
export function bulkPlan(run: string, bulks: number, perBulk: number) {
  return Array.from({ length: bulks }, (_, b) => ({
    submitId: `${run}-B${b}`,
    mgtKeys: Array.from({ length: perBulk }, (_, i) => `${run}-${b * perBulk + i}`),
  }));
}

/** A short random run id (SubmitIDs and mgtKeys of one run never collide with another's). */
export function runId(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 7)}`;
}

/** The gateway's bulk mutation. */
export const BULK_MUTATION = `mutation($submitId: String!, $cashbills: [CashbillInput!]!) {
  bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) { submitId state submitCount }
}`;

/** The subscription every fan-out client runs (the same document against korbill and bare). */
export const EVENTS_SUBSCRIPTION = `subscription($after: String, $types: [CashbillEventType!]) {
  cashbillEvents(after: $after, types: $types) { cursor type submitId mgtKey code success confirmNum ntsResultCode }
}`;

/** A cursor before the first event of the log (korbill cursors are `base64url("ev:<n>")`). */
export const CURSOR_AT_START = Buffer.from("ev:0", "utf8").toString("base64url");

/** Shape of one delivered event. */
export interface EventOut {
  cursor: string;
  type: string;
  submitId: string | null;
  mgtKey: string;
  code: number | null;
  success: boolean | null;
  confirmNum: string | null;
  ntsResultCode: string | null;
}

/**
 * mgtKeys of a run's warm-up bulk: `PROBE<run>` (a subscriber waits for it), then keys that
 * no subscriber of the run counts (they do not start with the run id).
 */
export function warmUpKeys(run: string, n: number): string[] {
  return [`PROBE${run}`, ...Array.from({ length: n - 1 }, (_, i) => `W${run}x${i}`)];
}
