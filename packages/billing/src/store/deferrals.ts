import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";

/** A webhook korbill accepted but has not verified yet (the re-fetch budget was spent). */
export interface DeferralRow {
  stage: string;
  merchantUid: string;
  /** The imp_uid the latest webhook claimed (a hint only: the pass looks up the merchantUid). */
  impUid: string;
  status: string;
  /** Changes on every write, so a pass deletes only the row it verified. */
  token: string;
  receivedAt: number;
}

interface Tables {
  billingWebhookDeferrals: DeferralRow;
}

/**
 * `billing_webhook_deferrals`: at most one row per order of korbill's, so a flood of forged
 * webhooks cannot grow it beyond the orders korbill itself recorded.
 */
export class DeferralStore {
  private readonly db: Kysely<Tables>;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<Tables>;
  }

  /** Records (or refreshes) the order's pending verification. */
  async defer(merchantUid: string, impUid: string, status: string, now: number): Promise<void> {
    const token = randomUUID();
    await this.db
      .insertInto("billingWebhookDeferrals")
      .values({ stage: this.stage, merchantUid, impUid, status, token, receivedAt: now })
      .onConflict((oc) =>
        oc.columns(["stage", "merchantUid"]).doUpdateSet({ impUid, status, token }),
      )
      .execute();
  }

  /** The oldest pending verifications. */
  async oldest(limit: number): Promise<DeferralRow[]> {
    const rows = await this.db
      .selectFrom("billingWebhookDeferrals")
      .selectAll()
      .where("stage", "=", this.stage)
      .orderBy("receivedAt")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...r, receivedAt: Number(r.receivedAt) }));
  }

  /** Removes a verified row unless a newer webhook rewrote it meanwhile. */
  async done(row: Pick<DeferralRow, "merchantUid" | "token">): Promise<void> {
    await this.db
      .deleteFrom("billingWebhookDeferrals")
      .where("stage", "=", this.stage)
      .where("merchantUid", "=", row.merchantUid)
      .where("token", "=", row.token)
      .execute();
  }

  /** How many verifications are pending. */
  async count(): Promise<number> {
    const r = await this.db
      .selectFrom("billingWebhookDeferrals")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("stage", "=", this.stage)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
