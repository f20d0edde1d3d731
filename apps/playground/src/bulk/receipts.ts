import { DEMO_IDENTITY, type DemoCashbill, demoReceipt } from "@korbill/cashbill/demo";

/** Receipts per bulk submission (POPBiLL's limit). */
export const BULK_SIZE = 100;
/** The most receipts one playground run issues. */
export const MAX_RECEIPTS = 1_000;

/** A demo receipt with the buyer's contact: what a resend offers first. */
export type PlaygroundCashbill = DemoCashbill & { email: string; hp: string };

/** One bulk submission to send. */
export interface PlannedBulk {
  submitId: string;
  cashbills: PlaygroundCashbill[];
}

/** The demo buyer's contact (a reserved example.com address; no SMS at issue, sendSms unset). */
export const DEMO_BUYER = { email: "buyer@example.com", hp: "010-1234-5678" } as const;

/**
 * A new run id: unique per run (time plus randomness), so SubmitIDs and mgtKeys are never
 * reused, and short enough that `${runId}-${index}` fits a 24-character mgtKey.
 */
export function newRunId(now = Date.now(), random: () => number = Math.random): string {
  const salt = Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, "0");
  return `PG${now.toString(36)}${salt}`.toUpperCase();
}

/** Clamps a requested count to 1..{@link MAX_RECEIPTS}; NaN becomes 1. */
export function clampCount(requested: number): number {
  if (!Number.isFinite(requested)) return 1;
  return Math.min(MAX_RECEIPTS, Math.max(1, Math.floor(requested)));
}

/**
 * `count` demo receipts in bulks of {@link BULK_SIZE}: SubmitIDs `${runId}-B${n}`, mgtKeys
 * `${runId}-${i}`. With `sampleFailures`, receipt 42 of every hundred is refused and receipt
 * 7 of every fifty fails NTS filing, to show what failures look like.
 */
export function planBulks(
  runId: string,
  count: number,
  options: { sampleFailures?: boolean } = {},
): PlannedBulk[] {
  const bulks: PlannedBulk[] = [];
  for (let start = 0; start < count; start += BULK_SIZE) {
    const size = Math.min(BULK_SIZE, count - start);
    const cashbills = Array.from({ length: size }, (_, k) =>
      demoCashbill(`${runId}-${start + k}`, start + k, options.sampleFailures ?? false),
    );
    bulks.push({ submitId: `${runId}-B${start / BULK_SIZE}`, cashbills });
  }
  return bulks;
}

function demoCashbill(mgtKey: string, index: number, sampleFailures: boolean): PlaygroundCashbill {
  let identityNum: string = DEMO_IDENTITY.ok;
  if (sampleFailures && index % 100 === 42) identityNum = DEMO_IDENTITY.refused;
  else if (sampleFailures && index % 50 === 7) identityNum = DEMO_IDENTITY.filingFails;
  return {
    ...demoReceipt(mgtKey, index, identityNum),
    itemName: "플레이그라운드 데모 상품",
    email: DEMO_BUYER.email,
    hp: DEMO_BUYER.hp,
  };
}
