import { type SandboxSettings } from "../env.js";
import { DAY_MS, kstDateTime, kstStartOfDay } from "../kst.js";
import { type Scheduler } from "../scheduler/scheduler.js";
import { type CashbillEvents } from "./events.js";
import { type CashbillRecord } from "./types.js";

/** Sandbox trigger: a receipt whose identity number ends in this fails NTS filing (305, `TS1`). */
export const FILING_FAILURE_SUFFIX = "0305";

/** On the `popbill` schedule, results arrive at this hour (KST) of the day after issue. */
const RESULT_HOUR_MS = 11 * 60 * 60 * 1000;

/** An NTS filing outcome. */
interface FilingOutcome {
  readonly stateCode: 304 | 305;
  /** [INF] value domain of `ntsresult` is undocumented. */
  readonly ntsresult: string;
  readonly code: string;
  readonly message: string;
}

const FILED: FilingOutcome = {
  stateCode: 304,
  ntsresult: "전송완료",
  code: "0000",
  message: "정상 처리되었습니다.", // [INF] wording
};

const FAILED_TS1: FilingOutcome = {
  stateCode: 305,
  ntsresult: "전송실패",
  code: "TS1",
  message: "식별번호 형식 오류", // TS1 = identity number format [DOC]
};

/** What {@link NtsFiling} needs. */
export interface FilingDeps {
  readonly settings: SandboxSettings;
  readonly scheduler: Scheduler;
  readonly events: CashbillEvents;
}

/**
 * Files issued receipts (300) to the NTS: 304 전송완료 or 305 전송실패, setting
 * `ntssendDT`, `ntsresult*` and `stateDT`, then emits `filed`. Timestamps are the
 * scheduled instants, so a clock advanced by days still shows a night-time filing.
 */
export class NtsFiling {
  readonly #deps: FilingDeps;

  /** Creates the filing agent. */
  constructor(deps: FilingDeps) {
    this.#deps = deps;
  }

  /** Schedules the filing of a newly issued receipt on the configured schedule. */
  schedule(record: CashbillRecord): void {
    const { scheduler, settings } = this.#deps;
    const label = `nts:${record.corpNum}:${record.input.mgtKey}`;
    if (settings.filingSchedule === "fast") {
      const at = record.issuedMs + settings.fastFilingMs;
      scheduler.at(at, label, () => this.#send(record, at) && this.#answer(record, at));
      return;
    }
    const sendAt = kstStartOfDay(record.issuedMs) + DAY_MS;
    const resultAt = sendAt + RESULT_HOUR_MS;
    scheduler.at(sendAt, `${label}:send`, () => this.#send(record, sendAt));
    scheduler.at(resultAt, `${label}:result`, () => this.#answer(record, resultAt));
  }

  #send(record: CashbillRecord, atMs: number): boolean {
    if (record.stateCode !== 300) return false;
    record.ntssendDT = kstDateTime(atMs);
    return true;
  }

  #answer(record: CashbillRecord, atMs: number): void {
    if (record.stateCode !== 300 || record.ntssendDT === null) return;
    const outcome = record.input.identityNum.endsWith(FILING_FAILURE_SUFFIX) ? FAILED_TS1 : FILED;
    const at = kstDateTime(atMs);
    record.stateCode = outcome.stateCode;
    record.stateDT = at;
    record.ntsresult = outcome.ntsresult;
    record.ntsresultDT = at;
    record.ntsresultCode = outcome.code;
    record.ntsresultMessage = outcome.message;
    this.#deps.events.emit({ type: "filed", record });
  }
}
