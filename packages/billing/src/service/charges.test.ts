import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InputError } from "@korbill/core-domain";
import { UpstreamBusinessError } from "@korbill/core-upstream";
import { testEngines } from "@korbill/core-events/testing";
import { topicFor } from "@korbill/core-events";
import { A, CARD, type Harness, openHarness } from "../testing/harness.js";

const charge = {
  customerUid: "cust_1",
  merchantUid: "sub_1001_202501",
  amount: 9900,
  name: "월간 이용권",
};

for (const engine of await testEngines()) {
  describe(`charges and keys on ${engine}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await openHarness(engine);
    });
    afterEach(() => h.dispose());

    const events = () => h.events.read({ topic: topicFor("billing", A.corpNum), after: 0 });

    it("stores only the masked card of an issued key and marks a re-issue as replaced", async () => {
      const first = await h.billing.issueBillingKey(A, "cust_1", CARD, { name: "홍길동" });
      expect(first).toMatchObject({
        state: "ACTIVE",
        cardNumber: "411111******1111",
        replacedCount: 0,
      });
      h.clock.advance(86_400_000);
      const again = await h.billing.issueBillingKey(A, "cust_1", {
        ...CARD,
        number: "5555-5555-5555-4444",
      });
      expect(again).toMatchObject({ cardNumber: "555555******4444", replacedCount: 1 });
      expect(again.updatedAt).toBeGreaterThan(again.insertedAt!);
    });

    it("releases the claim of a refused issue and reports no card data", async () => {
      h.fake.refusedCards.add("4111111111111111");
      const error = (await h.billing.issueBillingKey(A, "cust_1", CARD).catch((e) => e)) as Error;
      expect(error).toBeInstanceOf(UpstreamBusinessError);
      expect(error.message).not.toContain("4111");
      expect(error.message).not.toContain("900101");
      expect(await h.billingStore.ownsCustomerUid(A.corpNum, "cust_1")).toBe(false);
    });

    it("records the order before charging and logs PAID once", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      h.fake.before = async (r) => {
        if (r.path === "/subscribe/payments/again")
          expect((await h.billingStore.orders.get(charge.merchantUid))?.status).toBe("PENDING");
      };
      const paid = await h.billing.chargeBillingKey(A, charge);
      expect(paid.status).toBe("paid");
      expect(h.fake.calls.find((c) => c.path.endsWith("/again"))?.body).toMatchObject({
        notice_url: "https://korbill.example/webhooks/iamport",
      });
      expect(await h.billingStore.orders.get(charge.merchantUid)).toMatchObject({
        status: "PAID",
        impUid: paid.imp_uid,
      });
      const logged = await events();
      expect(logged.map((e) => [e.type, e.upstreamId])).toEqual([
        ["PAID", `billing:${paid.imp_uid}:paid`],
      ]);
    });

    it("returns a declined charge as FAILED, logs it, and lets the merchantUid be tried again", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      h.fake.outcome = "failed";
      const failed = await h.billing.chargeBillingKey(A, charge);
      expect(failed).toMatchObject({ status: "failed", fail_reason: "한도초과" });
      h.fake.outcome = "paid";
      const paid = await h.billing.chargeBillingKey(A, charge);
      expect(paid.status).toBe("paid");
      expect((await events()).map((e) => e.type)).toEqual(["FAILED", "PAID"]);
    });

    it("refuses a merchantUid korbill saw paid, without calling i'mport", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      await h.billing.chargeBillingKey(A, charge);
      const calls = h.fake.calls.length;
      await expect(h.billing.chargeBillingKey(A, charge)).rejects.toBeInstanceOf(ConflictError);
      expect(h.fake.calls.length).toBe(calls);
    });

    it("reconciles a lost reply by looking the merchantUid up, never charging twice", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      h.fake.loseNextReply = true;
      const paid = await h.billing.chargeBillingKey(A, charge);
      expect(paid.status).toBe("paid");
      expect(h.fake.payments).toHaveLength(1);
      expect(await h.billingStore.orders.get(charge.merchantUid)).toMatchObject({ status: "PAID" });
    });

    it("saves a key-in card as a billing key after a paid charge", async () => {
      const paid = await h.billing.payOnce(A, {
        merchantUid: "once_1",
        amount: 1000,
        card: CARD,
        name: "단건",
        saveAsCustomerUid: "cust_9",
      });
      expect(paid.status).toBe("paid");
      expect(await h.billingStore.billingKey(A.corpNum, "cust_9")).toMatchObject({
        cardNumber: "411111******1111",
      });
      expect(h.fake.calls.at(-2)?.body).toMatchObject({
        card_number: "4111-1111-1111-1111",
        customer_uid: "cust_9",
      });
    });

    it("schedules, runs and unschedules, tracking each order", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      const results = await h.billing.schedulePayments(A, "cust_1", [
        { merchantUid: "s1", scheduleAt: "2025-02-01T09:00:00+09:00", amount: 9900, name: "2월" },
        { merchantUid: "s2", scheduleAt: "2025-03-01T09:00:00+09:00", amount: 9900, name: "3월" },
      ]);
      expect(results.map((r) => [r.merchant_uid, r.schedule_at])).toEqual([
        ["s1", 1738368000],
        ["s2", 1740787200],
      ]);
      expect((await h.billingStore.orders.get("s1"))?.status).toBe("SCHEDULED");
      await expect(
        h.billing.schedulePayments(A, "cust_1", [
          { merchantUid: "s1", scheduleAt: "2025-02-02T09:00:00+09:00", amount: 1, name: "x" },
        ]),
      ).rejects.toThrow(/scheduled/);
      const revoked = await h.billing.unschedulePayments(A, "cust_1", ["s2"]);
      expect(revoked.map((r) => r.schedule_status)).toEqual(["revoked"]);
      expect((await h.billingStore.orders.get("s2"))?.status).toBe("REVOKED");
      const page = await h.billing.billingKeySchedules(A, "cust_1", {
        from: "2025-01-01T00:00:00+09:00",
        to: "2025-03-31T00:00:00+09:00",
        status: "revoked",
      });
      expect(h.fake.calls.at(-1)?.query).toMatchObject({
        "schedule-status": "revoked",
        from: 1735657200,
      });
      expect(page.page).toBe(1);
    });

    it("cancels part, then the rest, logging each cancel once", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      const paid = await h.billing.chargeBillingKey(A, charge);
      await expect(
        h.billing.cancelPayment(A, { impUid: paid.imp_uid, amount: 10_000, reason: "too much" }),
      ).rejects.toBeInstanceOf(InputError);
      const partial = await h.billing.cancelPayment(A, {
        impUid: paid.imp_uid,
        amount: 900,
        reason: "partial",
      });
      expect(partial).toMatchObject({ status: "paid", cancel_amount: 900 });
      expect(h.fake.calls.at(-1)?.body).toMatchObject({ amount: 900, checksum: 9900 });
      const full = await h.billing.cancelPayment(A, {
        merchantUid: charge.merchantUid,
        reason: "rest",
      });
      expect(full).toMatchObject({ status: "cancelled", cancel_amount: 9900 });
      await expect(
        h.billing.cancelPayment(A, { impUid: paid.imp_uid, reason: "again" }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await events()).map((e) => e.upstreamId)).toEqual([
        `billing:${paid.imp_uid}:paid`,
        `billing:${paid.imp_uid}:cancelled:900`,
        `billing:${paid.imp_uid}:cancelled`,
      ]);
      expect((await h.billingStore.orders.get(charge.merchantUid))?.status).toBe("CANCELLED");
    });

    it("revokes pending schedules before deleting a key", async () => {
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      await h.billing.schedulePayments(A, "cust_1", [
        { merchantUid: "s1", scheduleAt: "2025-02-01T09:00:00+09:00", amount: 9900, name: "2월" },
      ]);
      const deleted = await h.billing.deleteBillingKey(A, "cust_1");
      expect(deleted.state).toBe("DELETED");
      expect(h.fake.calls.slice(-2).map((c) => `${c.method} ${c.path}`)).toEqual([
        "POST /subscribe/payments/unschedule",
        "DELETE /subscribe/customers/cust_1",
      ]);
      expect((await h.billingStore.orders.get("s1"))?.status).toBe("REVOKED");
    });
  });
}
