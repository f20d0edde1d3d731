import { describe, expect, it } from "vitest";
import {
  NOW_DT,
  PAYMENT_FORM,
  remainPoint,
  requestPayment,
  TODAY,
} from "../points/points.test-helpers.js";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

const RANGE = `SDate=${TODAY}&EDate=${TODAY}`;

describe("POST /Payment and GET /Payment/{settleCode}", () => {
  const start = usePopbill();

  it("accepts a PaymentForm and answers {code: 1, message, settleCode}", async () => {
    const { call } = await start();
    const reply = await call("POST", "/Payment", { body: PAYMENT_FORM });
    expect(reply).toMatchObject({ status: 200, type: "application/json;charset=utf-8" });
    expect(reply.body).toEqual({
      code: 1,
      message: expect.any(String),
      settleCode: expect.stringMatching(/^20261123\d{10}$/),
    });
  });

  it("answers the pending settlement as PaymentHistory with amounts as strings", async () => {
    const harness = await start();
    const settleCode = await requestPayment(harness);
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body).toEqual({
      productType: expect.any(String),
      productName: expect.any(String),
      settleType: expect.any(String),
      settlerName: "김데모",
      settlerEmail: "demo@example.com",
      settleCost: "11000",
      settlePoint: "10000",
      settleState: 1,
      regDT: NOW_DT,
      stateDT: NOW_DT,
    });
    expect(await remainPoint(harness)).toBe(100_000);
  });

  it("matches PaymentForm keys case-insensitively and accepts a numeric settleCost", async () => {
    const harness = await start();
    const { body } = await harness.call("POST", "/Payment", {
      body: {
        SettlerName: "김데모",
        SettlerEmail: "demo@example.com",
        NotifyHP: "01012345678",
        PaymentName: "데모상사",
        SETTLECOST: 22_000,
      },
    });
    const { settleCode } = body;
    expect((await harness.call("GET", `/Payment/${settleCode}`)).body).toMatchObject({
      settleCost: "22000",
      settlePoint: "20000",
    });
  });

  it("refuses an incomplete or malformed PaymentForm with -99003001 and stores nothing", async () => {
    const { call, sandbox } = await start();
    for (const body of [
      { ...PAYMENT_FORM, settleCost: undefined },
      { ...PAYMENT_FORM, settleCost: "0" },
      { ...PAYMENT_FORM, settleCost: "11,000" },
      { ...PAYMENT_FORM, settleCost: "1000000000" },
      { ...PAYMENT_FORM, paymentName: "" },
      { ...PAYMENT_FORM, settlerEmail: undefined },
      "not json",
      [PAYMENT_FORM],
    ]) {
      expect(await call("POST", "/Payment", { body })).toMatchObject({
        status: 400,
        body: { code: -99003001 },
      });
    }
    expect(sandbox.points.settlements("1234567890")).toEqual([]);
  });

  it("answers -99003002 (404) for an unknown settleCode and for another member's", async () => {
    const harness = await start();
    const settleCode = await requestPayment(harness);
    const other = await memberToken(harness.authUrl, { corpNum: "6798700433" });
    for (const [path, token] of [
      ["/Payment/202611231000000099", undefined],
      [`/Payment/${settleCode}`, other],
    ] as const) {
      expect(await harness.call("GET", path, { token })).toMatchObject({
        status: 404,
        body: { code: -99003002 },
      });
    }
  });

  it("needs a member token (-10000034 without one)", async () => {
    const { call } = await start();
    expect(await call("POST", "/Payment", { body: PAYMENT_FORM, token: null })).toMatchObject({
      status: 401,
      body: { code: -10000034 },
    });
  });
});

describe("GET /PaymentHistory", () => {
  const start = usePopbill();

  it("lists the range's charges newest first, paged with numeric counters", async () => {
    const harness = await start();
    const codes = [
      await requestPayment(harness, { settleCost: "1100" }),
      await requestPayment(harness, { settleCost: "2200" }),
      await requestPayment(harness, { settleCost: "3300" }),
    ];
    const first = await harness.call("GET", `/PaymentHistory?${RANGE}&Page=1&PerPage=2`);
    expect(first.body).toMatchObject({ code: 1, total: 3, perPage: 2, pageNum: 1, pageCount: 2 });
    expect(first.body.list.map((p: { settleCost: string }) => p.settleCost)).toEqual([
      "3300",
      "2200",
    ]);
    const second = await harness.call("GET", `/PaymentHistory?${RANGE}&Page=2&PerPage=2`);
    expect(second.body.list).toHaveLength(1);
    expect(second.body.list[0].settleCost).toBe("1100");
    expect(codes).toHaveLength(3);
  });

  it("answers an empty page for a range without charges and defaults to PerPage 500", async () => {
    const harness = await start();
    await requestPayment(harness);
    expect(
      (await harness.call("GET", "/PaymentHistory?SDate=20261101&EDate=20261122")).body,
    ).toEqual({
      code: 1,
      total: 0,
      perPage: 500,
      pageNum: 1,
      pageCount: 0,
      list: [],
    });
  });

  it("refuses bad dates and paging with -10000001", async () => {
    const { call } = await start();
    for (const query of [
      "SDate=2026-11-01&EDate=20261130",
      "SDate=20261131&EDate=20261130",
      "SDate=20261101",
      "EDate=20261101",
      "SDate=20261130&EDate=20261101",
      `${RANGE}&PerPage=0`,
      `${RANGE}&PerPage=1001`,
      `${RANGE}&Page=0`,
      `${RANGE}&Page=one`,
    ]) {
      expect(await call("GET", `/PaymentHistory?${query}`)).toMatchObject({
        status: 400,
        body: { code: -10000001, message: expect.any(String) },
      });
    }
  });
});
