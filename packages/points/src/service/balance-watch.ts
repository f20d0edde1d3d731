import type { Kysely } from "kysely";
import { type EventLog, topicFor } from "@korbill/core-events";
import { BalanceStore } from "../store/balances.js";

/** Event payloads on the `points:{corpNum}` topic. */
export interface BalanceChangedPayload {
  corpNum: string;
  balance: number;
  previousBalance: number;
  delta: number;
}
/** Emitted once when the balance drops below the member's threshold. */
export interface LowBalancePayload {
  corpNum: string;
  balance: number;
  threshold: number;
}

/**
 * Watches balances the gateway reads or causes: a change from the last seen balance becomes a
 * BALANCE_CHANGED event, a first drop below the member's threshold a LOW_BALANCE event.
 * Concurrent observers (several instances) report each change once.
 */
export class BalanceWatch {
  private readonly store: BalanceStore;

  constructor(
    db: Kysely<unknown>,
    private readonly events: EventLog,
    private readonly opts: { defaultThreshold: number; now?: () => number },
  ) {
    this.store = new BalanceStore(db, events.stage);
  }

  /** Records a balance just read from POPBiLL. */
  async observe(corpNum: string, balance: number): Promise<void> {
    const row = await this.store.row(corpNum);
    const now = this.opts.now?.() ?? Date.now();
    if (!row) {
      const threshold = this.opts.defaultThreshold;
      if (await this.store.insertFirst(corpNum, balance, threshold, now))
        await this.checkLow(corpNum, balance, threshold, false);
      return;
    }
    const previous = row.balance;
    if (previous === balance) return;
    // Another instance reported this change when the balance is no longer what we read.
    if (!(await this.store.replaceBalance(corpNum, previous, balance, now))) return;
    await this.events.append<BalanceChangedPayload>({
      topic: topicFor("points", corpNum),
      tenant: corpNum,
      type: "BALANCE_CHANGED",
      payload: { corpNum, balance, previousBalance: previous, delta: balance - previous },
    });
    await this.checkLow(corpNum, balance, row.lowThreshold, row.lowAlerted);
  }

  /** Sets the member's low-balance threshold (0 turns alerts off); returns it. */
  async setThreshold(corpNum: string, threshold: number, currentBalance: number): Promise<number> {
    await this.observe(corpNum, currentBalance);
    await this.store.setThreshold(corpNum, threshold);
    await this.checkLow(corpNum, currentBalance, threshold, false);
    return threshold;
  }

  /** The member's threshold (the default until set). */
  async threshold(corpNum: string): Promise<number> {
    const row = await this.store.row(corpNum);
    return row ? row.lowThreshold : this.opts.defaultThreshold;
  }

  private async checkLow(
    corpNum: string,
    balance: number,
    threshold: number,
    alerted: boolean,
  ): Promise<void> {
    const low = threshold > 0 && balance < threshold;
    if (low === alerted) return;
    const flipped = await this.store.flipLowAlerted(corpNum, alerted, low);
    if (!low || !flipped) return;
    await this.events.append<LowBalancePayload>({
      topic: topicFor("points", corpNum),
      tenant: corpNum,
      type: "LOW_BALANCE",
      payload: { corpNum, balance, threshold },
    });
  }
}
