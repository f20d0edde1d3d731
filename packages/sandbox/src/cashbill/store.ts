import { kstDateTime } from "../kst.js";
import { refill } from "../persist/maps.js";
import { type BulkSubmission, type CashbillRecord } from "./types.js";

/** How many times one (corpNum, mgtKey) was issued. */
export interface IssuanceCount {
  readonly corpNum: string;
  readonly mgtKey: string;
  readonly count: number;
}

/**
 * Issued cash receipts and bulk submissions, indexed for O(1) lookups by
 * (corpNum, mgtKey), confirmNum and (corpNum, SubmitID), with per-member arrays kept
 * sorted by issue time for range search. Also counts every issuance per (corpNum, mgtKey)
 * for exactly-once assertions.
 */
export class CashbillStore {
  readonly #byKey = new Map<string, CashbillRecord>();
  readonly #byConfirmNum = new Map<string, CashbillRecord>();
  readonly #byMember = new Map<string, CashbillRecord[]>();
  readonly #issuances = new Map<string, number>();
  readonly #submissions = new Map<string, BulkSubmission>();
  readonly #submissionsByMember = new Map<string, BulkSubmission[]>();
  #seq = 0;
  #submissionSeq = 0;

  /** The next issue sequence number, from 1. */
  nextSeq(): number {
    return ++this.#seq;
  }

  /**
   * A 9-character NTS approval number: `TB` + 7 digits, like the test stage's `TB0000178`
   * ([INF] format of production numbers not modelled).
   */
  confirmNumFor(seq: number): string {
    return `TB${String(seq % 10_000_000).padStart(7, "0")}`;
  }

  /** An 18-digit itemKey: KST `yyMMddHHmmss` + 6-digit sequence. [INF] format. */
  itemKeyFor(seq: number, ms: number): string {
    return `${kstDateTime(ms).slice(2)}${String(seq % 1_000_000).padStart(6, "0")}`;
  }

  /** An 18-digit bulk receiptID: KST `yyMMddHHmmss` + 6-digit sequence. [INF] format. */
  nextReceiptId(ms: number): string {
    return `${kstDateTime(ms).slice(2)}${String(++this.#submissionSeq % 1_000_000).padStart(6, "0")}`;
  }

  /** The receipt of member `corpNum` with `mgtKey`. */
  get(corpNum: string, mgtKey: string): CashbillRecord | undefined {
    return this.#byKey.get(key(corpNum, mgtKey));
  }

  /** The receipt with this NTS approval number, whichever member issued it. */
  byConfirmNum(confirmNum: string): CashbillRecord | undefined {
    return this.#byConfirmNum.get(confirmNum);
  }

  /** Stores a newly issued receipt and counts the issuance. */
  add(record: CashbillRecord): void {
    const k = key(record.corpNum, record.input.mgtKey);
    this.#issuances.set(k, (this.#issuances.get(k) ?? 0) + 1);
    this.#byKey.set(k, record);
    this.#byConfirmNum.set(record.confirmNum, record);
    insertSorted(this.#list(record.corpNum), record);
  }

  /** The member's receipts, oldest issue first. */
  receipts(corpNum: string): readonly CashbillRecord[] {
    return this.#byMember.get(corpNum) ?? [];
  }

  /** The member's receipts issued in `[fromMs, toMs)`, oldest first (binary search). */
  issuedBetween(corpNum: string, fromMs: number, toMs: number): CashbillRecord[] {
    const list = this.receipts(corpNum);
    return list.slice(lowerBound(list, fromMs), lowerBound(list, toMs));
  }

  /** How many times (corpNum, mgtKey) was issued: 0 or 1, unless something let a duplicate through. */
  issuanceCount(corpNum: string, mgtKey: string): number {
    return this.#issuances.get(key(corpNum, mgtKey)) ?? 0;
  }

  /** Every issued mgtKey of the member with its count, in issue-time order. */
  issuances(corpNum: string): IssuanceCount[] {
    return this.receipts(corpNum).map(({ input: { mgtKey } }) => ({
      corpNum,
      mgtKey,
      count: this.issuanceCount(corpNum, mgtKey),
    }));
  }

  /** Keys issued more than once (always empty while the mgtKey rule holds). */
  duplicateIssuances(): IssuanceCount[] {
    const found: IssuanceCount[] = [];
    for (const [k, count] of this.#issuances) {
      if (count < 2) continue;
      const [corpNum = "", mgtKey = ""] = splitKey(k);
      found.push({ corpNum, mgtKey, count });
    }
    return found;
  }

  /** Stores an accepted bulk submission. */
  addSubmission(submission: BulkSubmission): void {
    this.#submissions.set(key(submission.corpNum, submission.submitId), submission);
    const list = this.#submissionsByMember.get(submission.corpNum) ?? [];
    list.push(submission);
    this.#submissionsByMember.set(submission.corpNum, list);
  }

  /** The member's submission with this SubmitID. */
  submission(corpNum: string, submitId: string): BulkSubmission | undefined {
    return this.#submissions.get(key(corpNum, submitId));
  }

  /** The member's submissions, in acceptance order. */
  submissions(corpNum: string): readonly BulkSubmission[] {
    return this.#submissionsByMember.get(corpNum) ?? [];
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      byKey: this.#byKey,
      byConfirmNum: this.#byConfirmNum,
      byMember: this.#byMember,
      issuances: this.#issuances,
      submissions: this.#submissions,
      submissionsByMember: this.#submissionsByMember,
      seq: this.#seq,
      submissionSeq: this.#submissionSeq,
    };
  }

  load(data: ReturnType<CashbillStore["dump"]>): void {
    refill(this.#byKey, data.byKey);
    refill(this.#byConfirmNum, data.byConfirmNum);
    refill(this.#byMember, data.byMember);
    refill(this.#issuances, data.issuances);
    refill(this.#submissions, data.submissions);
    refill(this.#submissionsByMember, data.submissionsByMember);
    this.#seq = data.seq;
    this.#submissionSeq = data.submissionSeq;
  }

  /** Every receipt of every member (pending filings are rescheduled from them). */
  allReceipts(): CashbillRecord[] {
    return [...this.#byKey.values()];
  }

  /** Every submission of every member (unfinished ones are rescheduled from them). */
  allSubmissions(): BulkSubmission[] {
    return [...this.#submissions.values()];
  }

  #list(corpNum: string): CashbillRecord[] {
    let list = this.#byMember.get(corpNum);
    if (!list) this.#byMember.set(corpNum, (list = []));
    return list;
  }
}

function key(corpNum: string, id: string): string {
  return `${corpNum}:${id}`;
}

function splitKey(k: string): [string, string] {
  const at = k.indexOf(":");
  return [k.slice(0, at), k.slice(at + 1)];
}

/** Appends in O(1) when time moves forward (the usual case), else inserts in place. */
function insertSorted(list: CashbillRecord[], record: CashbillRecord): void {
  const last = list.at(-1);
  if (!last || last.issuedMs <= record.issuedMs) {
    list.push(record);
    return;
  }
  list.splice(lowerBound(list, record.issuedMs + 1), 0, record);
}

/** The first index whose issue time is >= `ms`. */
function lowerBound(list: readonly CashbillRecord[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.issuedMs ?? Infinity) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
