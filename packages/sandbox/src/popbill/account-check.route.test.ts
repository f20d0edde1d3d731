import { describe, expect, it } from "vitest";
import { VECTOR_DATE } from "../linkhub/linkhub.test-helpers.js";
import { accountCheckToken } from "../points/points.test-helpers.js";
import { type PopbillHarness, usePopbill } from "./popbill.test-helpers.js";

const CHECK_DATE = String(Date.parse(VECTOR_DATE));
const NAME = encodeURIComponent("성명");
const REAL_NAME = encodeURIComponent("실명");

async function checker(harness: PopbillHarness) {
  const token = await accountCheckToken(harness.authUrl);
  return (path: string) => harness.call("POST", path, { token });
}

describe("POST /EasyFin/AccountCheck (예금주 성명조회)", () => {
  const start = usePopbill();

  it("answers the holder of a demo account and spends the 성명 unit cost (itemCode 182)", async () => {
    const harness = await start();
    const check = await checker(harness);
    const reply = await check("/EasyFin/AccountCheck?c=0004&n=1234567890123");
    expect(reply).toMatchObject({ status: 200, type: "application/json;charset=utf-8" });
    expect(reply.body).toEqual({
      result: "0000",
      resultMessage: expect.any(String),
      accountName: "홍길동",
      bankCode: "0004",
      accountNumber: "1234567890123",
      checkDate: CHECK_DATE,
    });
    expect(reply.body.checkDate).toMatch(/^\d{13}$/);
    expect(harness.sandbox.points.balance("1234567890").remainPoint).toBe(100_000 - 10);
    expect(harness.sandbox.points.useHistory("1234567890").at(-1)).toMatchObject({
      itemCode: 182,
      txType: 2,
      txPoint: "10",
    });
  });

  it("answers result 0001 without a name for an unknown account, and 0002 for a closed one", async () => {
    const harness = await start();
    const check = await checker(harness);
    expect((await check("/EasyFin/AccountCheck?c=0004&n=99999999")).body).toMatchObject({
      result: "0001",
      accountName: null,
      bankCode: "0004",
      accountNumber: "99999999",
    });
    expect((await check("/EasyFin/AccountCheck?c=0011&n=3020000000001")).body).toMatchObject({
      result: "0002",
      accountName: null,
    });
    expect(harness.sandbox.points.useHistory("1234567890")).toHaveLength(2);
  });

  it("refuses a bad bank code or account number with 400 and spends nothing", async () => {
    const harness = await start();
    const check = await checker(harness);
    for (const [query, code] of [
      ["c=004&n=1234567890123", -18200001],
      ["c=9999&n=1234567890123", -18200001],
      ["n=1234567890123", -18200001],
      ["c=0004&n=1234567", -18200002],
      ["c=0004&n=123456789012345", -18200002],
      ["c=0004&n=1234-5678-90", -18200002],
      ["c=0004", -18200002],
    ] as const) {
      expect(await check(`/EasyFin/AccountCheck?${query}`)).toMatchObject({
        status: 400,
        body: { code },
      });
    }
    expect(harness.sandbox.points.useHistory("1234567890")).toEqual([]);
  });

  it("fails with -99003008 when the points run out, and checks nothing", async () => {
    const harness = await start();
    harness.sandbox.points.setBalance("1234567890", { chargePoint: 9, bonusPoint: 0 });
    const check = await checker(harness);
    expect(await check("/EasyFin/AccountCheck?c=0004&n=1234567890123")).toMatchObject({
      status: 400,
      body: { code: -99003008 },
    });
    expect(harness.sandbox.points.balance("1234567890").remainPoint).toBe(9);
    expect(harness.sandbox.points.useHistory("1234567890")).toEqual([]);
  });

  it("needs scope 182 (a cash-receipt token is refused with -10000033)", async () => {
    const { call } = await start();
    expect(await call("POST", "/EasyFin/AccountCheck?c=0004&n=1234567890123")).toMatchObject({
      status: 403,
      body: { code: -10000033 },
    });
  });
});

describe("POST /EasyFin/DepositorCheck (예금주 실명조회)", () => {
  const start = usePopbill();

  it("confirms a person's account by birth date and spends the 실명 unit cost (itemCode 183)", async () => {
    const harness = await start();
    const check = await checker(harness);
    const reply = await check("/EasyFin/DepositorCheck?c=0004&n=1234567890123&t=P&p=900101");
    expect(reply.body).toEqual({
      result: "0000",
      resultMessage: expect.any(String),
      accountName: "홍길동",
      bankCode: "0004",
      accountNumber: "1234567890123",
      checkDate: CHECK_DATE,
      identityNumType: "P",
      identityNum: "900101",
    });
    expect(harness.sandbox.points.useHistory("1234567890").at(-1)).toMatchObject({
      itemCode: 183,
      txPoint: "30",
    });
  });

  it("confirms a business account by BRN and answers 0003 for an identity that does not match", async () => {
    const harness = await start();
    const check = await checker(harness);
    expect(
      (await check("/EasyFin/DepositorCheck?c=0020&n=1002123456789&t=B&p=1234567890")).body,
    ).toMatchObject({ result: "0000", accountName: "데모상사", identityNumType: "B" });
    for (const query of [
      "c=0004&n=1234567890123&t=P&p=900102",
      "c=0004&n=1234567890123&t=B&p=1234567890",
    ]) {
      expect((await check(`/EasyFin/DepositorCheck?${query}`)).body).toMatchObject({
        result: "0003",
        accountName: null,
      });
    }
    expect(harness.sandbox.points.balance("1234567890").remainPoint).toBe(100_000 - 3 * 30);
  });

  it("refuses a bad identity type or number with 400 and spends nothing", async () => {
    const harness = await start();
    const check = await checker(harness);
    for (const [query, code] of [
      ["c=0004&n=1234567890123&p=900101", -18300001],
      ["c=0004&n=1234567890123&t=X&p=900101", -18300001],
      ["c=0004&n=1234567890123&t=P&p=19900101", -18300002],
      ["c=0004&n=1234567890123&t=P&p=901301", -18300002],
      ["c=0004&n=1234567890123&t=B&p=123456789", -18300002],
      ["c=0004&n=1234567890123&t=P", -18300002],
    ] as const) {
      expect(await check(`/EasyFin/DepositorCheck?${query}`)).toMatchObject({
        status: 400,
        body: { code },
      });
    }
    expect(harness.sandbox.points.useHistory("1234567890")).toEqual([]);
  });
});

describe("account check prices", () => {
  const start = usePopbill();

  it("answers distinct unit costs for 성명 and 실명 as strings (성명 without serviceType)", async () => {
    const harness = await start();
    const token = await accountCheckToken(harness.authUrl);
    const get = (path: string) => harness.call("GET", path, { token });
    expect((await get(`/EasyFin/AccountCheck/UnitCost?serviceType=${NAME}`)).body).toEqual({
      unitCost: "10",
    });
    expect((await get(`/EasyFin/AccountCheck/UnitCost?serviceType=${REAL_NAME}`)).body).toEqual({
      unitCost: "30",
    });
    expect((await get("/EasyFin/AccountCheck/UnitCost")).body).toEqual({ unitCost: "10" });
    expect((await get(`/EasyFin/AccountCheck/ChargeInfo?serviceType=${REAL_NAME}`)).body).toEqual({
      unitCost: "30",
      chargeMethod: "연동과금",
      rateSystem: "분담제",
    });
  });

  it("follows the unit-cost settings", async () => {
    const harness = await start({
      settings: { accountCheckUnitCost: 7, depositorCheckUnitCost: 70 },
    });
    const token = await accountCheckToken(harness.authUrl);
    expect(
      (await harness.call("GET", `/EasyFin/AccountCheck/ChargeInfo?serviceType=${NAME}`, { token }))
        .body.unitCost,
    ).toBe("7");
    await harness.call("POST", "/EasyFin/DepositorCheck?c=0004&n=1234567890123&t=P&p=900101", {
      token,
    });
    expect(harness.sandbox.points.balance("1234567890").remainPoint).toBe(100_000 - 70);
  });

  it("refuses another serviceType with -10000001", async () => {
    const harness = await start();
    const token = await accountCheckToken(harness.authUrl);
    expect(
      await harness.call(
        "GET",
        `/EasyFin/AccountCheck/UnitCost?serviceType=${encodeURIComponent("본인")}`,
        { token },
      ),
    ).toMatchObject({ status: 400, body: { code: -10000001 } });
  });
});
