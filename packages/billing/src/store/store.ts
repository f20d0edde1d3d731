import type { Kysely } from "kysely";
import { ConflictError } from "@korbill/core-domain";
import { OrderStore } from "./orders.js";
import type { CustomerAnnotation } from "../wire.js";

/**
 * Ownership: a billing key and an order belong to the member business (CorpNum) the issuing
 * call acted for; the API key id is kept for audit. Every key of that member (a rotated key, a
 * partner key acting for it) shares them, as it shares the member's `billing:{corpNum}` events;
 * no other member can read, charge, schedule or delete them.
 */
export interface Owner {
  corpNum: string;
  keyId: string;
}

/** PENDING: claimed while i'mport issues it; ACTIVE: usable; DELETED: a tombstone. */
export type BillingKeyState = "PENDING" | "ACTIVE" | "DELETED";

/** A billing key korbill issued; the card only as i'mport masked it. */
export interface BillingKeyRow {
  stage: string;
  customerUid: string;
  corpNum: string;
  keyId: string;
  state: BillingKeyState;
  cardNumber: string | null;
  cardName: string | null;
  cardCode: string | null;
  issuer: string | null;
  pgProvider: string | null;
  /** i'mport's `inserted`/`updated`, epoch ms. */
  insertedAt: number | null;
  updatedAt: number | null;
  /** How often korbill saw the uid's card replaced. */
  replacedCount: number;
  createdAt: number;
  changedAt: number;
}

interface Tables {
  billingKeys: BillingKeyRow;
}

/** Typed access to the billing tables of one stage: billing keys here, orders in `orders`. */
export class BillingStore {
  readonly db: Kysely<Tables>;
  /** The orders (`billing_orders`) of the same stage. */
  readonly orders: OrderStore;

  constructor(
    db: Kysely<unknown>,
    readonly stage: string,
  ) {
    this.db = db as Kysely<Tables>;
    this.orders = new OrderStore(db, stage);
  }

  /**
   * Claims `customerUid` for `owner` before i'mport is asked to issue it. customer_uid is one
   * namespace for the whole i'mport account, so a uid of another member is a CONFLICT: issuing
   * it would replace that member's card. Returns the row (PENDING when new).
   */
  async claimBillingKey(owner: Owner, customerUid: string, now: number): Promise<BillingKeyRow> {
    await this.db
      .insertInto("billingKeys")
      .values({
        ...emptyKey(this.stage, customerUid, owner),
        createdAt: now,
        changedAt: now,
      })
      .onConflict((oc) => oc.columns(["stage", "customerUid"]).doNothing())
      .execute();
    const row = await this.billingKeyRow(customerUid);
    if (!row || row.corpNum !== owner.corpNum) {
      throw new ConflictError(
        `customerUid ${customerUid} is not available; choose another customerUid`,
        { customerUid },
      );
    }
    return row;
  }

  /** Forgets a claim whose issue i'mport refused (a key that existed stays as it was). */
  async releaseClaim(owner: Owner, customerUid: string): Promise<void> {
    await this.db
      .deleteFrom("billingKeys")
      .where("stage", "=", this.stage)
      .where("customerUid", "=", customerUid)
      .where("corpNum", "=", owner.corpNum)
      .where("state", "=", "PENDING")
      .execute();
  }

  /**
   * Stores what i'mport answered for the owner's key (masked card only). `issued`: this call
   * issued it, so an ACTIVE key was replaced; otherwise a newer upstream `updated` counts.
   */
  async saveBillingKey(
    owner: Owner,
    customer: CustomerAnnotation,
    now: number,
    issued: boolean,
  ): Promise<BillingKeyRow> {
    return this.db.transaction().execute(async (trx) => {
      const before = await this.rowIn(trx, customer.customer_uid);
      if (!before || before.corpNum !== owner.corpNum)
        throw new ConflictError(`customerUid ${customer.customer_uid} is not available`);
      const updatedAt = secondsToMs(customer.updated);
      const replaced = issued
        ? before.state === "ACTIVE"
        : before.updatedAt !== null && updatedAt !== null && updatedAt > before.updatedAt;
      const patch = {
        ...maskedCard(customer),
        state: "ACTIVE" as const,
        insertedAt: secondsToMs(customer.inserted),
        updatedAt,
        replacedCount: before.replacedCount + (replaced ? 1 : 0),
        changedAt: now,
        ...(issued ? { keyId: owner.keyId } : {}),
      };
      await trx
        .updateTable("billingKeys")
        .set(patch)
        .where("stage", "=", this.stage)
        .where("customerUid", "=", customer.customer_uid)
        .execute();
      return { ...before, ...patch };
    });
  }

  /** The owner's usable key, or undefined (also for another member's key). */
  async billingKey(corpNum: string, customerUid: string): Promise<BillingKeyRow | undefined> {
    const row = await this.billingKeyRow(customerUid);
    return row?.corpNum === corpNum && row.state === "ACTIVE" ? row : undefined;
  }

  /** Whether the uid was ever issued for this member (deleted keys included). */
  async ownsCustomerUid(corpNum: string, customerUid: string): Promise<boolean> {
    const row = await this.billingKeyRow(customerUid);
    return row?.corpNum === corpNum && row.state !== "PENDING";
  }

  /** The member's usable keys, newest first. */
  async listBillingKeys(corpNum: string, page: number, perPage: number) {
    const base = this.db
      .selectFrom("billingKeys")
      .where("stage", "=", this.stage)
      .where("corpNum", "=", corpNum)
      .where("state", "=", "ACTIVE");
    const total = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
    const rows = await base
      .selectAll()
      .orderBy("createdAt", "desc")
      .orderBy("customerUid")
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute();
    return { total: Number(total?.n ?? 0), rows: rows.map(normaliseKey) };
  }

  /** Marks the owner's key deleted (the uid stays bound to the member). */
  async markBillingKeyDeleted(corpNum: string, customerUid: string, now: number): Promise<void> {
    await this.db
      .updateTable("billingKeys")
      .set({ state: "DELETED", changedAt: now })
      .where("stage", "=", this.stage)
      .where("customerUid", "=", customerUid)
      .where("corpNum", "=", corpNum)
      .execute();
  }

  private billingKeyRow(customerUid: string): Promise<BillingKeyRow | undefined> {
    return this.rowIn(this.db, customerUid);
  }

  private async rowIn(db: Kysely<Tables>, customerUid: string): Promise<BillingKeyRow | undefined> {
    const row = await db
      .selectFrom("billingKeys")
      .selectAll()
      .where("stage", "=", this.stage)
      .where("customerUid", "=", customerUid)
      .executeTakeFirst();
    return row ? normaliseKey(row) : undefined;
  }
}

function emptyKey(stage: string, customerUid: string, owner: Owner) {
  return {
    stage,
    customerUid,
    corpNum: owner.corpNum,
    keyId: owner.keyId,
    state: "PENDING" as const,
    cardNumber: null,
    cardName: null,
    cardCode: null,
    issuer: null,
    pgProvider: null,
    insertedAt: null,
    updatedAt: null,
    replacedCount: 0,
  };
}

function maskedCard(c: CustomerAnnotation) {
  return {
    cardNumber: c.card_number ?? null,
    cardName: c.card_name ?? null,
    cardCode: c.card_code ?? null,
    issuer: c.card_issuer_name ?? c.card_publisher_name ?? null,
    pgProvider: c.pg_provider ?? null,
  };
}

function secondsToMs(seconds: number | null | undefined): number | null {
  return seconds ? seconds * 1000 : null;
}

// PostgreSQL bigint columns come back as numbers (core-events sets the parser); SQLite as numbers.
function normaliseKey(row: BillingKeyRow): BillingKeyRow {
  return {
    ...row,
    insertedAt: row.insertedAt === null ? null : Number(row.insertedAt),
    updatedAt: row.updatedAt === null ? null : Number(row.updatedAt),
    replacedCount: Number(row.replacedCount),
    createdAt: Number(row.createdAt),
    changedAt: Number(row.changedAt),
  };
}
