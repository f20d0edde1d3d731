/** Receipts per bulk submission (POPBiLL's limit). */
export const BULK_SIZE = 100;
/** The most receipts one playground run issues. */
export const MAX_RECEIPTS = 1_000;

/** A `CashbillInput` of the schema, as the demo fills it. */
export interface DemoCashbill {
  mgtKey: string;
  tradeType: "APPROVAL";
  tradeUsage: "INCOME_DEDUCTION";
  taxationType: "TAXABLE";
  supplyCost: number;
  tax: number;
  serviceFee: number;
  totalAmount: number;
  identityNum: string;
  customerName: string;
  itemName: string;
  /** The buyer's e-mail and mobile number: what a resend offers first. */
  email: string;
  hp: string;
}

/** One bulk submission to send. */
export interface PlannedBulk {
  submitId: string;
  cashbills: DemoCashbill[];
}

/** Identity numbers the sandbox treats specially (its documented test suffixes). */
const IDENTITY = {
  ok: "01012345678",
  /** The sandbox files receipts for identity numbers ending 0305 as failed (NTS_FAILED). */
  filingFails: "01012340305",
  /** The sandbox refuses receipts for identity numbers ending 4444. */
  refused: "01012344444",
};

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

function demoCashbill(mgtKey: string, index: number, sampleFailures: boolean): DemoCashbill {
  const supplyCost = 1_000 + (index % 50) * 100;
  const tax = Math.floor(supplyCost / 10);
  let identityNum = IDENTITY.ok;
  if (sampleFailures && index % 100 === 42) identityNum = IDENTITY.refused;
  else if (sampleFailures && index % 50 === 7) identityNum = IDENTITY.filingFails;
  return {
    mgtKey,
    tradeType: "APPROVAL",
    tradeUsage: "INCOME_DEDUCTION",
    taxationType: "TAXABLE",
    supplyCost,
    tax,
    serviceFee: 0,
    totalAmount: supplyCost + tax,
    identityNum,
    customerName: "홍길동",
    itemName: "플레이그라운드 데모 상품",
    email: DEMO_BUYER.email,
    hp: DEMO_BUYER.hp,
  };
}
