import type { Kysely } from "kysely";
import type { PointsTables } from "./migrations.js";

/** A member's last seen balance and its low-balance alert state. */
export interface BalanceRow {
  balance: number;
  lowThreshold: number;
  /** Whether LOW_BALANCE was reported for the current fall below the threshold. */
  lowAlerted: boolean;
  updatedAt: number;
}

/**
 * The `points_balances` table of one stage. Every write that decides an event is a
 * compare-and-set (it names the value the caller saw), so of several instances observing the
 * same change exactly one wins and reports it.
 */
export class BalanceStore {
  private readonly db: Kysely<PointsTables>;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<PointsTables>;
  }

  /** The member's row, if a balance was ever seen. */
  async row(corpNum: string): Promise<BalanceRow | undefined> {
    const row = await this.db
      .selectFrom("pointsBalances")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      balance: Number(row.balance),
      lowThreshold: Number(row.lowThreshold),
      lowAlerted: Boolean(row.lowAlerted),
      updatedAt: Number(row.updatedAt),
    };
  }

  /** Inserts the member's first balance; false when another writer inserted it first. */
  async insertFirst(
    corpNum: string,
    balance: number,
    lowThreshold: number,
    now: number,
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto("pointsBalances")
      .values({ stage: this.stage, corpNum, balance, lowThreshold, lowAlerted: 0, updatedAt: now })
      .onConflict((oc) => oc.columns(["stage", "corpNum"]).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Sets the balance if it still is `previous`; false when another writer changed it. */
  async replaceBalance(
    corpNum: string,
    previous: number,
    balance: number,
    now: number,
  ): Promise<boolean> {
    const updated = await this.db
      .updateTable("pointsBalances")
      .set({ balance, updatedAt: now })
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("balance", "=", previous)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  }

  /** Sets the threshold and clears the alert state. */
  async setThreshold(corpNum: string, threshold: number): Promise<void> {
    await this.db
      .updateTable("pointsBalances")
      .set({ lowThreshold: threshold, lowAlerted: 0 })
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .execute();
  }

  /** Sets the alert state if it still is `from`; false when another writer flipped it. */
  async flipLowAlerted(corpNum: string, from: boolean, to: boolean): Promise<boolean> {
    const flipped = await this.db
      .updateTable("pointsBalances")
      .set({ lowAlerted: to ? 1 : 0 })
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("lowAlerted", "=", from ? 1 : 0)
      .executeTakeFirst();
    return Number(flipped.numUpdatedRows) > 0;
  }
}
