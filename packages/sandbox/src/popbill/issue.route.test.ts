import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

describe("POST /Cashbill (ISSUE, registIssue)", () => {
  const start = usePopbill();

  it("issues a receipt and answers CBIssueResponse with a 9-character confirmNum", async () => {
    const { issue } = await start();
    const reply = await issue({ memo: "메모" });
    expect(reply.status).toBe(200);
    expect(reply.type).toBe("application/json;charset=utf-8");
    expect(reply.body).toEqual({
      code: 1,
      message: expect.any(String),
      confirmNum: expect.stringMatching(/^.{9}$/),
      tradeDate: "20261123",
      tradeDT: "20261123100203",
    });
  });

  it("stores the receipt as issued (300) with the given fields", async () => {
    const { issue, info } = await start();
    const { body: issued } = await issue({ memo: "메모" });
    const { status, body } = await info("MK-1");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mgtKey: "MK-1",
      itemKey: expect.stringMatching(/^\d{18}$/),
      confirmNum: issued.confirmNum,
      stateCode: 300,
      stateMemo: "메모",
      tradeType: "승인거래",
      totalAmount: "11000",
      issueDT: "20261123100203",
      regDT: "20261123100203",
      ntssendDT: null,
      ntsresult: null,
    });
  });

  it("defaults tradeDT to the issue time and tradeOpt to 일반", async () => {
    const { issue, info } = await start();
    const reply = await issue({ tradeDT: undefined, tradeOpt: undefined });
    expect(reply.body.tradeDT).toBe("20261123100203");
    expect((await info("MK-1")).body.tradeOpt).toBe("일반");
  });

  it("accepts yesterday's tradeDT (KST) and refuses the day before yesterday", async () => {
    const { issue } = await start();
    expect((await issue({ mgtKey: "Y", tradeDT: "20261122000000" })).status).toBe(200);
    expect((await issue({ mgtKey: "Z", tradeDT: "20261121235959" })).body.code).toBe(-14001007);
  });

  it("matches JSON keys case-insensitively and takes amounts as numbers too", async () => {
    const { call } = await start();
    const body = {
      MgtKey: "CASE-1",
      TradeType: "승인거래",
      TRADEUSAGE: "지출증빙용",
      taxationtype: "비과세",
      SupplyCost: 5000,
      Tax: 0,
      ServiceFee: 0,
      TotalAmount: 5000,
      FranchiseCorpNum: "1234567890",
      IdentityNum: "1234567890",
    };
    const reply = await call("POST", "/Cashbill", { override: "ISSUE", body });
    expect(reply.status).toBe(200);
  });

  it("tolerates x-pb-version and accepts an x-pb-userid of the member", async () => {
    const { issue } = await start();
    const reply = await issue(
      {},
      { headers: { "x-pb-version": "1.0", "x-pb-userid": "testkorea" } },
    );
    expect(reply.status).toBe(200);
  });

  it("refuses an x-pb-userid that is not a user of the member with -10000011", async () => {
    const { issue, sandbox } = await start();
    const reply = await issue({}, { headers: { "X-PB-UserID": "exampleuser" } });
    expect(reply).toMatchObject({ status: 403, body: { code: -10000011 } });
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
  });

  it("refuses a reused mgtKey with -14001019 and issues it only once", async () => {
    const { issue, sandbox } = await start();
    await issue();
    const again = await issue();
    expect(again).toMatchObject({ status: 400, body: { code: -14001019 } });
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(1);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
  });

  it("lets another member use the same mgtKey", async () => {
    const { issue, authUrl } = await start();
    await issue();
    const token = await memberToken(authUrl, { corpNum: "6798700433" });
    const reply = await issue({ franchiseCorpNum: "6798700433" }, { token });
    expect(reply.status).toBe(200);
  });

  const refusals: [string, Record<string, unknown>, number][] = [
    ["a mgtKey with a forbidden character", { mgtKey: "MK 1" }, -14001003],
    ["a mgtKey longer than 24 characters", { mgtKey: "A".repeat(25) }, -14001003],
    ["no franchiseCorpNum", { franchiseCorpNum: undefined }, -14001001],
    ["a franchiseCorpNum that is not 10 digits", { franchiseCorpNum: "123-45-67890" }, -14001002],
    ["a franchiseCorpNum of another business", { franchiseCorpNum: "6798700433" }, -14001002],
    ["no tradeType", { tradeType: undefined }, -14001017],
    ["a tradeType in English", { tradeType: "APPROVAL" }, -14001017],
    ["no tradeUsage", { tradeUsage: null }, -14001018],
    ["an unknown tradeUsage", { tradeUsage: "소득공제" }, -14001018],
    ["an unknown tradeOpt", { tradeOpt: "교통" }, -14001016],
    ["no taxationType", { taxationType: "" }, -14001016],
    ["no identityNum", { identityNum: undefined }, -14001004],
    ["an identityNum with dashes", { identityNum: "010-1234-1234" }, -14001005],
    ["the refused-identity trigger (ends in 4444)", { identityNum: "01099994444" }, -14001006],
    ["no serviceFee", { serviceFee: undefined }, -14001008],
    ["a negative serviceFee", { serviceFee: "-1", totalAmount: "10999" }, -14001009],
    ["no supplyCost", { supplyCost: undefined }, -14001010],
    ["a negative supplyCost", { supplyCost: "-10000", totalAmount: "-9000" }, -14001011],
    ["no tax", { tax: undefined }, -14001012],
    ["a negative tax", { tax: "-1000", totalAmount: "9000" }, -14001013],
    ["no totalAmount", { totalAmount: undefined }, -14001014],
    ["a negative totalAmount", { totalAmount: "-11000" }, -14001015],
    ["an inconsistent totalAmount", { totalAmount: "12000" }, -14001024],
    ["a malformed tradeDT", { tradeDT: "2026-11-23" }, -14001007],
    ["a cancel without its original", { tradeType: "취소거래" }, -14001020],
  ];

  for (const [what, overrides, code] of refusals) {
    it(`refuses ${what} with ${code} and issues nothing`, async () => {
      const { issue, sandbox } = await start();
      const reply = await issue(overrides);
      expect(reply).toMatchObject({ status: 400, body: { code, message: expect.any(String) } });
      expect(reply.type).toBe("application/json;charset=utf-8");
      expect(sandbox.cashbill.issuances("1234567890")).toEqual([]);
    });
  }

  it("refuses a body that is not a JSON object with -10000001", async () => {
    const { call } = await start();
    const reply = await call("POST", "/Cashbill", { override: "ISSUE", body: "[1,2]" });
    expect(reply).toMatchObject({ status: 400, body: { code: -10000001 } });
  });
});

describe("POPBiLL host authentication", () => {
  const start = usePopbill();

  it("refuses a call without a token with -10000034", async () => {
    const { issue } = await start();
    expect(await issue({}, { token: null })).toMatchObject({
      status: 401,
      body: { code: -10000034 },
    });
  });

  it("refuses a token without scope 140 with 403 -10000033", async () => {
    const { issue, authUrl } = await start();
    const token = await memberToken(authUrl, { scopes: ["member", "141"] });
    expect(await issue({}, { token })).toMatchObject({ status: 403, body: { code: -10000033 } });
  });

  it("refuses a production token on the test-stage host with 401 -10000033", async () => {
    const { issue, authUrl } = await start();
    const token = await memberToken(authUrl, { serviceId: "POPBILL" });
    expect(await issue({}, { token })).toMatchObject({ status: 401, body: { code: -10000033 } });
  });

  it("serves production tokens when its ServiceID is set to POPBILL", async () => {
    const { issue, authUrl } = await start({ settings: { popbillServiceId: "POPBILL" } });
    const token = await memberToken(authUrl, { serviceId: "POPBILL" });
    expect((await issue({}, { token })).status).toBe(200);
  });

  it("refuses an expired token", async () => {
    const { issue, sandbox } = await start();
    sandbox.clock.advance(60 * 60 * 1000 + 1);
    expect(await issue()).toMatchObject({ status: 401, body: { code: -10000033 } });
  });

  it("answers unknown paths and overrides with JSON errors", async () => {
    const { call } = await start();
    expect(await call("GET", "/Taxinvoice/1")).toMatchObject({
      status: 404,
      body: { code: -10000000 },
    });
    const cancel = await call("POST", "/Cashbill", { override: "CANCELISSUE", body: "{}" });
    expect(cancel).toMatchObject({ status: 405, body: { code: -10000000 } });
  });
});

describe("points spent on issuance", () => {
  const start = usePopbill();

  it("spends the unit cost, bonus points first, and writes a use-history entry", async () => {
    const { issue, sandbox } = await start();
    await issue({}, { headers: { "x-pb-userid": "testkorea" } });
    const member = sandbox.state.member("1234567890")!;
    expect(member).toMatchObject({ bonusPoint: 10_000 - 11, chargePoint: 90_000 });
    expect(sandbox.cashbill.useHistory("1234567890")).toEqual([
      {
        itemCode: 140,
        txType: 2,
        txPoint: "11",
        balance: String(100_000 - 11),
        txDT: "20261123100203",
        userID: "testkorea",
        userName: "김데모",
      },
    ]);
  });

  it("refuses with -99003008 when the balance is short, issuing nothing", async () => {
    const { issue, sandbox } = await start();
    Object.assign(sandbox.state.member("1234567890")!, { chargePoint: 5, bonusPoint: 5 });
    expect(await issue()).toMatchObject({
      status: 400,
      body: { code: -99003008, message: "포인트가 부족합니다." },
    });
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
    expect(sandbox.cashbill.useHistory("1234567890")).toEqual([]);
  });

  it("charges the configured unit cost", async () => {
    const { issue, sandbox } = await start({ settings: { cashbillUnitCost: 7 } });
    await issue();
    expect(sandbox.cashbill.useHistory("1234567890")[0]?.txPoint).toBe("7");
  });
});
