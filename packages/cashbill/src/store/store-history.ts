import { sql } from "kysely";
import type { WireCashbill } from "../wire.js";
import type { CashbillStore, ReceiptState, SubmissionRow, SubmissionState } from "./store.js";

/**
 * Submission history of one member, read from korbill's own tables (no upstream call): pages
 * of submissions in a time window, newest first, and a day's totals. Separate from
 * {@link CashbillStore} so the issuing path stays as it is.
 */

/** Where a page starts: the last submission of the page before (exclusive). */
export interface HistoryCursor {
  createdAt: number;
  submitId: string;
}

/** What to list. Times are epoch milliseconds, `[fromMs, toMs)`. */
export interface HistoryQuery {
  corpNum: string;
  fromMs: number;
  toMs: number;
  /** Only submissions in this state. */
  state?: SubmissionState | null;
  /** Only submissions that FAILED or have a refused receipt or a failed filing. */
  failuresOnly?: boolean;
  after?: HistoryCursor | null;
  /** Page size; one more row is read to tell whether another page follows. */
  first: number;
}

/** A page of submissions. */
export interface HistoryPage {
  rows: SubmissionRow[];
  hasNextPage: boolean;
}

/** Receipt states that count as a failure for `failuresOnly`. */
const FAILED_RECEIPT_STATES: ReceiptState[] = ["FAILED", "NTS_FAILED"];

/** One page of a member's submissions in a window, newest first (ties: SubmitID descending). */
export async function listSubmissions(store: CashbillStore, q: HistoryQuery): Promise<HistoryPage> {
  let query = store.db
    .selectFrom("cashbillSubmissions as s")
    .selectAll("s")
    .where("s.stage", "=", store.stage)
    .where("s.corpNum", "=", q.corpNum)
    .where("s.createdAt", ">=", q.fromMs)
    .where("s.createdAt", "<", q.toMs);
  if (q.state) query = query.where("s.state", "=", q.state);
  if (q.failuresOnly) {
    query = query.where((eb) =>
      eb.or([
        eb("s.state", "=", "FAILED"),
        eb.exists(
          eb
            .selectFrom("cashbillReceipts as r")
            .select(sql`1`.as("one"))
            .whereRef("r.stage", "=", "s.stage")
            .whereRef("r.corpNum", "=", "s.corpNum")
            .whereRef("r.submitId", "=", "s.submitId")
            .where("r.state", "in", FAILED_RECEIPT_STATES),
        ),
      ]),
    );
  }
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("s.createdAt", "<", after.createdAt),
        eb.and([eb("s.createdAt", "=", after.createdAt), eb("s.submitId", "<", after.submitId)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("s.createdAt", "desc")
    .orderBy("s.submitId", "desc")
    .limit(q.first + 1)
    .execute();
  const hasNextPage = rows.length > q.first;
  return { rows: hasNextPage ? rows.slice(0, q.first) : rows, hasNextPage };
}

/** Sums of receipt amounts in KRW. */
export interface AmountTotals {
  supplyCost: number;
  tax: number;
  serviceFee: number;
  totalAmount: number;
}

/** A member's bulk issuance in a window, totalled. */
export interface DaySummary {
  submissions: number;
  submissionsByState: Record<SubmissionState, number>;
  receipts: number;
  /** Issued (ISSUED, NTS_FILED and NTS_FAILED). */
  issued: number;
  refused: number;
  pending: number;
  filed: number;
  filingFailed: number;
  /** Issued approvals (승인거래) count positive, issued cancellations (취소거래) negative. */
  amounts: AmountTotals;
  /** Issued cancellations among `issued`. */
  cancellations: number;
}

const ISSUED_STATES: ReadonlySet<ReceiptState> = new Set(["ISSUED", "NTS_FILED", "NTS_FAILED"]);

/**
 * Totals of a member's bulk submissions recorded in `[fromMs, toMs)`: submissions by state,
 * receipts by outcome and the amounts of the issued ones. Amounts are read from the bodies
 * korbill recorded before sending (the exact bytes sent), so nothing is asked upstream.
 */
export async function summarizeSubmissions(
  store: CashbillStore,
  corpNum: string,
  fromMs: number,
  toMs: number,
): Promise<DaySummary> {
  const window = () =>
    store.db
      .selectFrom("cashbillSubmissions as s")
      .where("s.stage", "=", store.stage)
      .where("s.corpNum", "=", corpNum)
      .where("s.createdAt", ">=", fromMs)
      .where("s.createdAt", "<", toMs);
  const byState = await window()
    .select(["s.state", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("s.state")
    .execute();
  const submissionsByState: Record<SubmissionState, number> = {
    RECORDED: 0,
    SUBMITTED: 0,
    RECONCILING: 0,
    PROCESSING: 0,
    COMPLETED: 0,
    FAILED: 0,
  };
  let submissions = 0;
  for (const r of byState) {
    submissionsByState[r.state] = Number(r.n);
    submissions += Number(r.n);
  }
  const summary: DaySummary = {
    submissions,
    submissionsByState,
    receipts: 0,
    issued: 0,
    refused: 0,
    pending: 0,
    filed: 0,
    filingFailed: 0,
    amounts: { supplyCost: 0, tax: 0, serviceFee: 0, totalAmount: 0 },
    cancellations: 0,
  };
  if (submissions === 0) return summary;

  const receipts = await window()
    .innerJoin("cashbillReceipts as r", (join) =>
      join
        .onRef("r.stage", "=", "s.stage")
        .onRef("r.corpNum", "=", "s.corpNum")
        .onRef("r.submitId", "=", "s.submitId"),
    )
    .select(["r.mgtKey", "r.state"])
    .execute();
  const issuedKeys = new Set<string>();
  for (const r of receipts) {
    summary.receipts++;
    if (ISSUED_STATES.has(r.state)) {
      summary.issued++;
      issuedKeys.add(r.mgtKey);
    } else if (r.state === "FAILED") summary.refused++;
    else summary.pending++;
    if (r.state === "NTS_FILED") summary.filed++;
    if (r.state === "NTS_FAILED") summary.filingFailed++;
  }
  if (issuedKeys.size === 0) return summary;

  const bodies = await window()
    .innerJoin("cashbillSubmissionBodies as b", (join) =>
      join
        .onRef("b.stage", "=", "s.stage")
        .onRef("b.corpNum", "=", "s.corpNum")
        .onRef("b.submitId", "=", "s.submitId"),
    )
    .select("b.body")
    .execute();
  const amounts = summary.amounts;
  for (const { body } of bodies) {
    const { cashbills } = JSON.parse(body) as { cashbills: WireCashbill[] };
    for (const c of cashbills) {
      if (!issuedKeys.has(c.mgtKey)) continue;
      const sign = c.tradeType === "취소거래" ? -1 : 1;
      if (sign < 0) summary.cancellations++;
      amounts.supplyCost += sign * Number(c.supplyCost);
      amounts.tax += sign * Number(c.tax);
      amounts.serviceFee += sign * Number(c.serviceFee);
      amounts.totalAmount += sign * Number(c.totalAmount);
    }
  }
  return summary;
}
