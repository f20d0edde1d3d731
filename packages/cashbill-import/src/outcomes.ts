/** What happened to one row. */
export type OutcomeStatus =
  /** The receipt exists (issued now, earlier, or marked so by a result file). */
  | "ISSUED"
  /** POPBiLL or the gateway refused it; see code and message. */
  | "REFUSED"
  /** The row breaks a rule; fix it and import again. */
  | "INVALID"
  /** Sent, no result yet (the run was stopped); importing the file again finds it. */
  | "PENDING"
  /** Not sent (the run was stopped before it, or the file had invalid rows). */
  | "NOT_SENT";

/** One row's outcome: a few short strings per row, so 10,000 rows stay small. */
export interface RowOutcome {
  status: OutcomeStatus;
  confirmNum?: string | undefined;
  code?: string | undefined;
  message?: string | undefined;
  /** NTS_FILED / NTS_FAILED (with the NTS result code) once filing results arrive. */
  filing?: string | undefined;
}

/** Counts of outcomes, for progress and the summary. */
export interface OutcomeCounts {
  issued: number;
  refused: number;
  invalid: number;
  pending: number;
  notSent: number;
  filed: number;
  filingFailed: number;
}

/** Per-row outcomes by row number. */
export class Outcomes {
  readonly #byRow = new Map<number, RowOutcome>();

  get(rowNumber: number): RowOutcome | undefined {
    return this.#byRow.get(rowNumber);
  }

  set(rowNumber: number, outcome: RowOutcome): void {
    this.#byRow.set(rowNumber, outcome);
  }

  /** Counts every row's outcome (`rows` rows in all; rows without one count as not sent). */
  count(rows: number): OutcomeCounts {
    const c: OutcomeCounts = {
      issued: 0,
      refused: 0,
      invalid: 0,
      pending: 0,
      notSent: 0,
      filed: 0,
      filingFailed: 0,
    };
    for (const o of this.#byRow.values()) {
      if (o.status === "ISSUED") c.issued += 1;
      else if (o.status === "REFUSED") c.refused += 1;
      else if (o.status === "INVALID") c.invalid += 1;
      else if (o.status === "PENDING") c.pending += 1;
      if (o.filing?.startsWith("NTS_FILED")) c.filed += 1;
      else if (o.filing?.startsWith("NTS_FAILED")) c.filingFailed += 1;
    }
    c.notSent = rows - c.issued - c.refused - c.invalid - c.pending;
    return c;
  }
}
