import type { Kysely } from "kysely";
import { type EventLog, topicFor } from "@korbill/core-events";
import type { PointsTables as Tables } from "../store/migrations.js";

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
  private readonly db: Kysely<Tables>;

  constructor(
    db: Kysely<unknown>,
    private readonly events: EventLog,
    private readonly opts: { defaultThreshold: number; now?: () => number },
  ) {
    this.db = db as Kysely<Tables>;
  }

  /** Records a balance just read from POPBiLL. */
  async observe(corpNum: string, balance: number): Promise<void> {
    const stage = this.events.stage;
    const row = await this.row(corpNum);
    const now = this.opts.now?.() ?? Date.now();
    if (!row) {
      const inserted = await this.db
        .insertInto("pointsBalances")
        .values({
          stage,
          corpNum,
          balance,
          lowThreshold: this.opts.defaultThreshold,
          lowAlerted: 0,
          updatedAt: now,
        })
        .onConflict((oc) => oc.columns(["stage", "corpNum"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0)
        await this.checkLow(corpNum, balance, this.opts.defaultThreshold, false);
      return;
    }
    const previous = Number(row.balance);
    if (previous === balance) return;
    const updated = await this.db
      .updateTable("pointsBalances")
      .set({ balance, updatedAt: now })
      .where("stage", "=", stage)
      .where("corpNum", "=", corpNum)
      .where("balance", "=", previous)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return; // another instance reported this change
    await this.events.append<BalanceChangedPayload>({
      topic: topicFor("points", corpNum),
      tenant: corpNum,
      type: "BALANCE_CHANGED",
      payload: { corpNum, balance, previousBalance: previous, delta: balance - previous },
    });
    await this.checkLow(corpNum, balance, Number(row.lowThreshold), Boolean(row.lowAlerted));
  }

  /** Sets the member's low-balance threshold (0 turns alerts off); returns it. */
  async setThreshold(corpNum: string, threshold: number, currentBalance: number): Promise<number> {
    await this.observe(corpNum, currentBalance);
    await this.db
      .updateTable("pointsBalances")
      .set({ lowThreshold: threshold, lowAlerted: 0 })
      .where("stage", "=", this.events.stage)
      .where("corpNum", "=", corpNum)
      .execute();
    await this.checkLow(corpNum, currentBalance, threshold, false);
    return threshold;
  }

  /** The member's threshold (the default until set). */
  async threshold(corpNum: string): Promise<number> {
    const row = await this.row(corpNum);
    return row ? Number(row.lowThreshold) : this.opts.defaultThreshold;
  }

  private row(corpNum: string) {
    return this.db
      .selectFrom("pointsBalances")
      .selectAll()
      .where("stage", "=", this.events.stage)
      .where("corpNum", "=", corpNum)
      .executeTakeFirst();
  }

  private async checkLow(
    corpNum: string,
    balance: number,
    threshold: number,
    alerted: boolean,
  ): Promise<void> {
    const low = threshold > 0 && balance < threshold;
    if (low === alerted) return;
    const flipped = await this.db
      .updateTable("pointsBalances")
      .set({ lowAlerted: low ? 1 : 0 })
      .where("stage", "=", this.events.stage)
      .where("corpNum", "=", corpNum)
      .where("lowAlerted", "=", alerted ? 1 : 0)
      .executeTakeFirst();
    if (!low || Number(flipped.numUpdatedRows) === 0) return;
    await this.events.append<LowBalancePayload>({
      topic: topicFor("points", corpNum),
      tenant: corpNum,
      type: "LOW_BALANCE",
      payload: { corpNum, balance, threshold },
    });
  }
}
