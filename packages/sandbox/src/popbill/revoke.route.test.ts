import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { type PopbillHarness, usePopbill } from "./popbill.test-helpers.js";

/** Issues the 11,000 KRW original MK-1 and returns its confirmNum. */
async function original(harness: PopbillHarness): Promise<string> {
  const reply = await harness.issue({ mgtKey: "MK-1" });
  expect(reply.status).toBe(200);
  return reply.body.confirmNum as string;
}

function revoke(harness: PopbillHarness, body: Record<string, unknown>, token?: string) {
  return harness.call("POST", "/Cashbill", { override: "REVOKEISSUE", body, token });
}

describe("POST /Cashbill (REVOKEISSUE, revokeRegistIssue)", () => {
  const start = usePopbill();

  it("issues a full cancel of the original's amounts in the §5.4 short form", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const body = {
      mgtKey: "MK-3",
      orgConfirmNum,
      orgTradeDate: "20261123",
      smssendYN: false,
      isPartCancel: false,
    };
    const reply = await revoke(harness, body);
    expect(reply).toMatchObject({
      status: 200,
      body: { code: 1, confirmNum: expect.stringMatching(/^.{9}$/) },
    });
    expect((await harness.info("MK-3")).body).toMatchObject({
      tradeType: "취소거래",
      totalAmount: "11000",
      supplyCost: "10000",
      orgConfirmNum,
      orgTradeDate: "20261123",
      identityNum: "01012341234",
      stateCode: 300,
    });
  });

  it("issues partial cancels up to what remains, then refuses more with -14001023", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const part = (mgtKey: string, supplyCost: number, tax: number) =>
      revoke(harness, {
        mgtKey,
        orgConfirmNum,
        orgTradeDate: "20261123",
        isPartCancel: true,
        cancelType: 1,
        supplyCost: String(supplyCost),
        tax: String(tax),
        serviceFee: "0",
        totalAmount: String(supplyCost + tax),
      });
    expect((await part("P-1", 4000, 400)).status).toBe(200);
    expect((await part("P-2", 6000, 600)).status).toBe(200);
    expect(await part("P-3", 1, 0)).toMatchObject({ status: 400, body: { code: -14001023 } });
  });

  it("refuses a partial cancel above the original's amount with -14001023", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const reply = await revoke(harness, {
      mgtKey: "P-1",
      orgConfirmNum,
      orgTradeDate: "20261123",
      isPartCancel: true,
      supplyCost: "20000",
      tax: "0",
      serviceFee: "0",
      totalAmount: "20000",
    });
    expect(reply).toMatchObject({ status: 400, body: { code: -14001023 } });
  });

  it("refuses a second full cancel with -14001023", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const full = (mgtKey: string) =>
      revoke(harness, { mgtKey, orgConfirmNum, orgTradeDate: "20261123" });
    expect((await full("C-1")).status).toBe(200);
    expect(await full("C-2")).toMatchObject({ status: 400, body: { code: -14001023 } });
  });

  it("refuses an unknown original or a wrong trade date with -14001020", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    for (const body of [
      { mgtKey: "C-1", orgConfirmNum: "TB9999999", orgTradeDate: "20261123" },
      { mgtKey: "C-1", orgConfirmNum, orgTradeDate: "20261122" },
      { mgtKey: "C-1" },
    ]) {
      expect(await revoke(harness, body)).toMatchObject({ status: 400, body: { code: -14001020 } });
    }
  });

  it("refuses to cancel another member's receipt with -14001022", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const token = await memberToken(harness.authUrl, { corpNum: "6798700433" });
    const reply = await revoke(
      harness,
      { mgtKey: "C-1", orgConfirmNum, orgTradeDate: "20261123" },
      token,
    );
    expect(reply).toMatchObject({ status: 400, body: { code: -14001022 } });
  });

  it("refuses a cancel whose mgtKey is already used with -14001019", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const reply = await revoke(harness, {
      mgtKey: "MK-1",
      orgConfirmNum,
      orgTradeDate: "20261123",
    });
    expect(reply).toMatchObject({ status: 400, body: { code: -14001019 } });
  });

  it("refuses a cancelType outside 1..3 with -14001016", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const reply = await revoke(harness, {
      mgtKey: "C-1",
      orgConfirmNum,
      orgTradeDate: "20261123",
      cancelType: 4,
    });
    expect(reply).toMatchObject({ status: 400, body: { code: -14001016 } });
  });

  it("issues a cancel through ISSUE when it names its original", async () => {
    const harness = await start();
    const orgConfirmNum = await original(harness);
    const reply = await harness.issue({
      mgtKey: "C-1",
      tradeType: "취소거래",
      orgConfirmNum,
      orgTradeDate: "20261123",
      supplyCost: "1000",
      tax: "100",
      totalAmount: "1100",
    });
    expect(reply.status).toBe(200);
    const over = await harness.issue({
      mgtKey: "C-2",
      tradeType: "취소거래",
      orgConfirmNum,
      orgTradeDate: "20261123",
    });
    expect(over).toMatchObject({ status: 400, body: { code: -14001023 } });
  });
});
