import type { EventLog, NewEvent, WorkClaims } from "@korbill/core-events";
import type { WireCashbillInfo } from "../wire.js";
import {
  type CashbillEventPayload,
  appendCashbillEvents,
  basePayload,
  cashbillEvent,
} from "./events.js";
import type { CashbillStore, ReceiptRow } from "../store/store.js";
import type { BulkLogger, BulkTiming } from "./timing.js";

/** A filing result as a webhook (NTS) or GetInfos reports it. */
export type FilingInfo = Pick<
  WireCashbillInfo,
  "mgtKey" | "stateCode" | "confirmNum" | "tradeDate" | "ntsresultCode" | "ntsresultMessage"
>;

/**
 * The filing watch: issued receipts are checked with GetInfos until the NTS filed (304) or
 * refused (305) them. One member's due receipts are a unit of work: an instance checks only
 * the members whose unit it claimed, one GetInfos of up to 1,000 receipts each.
 */
export class FilingWatch {
  constructor(
    private readonly deps: {
      store: CashbillStore;
      events: EventLog;
      getInfos(corpNum: string, mgtKeys: string[]): Promise<WireCashbillInfo[]>;
      claims: WorkClaims;
      timing: BulkTiming;
      now: () => number;
      logger?: BulkLogger;
    },
  ) {}

  /** A filing result (webhook NTS or GetInfos): NTS_FILED for 304, NTS_FAILED for 305. */
  async apply(corpNum: string, info: FilingInfo): Promise<boolean> {
    if (info.stateCode !== 304 && info.stateCode !== 305) return false;
    const { store, now } = this.deps;
    const receipt = await store.receipt(corpNum, info.mgtKey);
    const kind = info.stateCode === 304 ? "NTS_FILED" : "NTS_FAILED";
    await appendCashbillEvents(this.deps.events, [filingEvent(corpNum, receipt, info, kind)]);
    await store.updateReceipt(
      corpNum,
      info.mgtKey,
      {
        state: kind,
        ntsResultCode: info.ntsresultCode ?? null,
        ntsResultMessage: info.ntsresultMessage ?? null,
        ntsAt: now(),
        nextNtsCheckAt: null,
        updatedAt: now(),
      },
      ["PENDING", "ISSUED"],
    );
    return true;
  }

  /** Checks due filing results of the members this instance claims; returns how many filed. */
  async check(): Promise<number> {
    const { store, claims } = this.deps;
    const due = await store.dueFilingChecks(this.deps.now(), 1000);
    const byCorp = new Map<string, string[]>();
    for (const r of due) byCorp.set(r.corpNum, [...(byCorp.get(r.corpNum) ?? []), r.mgtKey]);
    let filed = 0;
    for (const [corpNum, keys] of byCorp) {
      const unit = `${store.stage}:cashbill-filing:${corpNum}`;
      if (!(await claims.claim(unit))) continue;
      try {
        filed += await this.checkMember(corpNum, keys);
      } finally {
        await claims.release(unit);
      }
    }
    return filed;
  }

  private async checkMember(corpNum: string, keys: string[]): Promise<number> {
    let infos: WireCashbillInfo[];
    try {
      infos = await this.deps.getInfos(corpNum, keys);
    } catch (error) {
      this.deps.logger?.warn("GetInfos failed; filing check postponed", {
        corpNum,
        error: String(error),
      });
      await this.postpone(corpNum, keys, this.deps.timing.reconcileMaxMs);
      return 0;
    }
    let filed = 0;
    const pending: string[] = [];
    for (const info of infos)
      if (await this.apply(corpNum, info)) filed++;
      else pending.push(info.mgtKey);
    const answered = new Set(infos.map((i) => i.mgtKey));
    pending.push(...keys.filter((k) => !answered.has(k)));
    await this.postpone(corpNum, pending, this.deps.timing.filingCheckMs);
    return filed;
  }

  private async postpone(corpNum: string, keys: string[], delayMs: number): Promise<void> {
    const next = this.deps.now() + delayMs;
    for (const mgtKey of keys)
      await this.deps.store.updateReceipt(corpNum, mgtKey, { nextNtsCheckAt: next }, ["ISSUED"]);
  }
}

function filingEvent(
  corpNum: string,
  receipt: ReceiptRow | undefined,
  info: FilingInfo,
  kind: "NTS_FILED" | "NTS_FAILED",
): NewEvent<CashbillEventPayload> {
  return cashbillEvent(kind, {
    ...basePayload(corpNum, info.mgtKey, receipt?.submitId ?? null),
    code: receipt?.code ?? null,
    success: kind === "NTS_FILED",
    message: info.ntsresultMessage ?? null,
    confirmNum: info.confirmNum ?? receipt?.confirmNum ?? null,
    tradeDate: info.tradeDate ?? receipt?.tradeDate ?? null,
    issueDT: receipt?.issueDt ?? null,
    stateCode: info.stateCode,
    ntsResultCode: info.ntsresultCode ?? null,
    ntsResultMessage: info.ntsresultMessage ?? null,
  });
}
