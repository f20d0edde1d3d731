import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { topicFor } from "@korbill/core-events";
import { testEngines } from "@korbill/core-events/testing";
import { A, CARD, type Harness, openHarness } from "../testing/harness.js";
import { iamportWebhookBody } from "../webhooks.js";

for (const engine of await testEngines()) {
  describe(`webhook verification on ${engine}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await openHarness(engine);
      await h.billing.issueBillingKey(A, "cust_1", CARD);
      await h.billing.schedulePayments(A, "cust_1", [
        {
          merchantUid: "sub_1001_202502",
          scheduleAt: "2025-02-01T09:00:00+09:00",
          amount: 9900,
          name: "월간",
        },
      ]);
    });
    afterEach(() => h.dispose());

    const events = () => h.events.read({ topic: topicFor("billing", A.corpNum), after: 0 });
    const receive = (body: object, mode: "json" | "form" = "json") => {
      const wire = iamportWebhookBody(body as never, mode);
      return h.billingWebhooks.receive(wire.body, wire.contentType);
    };

    it("applies a genuine scheduled-payment webhook from the fetched payment", async () => {
      const hint = h.fake.execute("sub_1001_202502");
      const outcome = await receive(hint);
      expect(outcome).toMatchObject({ result: "applied", event: { type: "SCHEDULED_EXECUTED" } });
      expect(h.fake.calls.at(-1)).toMatchObject({
        method: "GET",
        path: `/payments/${hint.imp_uid}`,
      });
      expect(await h.billingStore.orders.get("sub_1001_202502")).toMatchObject({
        status: "PAID",
        impUid: hint.imp_uid,
      });
      expect((await events())[0]?.payload).toMatchObject({ customerUid: "cust_1", amount: 9900 });
    });

    it("stores a replayed webhook once", async () => {
      const hint = h.fake.execute("sub_1001_202502");
      await receive(hint);
      expect(await receive(hint, "form")).toMatchObject({ result: "duplicate" });
      expect(await receive(hint)).toMatchObject({ result: "duplicate" });
      expect(await events()).toHaveLength(1);
    });

    it("reports a declined scheduled charge as FAILED", async () => {
      const hint = h.fake.execute("sub_1001_202502", "failed");
      expect(await receive(hint)).toMatchObject({ result: "applied", event: { type: "FAILED" } });
      expect((await h.billingStore.orders.get("sub_1001_202502"))?.status).toBe("FAILED");
    });

    it("dedupes the webhook of a charge the mutation already reported", async () => {
      const paid = await h.billing.chargeBillingKey(A, {
        customerUid: "cust_1",
        merchantUid: "m1",
        amount: 100,
        name: "x",
      });
      const outcome = await receive({ imp_uid: paid.imp_uid, merchant_uid: "m1", status: "paid" });
      expect(outcome).toMatchObject({ result: "duplicate" });
      expect(await events()).toHaveLength(1);
    });

    describe("forgeries change nothing", () => {
      const unchanged = async () => {
        expect(await events()).toEqual([]);
        expect((await h.billingStore.orders.get("sub_1001_202502"))?.status).toBe("SCHEDULED");
      };

      it("an unknown imp_uid", async () => {
        const outcome = await receive({
          imp_uid: "imp_999999999999",
          merchant_uid: "sub_1001_202502",
          status: "paid",
        });
        expect(outcome).toMatchObject({
          result: "rejected",
          reason: expect.stringContaining("knows no payment"),
        });
        await unchanged();
      });

      it("a payment whose merchant_uid is not a korbill order", async () => {
        h.fake.customers.set("other", { customer_uid: "other", inserted: 1, updated: 1 });
        const foreign = await h.iamportClient.again({
          customer_uid: "other",
          merchant_uid: "theirs",
          amount: 5,
          name: "x",
        });
        const outcome = await receive({
          imp_uid: foreign.imp_uid,
          merchant_uid: "theirs",
          status: "paid",
        });
        expect(outcome).toMatchObject({
          result: "rejected",
          reason: expect.stringContaining("not an order"),
        });
        await unchanged();
      });

      it("a body naming our merchant_uid for someone else's payment", async () => {
        h.fake.customers.set("other", { customer_uid: "other", inserted: 1, updated: 1 });
        const foreign = await h.iamportClient.again({
          customer_uid: "other",
          merchant_uid: "theirs",
          amount: 9900,
          name: "x",
        });
        const outcome = await receive({
          imp_uid: foreign.imp_uid,
          merchant_uid: "sub_1001_202502",
          status: "paid",
        });
        expect(outcome.result).toBe("rejected");
        await unchanged();
      });

      it("an amount that differs from the order's", async () => {
        const hint = h.fake.execute("sub_1001_202502");
        h.fake.payments.at(-1)!.amount = 99;
        const outcome = await receive(hint);
        expect(outcome).toMatchObject({
          result: "rejected",
          reason: expect.stringContaining("expects 9900"),
        });
        await unchanged();
      });

      it("a status the fetched payment does not have", async () => {
        const hint = h.fake.execute("sub_1001_202502", "failed");
        const outcome = await receive({ ...hint, status: "paid" });
        expect(outcome).toMatchObject({
          result: "rejected",
          reason: expect.stringContaining("is failed"),
        });
        await unchanged();
      });
    });

    it("refuses an unreadable body before calling i'mport", async () => {
      const calls = h.fake.calls.length;
      await expect(h.billingWebhooks.receive("{nope", "application/json")).rejects.toMatchObject({
        status: 400,
      });
      expect(h.fake.calls.length).toBe(calls);
    });
  });
}
