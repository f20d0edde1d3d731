import { describe, expect, it } from "vitest";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";
import { refundForm, remainPoint, requestPayment, TODAY } from "./points.test-helpers.js";

describe("a member's points over a month of work", () => {
  const start = usePopbill();

  it("tops up by deposit, pays 100 cash receipts, and refunds part of the rest", async () => {
    const harness = await start({ filingSchedule: "fast" });
    const { call, bulk, bulkState, sandbox } = harness;
    sandbox.points.setBalance("1234567890", { chargePoint: 0, bonusPoint: 0 });

    // Top up: 110,000 KRW deposit -> 100,000 points, confirmed 10 s later on the fast profile.
    const settleCode = await requestPayment(harness, { settleCost: "110000" });
    sandbox.clock.advance(10_000);
    expect((await call("GET", `/Payment/${settleCode}`)).body.settleState).toBe(2);
    expect(await remainPoint(harness)).toBe(100_000);

    // 100 cash receipts through BULKISSUE.
    const cashbills = Array.from({ length: 100 }, (_, i) => receipt({ mgtKey: `SCN-${i}` }));
    expect((await bulk("SCENARIO", cashbills)).status).toBe(200);
    sandbox.clock.advance(3_000);
    expect((await bulkState("SCENARIO")).body).toMatchObject({ txState: 2, successCount: 100 });
    const unitCost = Number((await call("GET", "/Cashbill?cfg=UNITCOST")).body.unitCost);
    expect(await remainPoint(harness)).toBe(100_000 - 100 * unitCost);

    const range = `SDate=${TODAY}&EDate=${TODAY}&PerPage=1000&Order=A`;
    const used = (await call("GET", `/UseHistory?${range}`)).body;
    const spending = used.list.filter((e: { itemCode: number }) => e.itemCode === 140);
    expect(spending).toHaveLength(100);
    expect(spending.every((e: { txPoint: string }) => e.txPoint === String(unitCost))).toBe(true);
    expect(spending.at(-1).balance).toBe(String(100_000 - 100 * unitCost));
    expect(used.total).toBe(101); // the deposit, then 100 receipts

    // Refund part of what is refundable.
    const refundable = (await call("GET", "/RefundPoint")).body.refundableBalance;
    expect(refundable).toBe(100_000 - 100 * unitCost);
    const { refundCode } = (await call("POST", "/Refund", { body: refundForm("50000") })).body;
    expect((await call("GET", "/RefundPoint")).body.refundableBalance).toBe(refundable - 50_000);
    expect(await remainPoint(harness)).toBe(refundable - 50_000);
    expect((await call("GET", "/RefundHistory")).body.list).toEqual([
      expect.objectContaining({ requestPoint: "50000", state: 1 }),
    ]);
    sandbox.clock.advance(10_000);
    expect((await call("GET", `/Refund/${refundCode}`)).body.state).toBe(2);
    const after = (await call("GET", `/UseHistory?${range}`)).body;
    expect(after.total).toBe(102);
    expect(after.list.at(-1)).toMatchObject({
      txType: 3,
      txPoint: "50000",
      balance: String(refundable - 50_000),
    });
  });
});
