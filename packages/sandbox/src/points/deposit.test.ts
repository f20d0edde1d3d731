import { describe, expect, it } from "vitest";
import { usePopbill } from "../popbill/popbill.test-helpers.js";
import { NOW_DT, remainPoint, requestPayment } from "./points.test-helpers.js";

async function post(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: "POST" });
  return { status: response.status, body: await response.json() };
}

describe("deposit confirmation", () => {
  const start = usePopbill();

  it("confirms the deposit 10 s of sandbox time after the request on the fast profile", async () => {
    const harness = await start({ filingSchedule: "fast" });
    const settleCode = await requestPayment(harness);
    harness.sandbox.clock.advance(9_999);
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body.settleState).toBe(1);
    expect(await remainPoint(harness)).toBe(100_000);
    harness.sandbox.clock.advance(1);
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body).toMatchObject({
      settleState: 2,
      regDT: NOW_DT,
      stateDT: "20261123100213",
    });
    expect(await remainPoint(harness)).toBe(110_000);
    expect(harness.sandbox.points.balance("1234567890")).toMatchObject({
      chargePoint: 100_000,
      bonusPoint: 10_000,
      refundableBalance: 100_000,
    });
    expect(harness.sandbox.points.useHistory("1234567890").at(-1)).toEqual({
      itemCode: 0,
      txType: 1,
      txPoint: "10000",
      balance: "110000",
      txDT: "20261123100213",
      userID: "testkorea",
      userName: "김데모",
    });
  });

  it("never confirms by itself on the popbill profile, only through the control API", async () => {
    const harness = await start({ settings: { tokenLifetimeMs: 30 * 86_400_000 } });
    const settleCode = await requestPayment(harness);
    harness.sandbox.clock.advance(7 * 86_400_000);
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body.settleState).toBe(1);
    const url = `${harness.popbillUrl}/__sandbox/points/1234567890/settlements/${settleCode}/confirm`;
    expect(await post(url)).toMatchObject({
      status: 200,
      body: { settleCode, settleState: 2, settlePoint: "10000" },
    });
    expect(await remainPoint(harness)).toBe(110_000);
  });

  it("credits a deposit once, however often it is confirmed", async () => {
    const harness = await start({ settings: { depositConfirmMs: 5_000 } });
    const settleCode = await requestPayment(harness);
    harness.sandbox.points.confirmDeposit("1234567890", settleCode);
    harness.sandbox.clock.advance(5_000);
    harness.sandbox.points.confirmDeposit("1234567890", settleCode);
    expect(await remainPoint(harness)).toBe(110_000);
    expect(harness.sandbox.points.useHistory("1234567890")).toHaveLength(1);
  });

  it("honours a custom depositConfirmMs and null on the fast profile", async () => {
    const custom = await start({ settings: { depositConfirmMs: 60_000 } });
    const code = await requestPayment(custom);
    custom.sandbox.clock.advance(60_000);
    expect(custom.sandbox.points.settlements("1234567890")[0]).toMatchObject({
      settleCode: code,
      settleState: 2,
    });
    const manual = await start({ filingSchedule: "fast", settings: { depositConfirmMs: null } });
    await requestPayment(manual);
    manual.sandbox.clock.advance(3_600_000);
    expect(manual.sandbox.points.settlements("1234567890")[0]?.settleState).toBe(1);
  });

  it("cancels a pending charge without crediting it, and then refuses to confirm it (409)", async () => {
    const harness = await start({ filingSchedule: "fast" });
    const settleCode = await requestPayment(harness);
    const base = `${harness.popbillUrl}/__sandbox/points/1234567890/settlements/${settleCode}`;
    expect(await post(`${base}/cancel`)).toMatchObject({ status: 200, body: { settleState: 3 } });
    harness.sandbox.clock.advance(10_000);
    expect(await post(`${base}/confirm`)).toMatchObject({
      status: 409,
      body: { code: -10000001 },
    });
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body.settleState).toBe(3);
    expect(await remainPoint(harness)).toBe(100_000);
  });

  it("answers 404 for an unknown settlement or member on the control API", async () => {
    const harness = await start();
    const settleCode = await requestPayment(harness);
    const base = `${harness.popbillUrl}/__sandbox/points`;
    expect(await post(`${base}/1234567890/settlements/1/confirm`)).toMatchObject({
      status: 404,
      body: { code: -99003002 },
    });
    expect((await post(`${base}/6798700433/settlements/${settleCode}/confirm`)).status).toBe(404);
    expect((await post(`${base}/0000000000/settlements/${settleCode}/confirm`)).status).toBe(404);
  });
});
