import { describe, expect, it } from "vitest";
import { usePopbill } from "../popbill/popbill.test-helpers.js";
import { refundForm, requestPayment } from "../points/points.test-helpers.js";

async function send(url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("control API: points", () => {
  const start = usePopbill();

  it("shows and sets a member's balances without writing history", async () => {
    const { authUrl, sandbox } = await start();
    const base = `${authUrl}/__sandbox/points/1234567890`;
    expect((await send(base)).body).toEqual({
      corpNum: "1234567890",
      chargePoint: 90_000,
      bonusPoint: 10_000,
      remainPoint: 100_000,
      refundableBalance: 90_000,
    });
    expect((await send(`${base}/balance`, { chargePoint: 5 })).body).toMatchObject({
      chargePoint: 5,
      bonusPoint: 10_000,
      remainPoint: 10_005,
    });
    expect(sandbox.points.useHistory("1234567890")).toEqual([]);
  });

  it("shows and sets the partner's balances", async () => {
    const { authUrl, token } = await start();
    const base = `${authUrl}/__sandbox/points/partner/TESTER`;
    expect((await send(base)).body).toEqual({
      linkId: "TESTER",
      billing: "member",
      chargePoint: 1_000_000,
      bonusPoint: 0,
      remainPoint: 1_000_000,
    });
    await send(`${base}/balance`, { chargePoint: 100, bonusPoint: 20 });
    const point = await fetch(`${authUrl}/POPBILL_TEST/PartnerPoint`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await point.json()).toEqual({ remainPoint: 120 });
    expect((await send(`${base}/use-history`)).body).toEqual({ linkId: "TESTER", list: [] });
  });

  it("lists settlements, refunds and the use history of a member", async () => {
    const harness = await start();
    const settleCode = await requestPayment(harness);
    const { refundCode } = (await harness.call("POST", "/Refund", { body: refundForm("10") })).body;
    const base = `${harness.popbillUrl}/__sandbox/points/1234567890`;
    expect((await send(`${base}/settlements`)).body).toEqual({
      corpNum: "1234567890",
      settlements: [expect.objectContaining({ settleCode, settleState: 1 })],
    });
    expect((await send(`${base}/refunds`)).body.refunds).toEqual([
      expect.objectContaining({ refundCode, state: 1, requestPoint: "10" }),
    ]);
    expect((await send(`${base}/refunds/${refundCode}/complete`, {})).body).toMatchObject({
      state: 2,
    });
    expect((await send(`${base}/use-history`)).body.list).toHaveLength(1);
  });

  it("answers 404 for unknown members, partners and codes, and 400 for bad balances", async () => {
    const { authUrl } = await start();
    const base = `${authUrl}/__sandbox/points`;
    expect((await send(`${base}/0000000000`)).status).toBe(404);
    expect((await send(`${base}/partner/NOBODY`)).status).toBe(404);
    expect(await send(`${base}/1234567890/refunds/1/complete`, {})).toMatchObject({
      status: 404,
      body: { code: -99003005 },
    });
    for (const body of [{ chargePoint: -1 }, { bonusPoint: 1.5 }, { chargePoint: "5" }]) {
      expect(await send(`${base}/1234567890/balance`, body)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    }
  });
});
