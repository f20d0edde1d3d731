import type { KorbillMigration } from "@korbill/core-events";

/**
 * Billing keys korbill issued (owner and masked card only) and the orders it charged or
 * scheduled (owner, expected amount, outcome). No column can hold a card number, expiry,
 * birth date, PIN digits or CVC: the `card_number` column holds i'mport's masked value.
 */
export const billingMigrations: KorbillMigration[] = [
  {
    name: "billing/0001-billing-keys",
    async up(db) {
      await db.schema
        .createTable("billing_keys")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("customer_uid", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("key_id", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("card_number", "text")
        .addColumn("card_name", "text")
        .addColumn("card_code", "text")
        .addColumn("issuer", "text")
        .addColumn("pg_provider", "text")
        .addColumn("inserted_at", "bigint")
        .addColumn("updated_at", "bigint")
        .addColumn("replaced_count", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("changed_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("billing_keys_pk", ["stage", "customer_uid"])
        .execute();
      await db.schema
        .createIndex("billing_keys_owner")
        .on("billing_keys")
        .columns(["stage", "corp_num", "state", "created_at"])
        .execute();
    },
  },
  {
    name: "billing/0002-orders",
    async up(db) {
      await db.schema
        .createTable("billing_orders")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("merchant_uid", "text", (c) => c.notNull())
        .addColumn("corp_num", "text", (c) => c.notNull())
        .addColumn("key_id", "text", (c) => c.notNull())
        .addColumn("customer_uid", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("amount", "bigint", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("imp_uid", "text")
        .addColumn("cancel_amount", "bigint", (c) => c.notNull().defaultTo(0))
        .addColumn("fail_reason", "text")
        .addColumn("schedule_at", "bigint")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("updated_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("billing_orders_pk", ["stage", "merchant_uid"])
        .execute();
      await db.schema
        .createIndex("billing_orders_customer")
        .on("billing_orders")
        .columns(["stage", "corp_num", "customer_uid"])
        .execute();
      await db.schema
        .createIndex("billing_orders_imp_uid")
        .on("billing_orders")
        .columns(["stage", "imp_uid"])
        .execute();
    },
  },
  {
    // Webhooks whose re-fetch the budget deferred (one row per order: bounded by korbill's
    // own orders, not by what a forger sends); a background pass verifies them later.
    name: "billing/0003-webhook-deferrals",
    async up(db) {
      await db.schema
        .createTable("billing_webhook_deferrals")
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("merchant_uid", "text", (c) => c.notNull())
        .addColumn("imp_uid", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("token", "text", (c) => c.notNull())
        .addColumn("received_at", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("billing_webhook_deferrals_pk", ["stage", "merchant_uid"])
        .execute();
    },
  },
];
