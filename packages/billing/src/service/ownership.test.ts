import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@korbill/core-domain";
import { testEngines } from "@korbill/core-events/testing";
import { A, B, CARD, type Harness, openHarness } from "../testing/harness.js";

const SCHEDULE = {
  merchantUid: "s1",
  scheduleAt: "2025-02-01T09:00:00+09:00",
  amount: 9900,
  name: "월간",
};
const WINDOW = { from: "2025-01-01T00:00:00+09:00", to: "2025-03-01T00:00:00+09:00" };

for (const engine of await testEngines()) {
  describe(`billing-key ownership on ${engine}`, () => {
    let h: Harness;
    let impUid: string;
    beforeEach(async () => {
      h = await openHarness(engine);
      await h.billing.issueBillingKey(A, "cust_a", CARD);
      const paid = await h.billing.chargeBillingKey(A, {
        customerUid: "cust_a",
        merchantUid: "m_a",
        amount: 9900,
        name: "월간 이용권",
      });
      impUid = paid.imp_uid;
      h.fake.calls.length = 0;
    });
    afterEach(() => h.dispose());

    const notFound = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NotFoundError);
      return error as NotFoundError;
    };
    const sent = () => h.fake.calls.map((c) => `${c.method} ${c.path}`);

    it("hides another member's key from a read, exactly like a missing one", async () => {
      const foreign = await notFound(h.billing.getBillingKey(B, "cust_a"));
      const missing = await notFound(h.billing.getBillingKey(B, "cust_zz"));
      expect(foreign.message).toBe(missing.message.replace("cust_zz", "cust_a"));
      expect(sent()).toEqual([]);
    });

    it("refuses to charge another member's key without calling i'mport", async () => {
      await notFound(
        h.billing.chargeBillingKey(B, {
          customerUid: "cust_a",
          merchantUid: "m_b",
          amount: 100,
          name: "x",
        }),
      );
      expect(sent()).toEqual([]);
      expect(await h.billingStore.orders.get("m_b")).toBeUndefined();
    });

    it("refuses to schedule or unschedule on another member's key", async () => {
      await notFound(h.billing.schedulePayments(B, "cust_a", [SCHEDULE]));
      await notFound(h.billing.unschedulePayments(B, "cust_a"));
      expect(sent()).toEqual([]);
    });

    it("refuses to delete another member's key, which stays usable", async () => {
      await notFound(h.billing.deleteBillingKey(B, "cust_a"));
      expect(sent()).toEqual([]);
      expect(h.fake.customers.has("cust_a")).toBe(true);
      expect((await h.billing.getBillingKey(A, "cust_a")).state).toBe("ACTIVE");
    });

    it("hides another member's key's payments, schedules and listing", async () => {
      await notFound(h.billing.billingKeyPayments(B, "cust_a", 1));
      await notFound(h.billing.billingKeySchedules(B, "cust_a", WINDOW));
      expect((await h.billing.listBillingKeys(B, 1, 20)).total).toBe(0);
      expect(sent()).toEqual([]);
    });

    it("hides another member's payment by imp_uid and by merchant_uid, and refuses to cancel it", async () => {
      await notFound(h.billing.getPayment(B, { impUid }));
      await notFound(h.billing.getPayment(B, { merchantUid: "m_a" }));
      await notFound(h.billing.cancelPayment(B, { impUid, reason: "mine now" }));
      expect(sent().filter((s) => s.startsWith("POST"))).toEqual([]);
      expect((await h.billing.getPayment(A, { impUid })).status).toBe("paid");
    });

    it("will not let another member issue over the customerUid (it would replace the card)", async () => {
      await expect(h.billing.issueBillingKey(B, "cust_a", CARD)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(
        h.billing.payOnce(B, {
          merchantUid: "m_b",
          amount: 100,
          card: CARD,
          name: "x",
          saveAsCustomerUid: "cust_a",
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(sent()).toEqual([]);
    });

    it("will not let another member reuse a merchantUid", async () => {
      await h.billing.issueBillingKey(B, "cust_b", CARD);
      await expect(
        h.billing.chargeBillingKey(B, {
          customerUid: "cust_b",
          merchantUid: "m_a",
          amount: 9900,
          name: "x",
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(sent()).toEqual(["POST /subscribe/customers/cust_b"]);
    });

    it("keeps a deleted key's customerUid bound to its member", async () => {
      await h.billing.deleteBillingKey(A, "cust_a");
      await notFound(h.billing.getBillingKey(A, "cust_a"));
      await expect(h.billing.issueBillingKey(B, "cust_a", CARD)).rejects.toBeInstanceOf(
        ConflictError,
      );
      await notFound(h.billing.getPayment(B, { impUid }));
      expect((await h.billing.getPayment(A, { impUid })).imp_uid).toBe(impUid);
    });
  });
}
