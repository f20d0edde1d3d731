import type { Kysely } from "kysely";
import { ConflictError } from "@korbill/core-domain";
import type { Owner } from "./store.js";

/** How an order is charged. */
export type OrderKind = "again" | "onetime" | "scheduled";
/** Where an order stands. REFUSED, FAILED and REVOKED merchantUids may be used again. */
export type OrderStatus =
  "PENDING" | "SCHEDULED" | "PAID" | "FAILED" | "CANCELLED" | "REVOKED" | "REFUSED";

/** A charge korbill asked for: what webhooks are verified against. */
export interface OrderRow {
  stage: string;
  merchantUid: string;
  corpNum: string;
  keyId: string;
  customerUid: string | null;
  kind: OrderKind;
  /** The amount korbill expects i'mport to charge. */
  amount: number;
  status: OrderStatus;
  impUid: string | null;
  cancelAmount: number;
  failReason: string | null;
  /** Epoch seconds, for scheduled orders. */
  scheduleAt: number | null;
  attempts: number;
  createdAt: number;
  updatedAt: number;
}

/** An order to record. */
export type NewOrder = Pick<OrderRow, "merchantUid" | "customerUid" | "kind" | "amount"> & {
  scheduleAt?: number | null;
};

interface Tables {
  billingOrders: OrderRow;
}

/** [INF] A PENDING order younger than this is taken to be in flight. */
export const IN_FLIGHT_MS = 60_000;

/**
 * `billing_orders`: every charge and schedule is recorded here before i'mport hears of it, so
 * a webhook can be checked against the owner and the expected amount, and a paid merchantUid is
 * never charged again. merchant_uid is one namespace for the whole i'mport account.
 */
export class OrderStore {
  private readonly db: Kysely<Tables>;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<Tables>;
  }

  /**
   * Records orders as PENDING in one transaction, or records none and throws a CONFLICT: a
   * merchantUid of another member, one already paid (or cancelled), one scheduled, or one
   * whose earlier attempt may still be in flight. Failed, refused and revoked ones are reused.
   * A stale PENDING one (outcome never learned) is reused too: the caller reconciles it first.
   */
  async record(owner: Owner, orders: NewOrder[], now: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const order of orders) await this.recordOne(trx, owner, order, now);
    });
  }

  private async recordOne(trx: Kysely<Tables>, owner: Owner, order: NewOrder, now: number) {
    const existing = await this.rowIn(trx, order.merchantUid);
    const fresh = {
      corpNum: owner.corpNum,
      keyId: owner.keyId,
      customerUid: order.customerUid,
      kind: order.kind,
      amount: order.amount,
      status: "PENDING" as const,
      impUid: null,
      cancelAmount: 0,
      failReason: null,
      scheduleAt: order.scheduleAt ?? null,
      updatedAt: now,
    };
    if (!existing) {
      const inserted = await trx
        .insertInto("billingOrders")
        .values({
          ...fresh,
          stage: this.stage,
          merchantUid: order.merchantUid,
          attempts: 1,
          createdAt: now,
        })
        .onConflict((oc) => oc.columns(["stage", "merchantUid"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw inFlight(order.merchantUid);
      return;
    }
    refuseReuse(existing, owner, now);
    const updated = await trx
      .updateTable("billingOrders")
      .set({ ...fresh, attempts: existing.attempts + 1 })
      .where("stage", "=", this.stage)
      .where("merchantUid", "=", order.merchantUid)
      .where("status", "=", existing.status)
      .where("updatedAt", "=", existing.updatedAt)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw inFlight(order.merchantUid);
  }

  /** One order, or undefined. */
  get(merchantUid: string): Promise<OrderRow | undefined> {
    return this.rowIn(this.db, merchantUid);
  }

  /** The member's order, or undefined (also for another member's). */
  async owned(corpNum: string, merchantUid: string): Promise<OrderRow | undefined> {
    const row = await this.get(merchantUid);
    return row?.corpNum === corpNum ? row : undefined;
  }

  /** Updates an order while its status is one of `from`; returns whether it did. */
  async settle(
    merchantUid: string,
    patch: Partial<Pick<OrderRow, "status" | "impUid" | "cancelAmount" | "failReason">>,
    from: readonly OrderStatus[],
    now: number,
  ): Promise<boolean> {
    const r = await this.db
      .updateTable("billingOrders")
      .set({ ...patch, updatedAt: now })
      .where("stage", "=", this.stage)
      .where("merchantUid", "=", merchantUid)
      .where("status", "in", [...from])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  private async rowIn(db: Kysely<Tables>, merchantUid: string): Promise<OrderRow | undefined> {
    const row = await db
      .selectFrom("billingOrders")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("merchantUid", "=", merchantUid)
      .executeTakeFirst();
    return row && normalise(row);
  }
}

function refuseReuse(existing: OrderRow, owner: Owner, now: number): void {
  const uid = existing.merchantUid;
  const details = { merchantUid: uid };
  if (existing.corpNum !== owner.corpNum)
    throw new ConflictError(`merchantUid ${uid} is not available; choose another`, details);
  if (existing.status === "PAID" || existing.status === "CANCELLED")
    throw new ConflictError(`merchantUid ${uid} was already paid; use a new merchantUid`, details);
  if (existing.status === "SCHEDULED")
    throw new ConflictError(`merchantUid ${uid} is scheduled; unschedule it first`, details);
  if (existing.status === "PENDING" && now - existing.updatedAt < IN_FLIGHT_MS) throw inFlight(uid);
}

function inFlight(merchantUid: string): ConflictError {
  return new ConflictError(
    `a payment with merchantUid ${merchantUid} is in progress; try again in a minute`,
    { merchantUid },
  );
}

function normalise(row: OrderRow): OrderRow {
  return {
    ...row,
    amount: Number(row.amount),
    cancelAmount: Number(row.cancelAmount),
    scheduleAt: row.scheduleAt === null ? null : Number(row.scheduleAt),
    attempts: Number(row.attempts),
    createdAt: Number(row.createdAt),
    updatedAt: Number(row.updatedAt),
  };
}
