import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError } from "@korbill/core-domain";
import { testEngines } from "@korbill/core-events/testing";
import { A, B, type Harness, NOW, openHarness } from "../testing/harness.js";
import { IN_FLIGHT_MS } from "./orders.js";

const customer = (uid: string, inserted: number, updated: number) => ({
  customer_uid: uid,
  card_number: "411111******1111",
  card_name: "신한카드",
  card_code: "366",
  inserted,
  updated,
});

for (const engine of await testEngines()) {
  describe(`BillingStore on ${engine}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await openHarness(engine);
    });
    afterEach(() => h.dispose());

    it("binds a customerUid to the member that claimed it", async () => {
      await h.billingStore.claimBillingKey(A, "cust_1", NOW);
      await expect(h.billingStore.claimBillingKey(B, "cust_1", NOW)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await h.billingStore.claimBillingKey(A, "cust_1", NOW)).state).toBe("PENDING");
    });

    it("counts a replacement when an active key is issued again", async () => {
      await h.billingStore.claimBillingKey(A, "cust_1", NOW);
      const first = await h.billingStore.saveBillingKey(A, customer("cust_1", 100, 100), NOW, true);
      expect(first).toMatchObject({ state: "ACTIVE", replacedCount: 0, insertedAt: 100_000 });
      const second = await h.billingStore.saveBillingKey(
        A,
        customer("cust_1", 100, 200),
        NOW,
        true,
      );
      expect(second).toMatchObject({ replacedCount: 1, updatedAt: 200_000 });
      const refreshed = await h.billingStore.saveBillingKey(
        A,
        customer("cust_1", 100, 200),
        NOW,
        false,
      );
      expect(refreshed.replacedCount).toBe(1);
    });

    it("lists only the member's active keys, newest first", async () => {
      for (const [owner, uid, at] of [
        [A, "a1", 1],
        [A, "a2", 2],
        [B, "b1", 3],
      ] as const) {
        await h.billingStore.claimBillingKey(owner, uid, at);
        await h.billingStore.saveBillingKey(owner, customer(uid, 1, 1), at, true);
      }
      await h.billingStore.markBillingKeyDeleted(A.corpNum, "a1", 5);
      const page = await h.billingStore.listBillingKeys(A.corpNum, 1, 10);
      expect(page.total).toBe(1);
      expect(page.rows.map((r) => r.customerUid)).toEqual(["a2"]);
      expect(await h.billingStore.ownsCustomerUid(A.corpNum, "a1")).toBe(true);
      expect(await h.billingStore.ownsCustomerUid(B.corpNum, "a1")).toBe(false);
    });

    it("releases only a pending claim", async () => {
      await h.billingStore.claimBillingKey(A, "cust_1", NOW);
      await h.billingStore.releaseClaim(A, "cust_1");
      await h.billingStore.claimBillingKey(B, "cust_1", NOW);
      await h.billingStore.saveBillingKey(B, customer("cust_1", 1, 1), NOW, true);
      await h.billingStore.releaseClaim(B, "cust_1");
      expect(await h.billingStore.billingKey(B.corpNum, "cust_1")).toBeDefined();
    });

    describe("orders", () => {
      const order = {
        merchantUid: "m1",
        customerUid: "cust_1",
        kind: "again" as const,
        amount: 9900,
      };

      it("records exactly one of 8 concurrent orders of one merchantUid (other amounts and keys CONFLICT)", async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) =>
            h.billingStore.orders.record(
              A,
              [{ ...order, amount: 1000 * (i + 1), customerUid: `cust_${i % 2}` }],
              NOW,
            ),
          ),
        );
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        for (const r of results)
          if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
      });

      it("refuses a merchantUid that was paid", async () => {
        await h.billingStore.orders.record(A, [order], NOW);
        await h.billingStore.orders.settle("m1", { status: "PAID" }, ["PENDING"], NOW);
        await expect(h.billingStore.orders.record(A, [order], NOW + IN_FLIGHT_MS)).rejects.toThrow(
          /already paid/,
        );
      });

      it("refuses another member's merchantUid whatever its state", async () => {
        await h.billingStore.orders.record(A, [order], NOW);
        await h.billingStore.orders.settle("m1", { status: "FAILED" }, ["PENDING"], NOW);
        await expect(h.billingStore.orders.record(B, [order], NOW)).rejects.toThrow(
          /not available/,
        );
      });

      it("reuses a failed merchantUid with the new amount", async () => {
        await h.billingStore.orders.record(A, [order], NOW);
        await h.billingStore.orders.settle("m1", { status: "FAILED" }, ["PENDING"], NOW);
        await h.billingStore.orders.record(A, [{ ...order, amount: 5000 }], NOW + 1);
        expect(await h.billingStore.orders.get("m1")).toMatchObject({
          status: "PENDING",
          amount: 5000,
          attempts: 2,
        });
      });

      it("treats a fresh pending order as in flight", async () => {
        await h.billingStore.orders.record(A, [order], NOW);
        await expect(h.billingStore.orders.record(A, [order], NOW + 1000)).rejects.toThrow(
          /in progress/,
        );
      });

      it("records all orders of a request or none", async () => {
        await h.billingStore.orders.record(A, [{ ...order, merchantUid: "m2" }], NOW);
        await h.billingStore.orders.settle("m2", { status: "SCHEDULED" }, ["PENDING"], NOW);
        await expect(
          h.billingStore.orders.record(A, [order, { ...order, merchantUid: "m2" }], NOW),
        ).rejects.toThrow(/scheduled/);
        expect(await h.billingStore.orders.get("m1")).toBeUndefined();
      });
    });
  });
}
