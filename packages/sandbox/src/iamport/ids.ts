import { randomBytes } from "node:crypto";

/** Epoch seconds of a sandbox time in milliseconds. */
export function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/**
 * Deterministic identifiers, counted from the §8.3 vector's values so that a fresh
 * sandbox reproduces them: `imp_123456789012`, pg_tid `…0000001234`, apply_num `30012345`.
 */
export class IdSource {
  #imp = 123_456_789_012;
  #tid = 1_234;
  #approval = 12_345;
  #cancellation = 1;

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      imp: this.#imp,
      tid: this.#tid,
      approval: this.#approval,
      cancellation: this.#cancellation,
    };
  }

  load(data: ReturnType<IdSource["dump"]>): void {
    this.#imp = data.imp;
    this.#tid = data.tid;
    this.#approval = data.approval;
    this.#cancellation = data.cancellation;
  }

  /** `imp_` + 12 digits (iamport.md §9). */
  impUid(): string {
    return `imp_${String(this.#imp++).padStart(12, "0")}`;
  }

  /** A PG transaction id: MID + `0116` + KST `yyMMdd` + 10 digits, as in §8.3 [INF]. */
  pgTid(pgId: string, nowMs: number): string {
    const kst = new Date(nowMs + 9 * 60 * 60 * 1000).toISOString();
    const day = `${kst.slice(2, 4)}${kst.slice(5, 7)}${kst.slice(8, 10)}`;
    return `${pgId}0116${day}${String(this.#tid++).padStart(10, "0")}`;
  }

  /** An 8-digit card approval number, `300` + 5 digits [INF]. */
  applyNum(): string {
    return `300${String(this.#approval++ % 100_000).padStart(5, "0")}`;
  }

  /** A cancellation id [INF: the real format is unknown]. */
  cancellationId(): string {
    return `cancel_${String(this.#cancellation++).padStart(12, "0")}`;
  }

  /** An opaque access token: 40 hex characters like the docs' example. */
  accessToken(): string {
    return randomBytes(20).toString("hex");
  }
}

/** The sales-slip URL of a PG transaction [INF: a fictional host]. */
export function receiptUrl(pgTid: string, cancellation?: string): string {
  const suffix = cancellation === undefined ? "" : `&cancellation=${cancellation}`;
  return `https://receipt.pg.example/slip?tid=${pgTid}${suffix}`;
}
