import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { testEngines } from "@korbill/core-events/testing";
import { A, B, CARD, CARD_SECRETS, type Harness, openHarness } from "../testing/harness.js";
import { REDACTED } from "../map/redact.js";
import { iamportWebhookBody } from "../webhooks.js";

const SECRETS = [...CARD_SECRETS, "5555555555554444", "5555-5555-5555-4444", "2031-06", "851231"];

async function allRows(h: Harness): Promise<string> {
  const db = h.database.db;
  const tables =
    h.database.engine === "postgres"
      ? (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
            db,
          )
        ).rows
      : (
          await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
            db,
          )
        ).rows;
  expect(tables.map((t) => t.name)).toEqual(
    expect.arrayContaining(["billing_keys", "billing_orders", "events"]),
  );
  const dumps: string[] = [];
  for (const { name } of tables) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(db);
    dumps.push(`${name}: ${JSON.stringify(rows.rows)}`);
  }
  return dumps.join("\n");
}

for (const engine of await testEngines()) {
  describe(`card data on ${engine}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await openHarness(engine);
    });
    afterEach(() => h.dispose());

    it("is never written to any table, nor into any error, through a whole flow", async () => {
      const errors: unknown[] = [];
      const other = {
        number: "5555-5555-5555-4444",
        expiry: "2031-06",
        birth: "851231",
        pinPrefix: "34",
      };
      await h.billing.issueBillingKey(A, "cust_1", CARD, {
        name: "홍길동",
        email: "gd@example.com",
      });
      await h.billing.issueBillingKey(A, "cust_1", other);
      await h.billing.payOnce(A, {
        merchantUid: "once_1",
        amount: 1000,
        card: CARD,
        name: "단건",
        saveAsCustomerUid: "cust_2",
      });
      const paid = await h.billing.chargeBillingKey(A, {
        customerUid: "cust_1",
        merchantUid: "m1",
        amount: 9900,
        name: "월간",
      });
      await h.billing.schedulePayments(A, "cust_2", [
        { merchantUid: "s1", scheduleAt: "2025-02-01T09:00:00+09:00", amount: 9900, name: "2월" },
      ]);
      const hint = h.fake.execute("s1");
      await h.billingWebhooks.receive(
        iamportWebhookBody(hint, "form").body,
        "application/x-www-form-urlencoded",
      );
      await h.billing.cancelPayment(A, { impUid: paid.imp_uid, amount: 100, reason: "partial" });
      h.fake.refusedCards.add("4111111111111111");
      h.fake.refusedCards.add("5555555555554444");
      await h.billing.issueBillingKey(A, "cust_3", CARD).catch((e: unknown) => errors.push(e));
      await h.billing
        .payOnce(A, { merchantUid: "once_2", amount: 1, card: other, name: "x" })
        .catch((e: unknown) => errors.push(e));
      await h.billing.issueBillingKey(B, "cust_1", CARD).catch((e: unknown) => errors.push(e));
      await h.billing
        .issueBillingKey(A, "cust_4", { ...CARD, number: "4111-1111-1111-1112" })
        .catch((e: unknown) => errors.push(e));
      await h.billing.deleteBillingKey(A, "cust_2");

      expect(errors).toHaveLength(4);
      const dump = await allRows(h);
      expect(dump).toContain("411111******1111");
      for (const secret of SECRETS) {
        expect(dump).not.toContain(secret);
        for (const e of errors) {
          expect((e as Error).message).not.toContain(secret);
          expect(JSON.stringify(e)).not.toContain(secret);
        }
      }
    });

    it("masks card data that a decline reason echoes, in the order, the event and the reply", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      h.fake.outcome = "failed";
      h.fake.failReason =
        "한도초과 카드번호 4111 1111 1111 1111 유효기간 12/30 (203012) 생년월일 900101 pwd_2digit=12";
      const failed = await h.billing.chargeBillingKey(A, {
        customerUid: "cust_1",
        merchantUid: "m1",
        amount: 9900,
        name: "월간",
      });
      const masked = `한도초과 카드번호 ${REDACTED} 유효기간 ${REDACTED} (${REDACTED}) 생년월일 ${REDACTED} pwd_2digit=${REDACTED}`;
      expect(failed.fail_reason).toBe(masked);
      expect((await h.billingStore.orders.get("m1"))?.failReason).toBe(masked);
      const dump = await allRows(h);
      expect(dump).toContain("한도초과 카드번호 [redacted]");
      for (const secret of [...SECRETS, "4111 1111 1111 1111", "12/30", "203012", "900101"])
        expect(dump).not.toContain(secret);
      expect(dump).not.toMatch(/pwd_2digit=12/);
    });

    it("would notice a planted card number (the scan reads every column)", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      await h.billing.chargeBillingKey(A, {
        customerUid: "cust_1",
        merchantUid: "m1",
        amount: 1,
        name: "x",
      });
      await h.billingStore.orders.settle("m1", { failReason: "4111111111111111" }, ["PAID"], 0);
      expect(await allRows(h)).toContain("4111111111111111");
    });
  });
}
