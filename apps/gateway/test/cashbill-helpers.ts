import { type Client } from "graphql-ws";
import { DEMO_IDENTITY, demoReceipt } from "@korbill/cashbill/testing";

export { DEMO_IDENTITY, demoReceipt };

/** A bulk of `n` receipts with keys `${prefix}-${i}`. */
export function demoBulk(prefix: string, n = 100) {
  return Array.from({ length: n }, (_, i) => demoReceipt(`${prefix}-${i}`, i));
}

export const BULK_MUTATION = `mutation($submitId: String!, $cashbills: [CashbillInput!]!) {
  bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) { submitId state submitCount }
}`;

export const EVENTS_SUBSCRIPTION = `subscription($after: String, $types: [CashbillEventType!]) {
  cashbillEvents(after: $after, types: $types) { cursor type submitId mgtKey code success confirmNum ntsResultCode }
}`;

/** A cash-receipt event as the subscription delivers it. */
export interface CashbillEventOut {
  cursor: string;
  type: string;
  submitId: string | null;
  mgtKey: string;
  code: number | null;
  success: boolean | null;
  confirmNum: string | null;
  ntsResultCode: string | null;
}

/** Subscribes and keeps every event; `dispose` ends it. */
export function recordEvents(client: Client, after: string | null = null) {
  const events: CashbillEventOut[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<{ cashbillEvents: CashbillEventOut }>(
    { query: EVENTS_SUBSCRIPTION, variables: { after } },
    {
      next: (v) => (v.data ? events.push(v.data.cashbillEvents) : errors.push(v.errors)),
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return { events, errors, dispose };
}

/** Waits until `cond` holds, or fails with `describe()` after `ms`. */
export async function waitUntil(
  cond: () => boolean,
  ms: number,
  describe: () => string,
): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Like {@link waitUntil} for a condition that must ask something (the gateway) each time. */
export async function waitUntilAsync(
  cond: () => Promise<boolean>,
  ms: number,
  describe: () => string,
): Promise<void> {
  const start = Date.now();
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Counts events by type. */
export function countByType(events: CashbillEventOut[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) out[e.type] = (out[e.type] ?? 0) + 1;
  return out;
}
