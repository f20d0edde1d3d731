import { describe, expect, it } from "vitest";
import { NOW_DT, refundForm, remainPoint } from "../points/points.test-helpers.js";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { usePopbill } from "./popbill.test-helpers.js";

const THREE_DAYS = 3 * 86_400_000;

describe("POST /Refund and the refund reads", () => {
  const start = usePopbill();

  it("answers the refundable balance: charged points only, as a number", async () => {
    const { call } = await start();
    expect((await call("GET", "/RefundPoint")).body).toEqual({ refundableBalance: 90_000 });
  });

  it("takes the requested points out at once and answers {code: 1, message, refundCode}", async () => {
    const harness = await start();
    const reply = await harness.call("POST", "/Refund", { body: refundForm("5000") });
    expect(reply.body).toEqual({
      code: 1,
      message: expect.any(String),
      refundCode: expect.stringMatching(/^20261123\d{10}$/),
    });
    expect((await harness.call("GET", "/RefundPoint")).body.refundableBalance).toBe(85_000);
    expect(await remainPoint(harness)).toBe(95_000);
    expect(harness.sandbox.points.useHistory("1234567890").at(-1)).toMatchObject({
      itemCode: 0,
      txType: 3,
      txPoint: "5000",
      balance: "95000",
    });
  });

  it("answers the request as RefundHistory and completes it after refundProcessingMs", async () => {
    const harness = await start({ settings: { tokenLifetimeMs: 2 * THREE_DAYS } });
    const { refundCode } = (await harness.call("POST", "/Refund", { body: refundForm(1234) })).body;
    const expected = {
      reqDT: NOW_DT,
      requestPoint: "1234",
      accountBank: "국민",
      accountNum: "1234567890123",
      accountName: "데모상사",
      state: 1,
      reason: "서비스 해지",
    };
    expect((await harness.call("GET", `/Refund/${refundCode}`)).body).toEqual(expected);
    harness.sandbox.clock.advance(THREE_DAYS - 1);
    expect((await harness.call("GET", `/Refund/${refundCode}`)).body.state).toBe(1);
    harness.sandbox.clock.advance(1);
    expect((await harness.call("GET", `/Refund/${refundCode}`)).body).toEqual({
      ...expected,
      state: 2,
    });
    expect(await remainPoint(harness)).toBe(100_000 - 1234);
  });

  it("lists refund requests newest first, also for Node's /RefundHistory?&Page=", async () => {
    const { call } = await start();
    for (const points of ["100", "200", "300"])
      await call("POST", "/Refund", { body: refundForm(points) });
    const node = await call("GET", "/RefundHistory?&Page=1&PerPage=2");
    expect(node.body).toMatchObject({ code: 1, total: 3, perPage: 2, pageNum: 1, pageCount: 2 });
    expect(node.body.list.map((r: { requestPoint: string }) => r.requestPoint)).toEqual([
      "300",
      "200",
    ]);
    const bare = await call("GET", "/RefundHistory");
    expect(bare.body).toMatchObject({ total: 3, perPage: 500, pageNum: 1 });
    expect((await call("GET", "/RefundHistory?Page=2&PerPage=2")).body.list).toHaveLength(1);
  });

  it("refuses more than the refundable balance with -99003004 and changes nothing", async () => {
    const harness = await start();
    expect(await harness.call("POST", "/Refund", { body: refundForm("90001") })).toMatchObject({
      status: 400,
      body: { code: -99003004 },
    });
    expect(await remainPoint(harness)).toBe(100_000);
    expect(harness.sandbox.points.refunds("1234567890")).toEqual([]);
  });

  it("never refunds bonus points", async () => {
    const harness = await start();
    harness.sandbox.points.setBalance("1234567890", { chargePoint: 0, bonusPoint: 5_000 });
    expect((await harness.call("GET", "/RefundPoint")).body.refundableBalance).toBe(0);
    expect(await harness.call("POST", "/Refund", { body: refundForm("100") })).toMatchObject({
      status: 400,
      body: { code: -99003004, message: expect.stringMatching(/bonus/) },
    });
    expect(await remainPoint(harness)).toBe(5_000);
  });

  it("refuses an incomplete RefundForm with -99003003", async () => {
    const { call } = await start();
    for (const body of [
      { ...refundForm(), requestPoint: undefined },
      { ...refundForm(), requestPoint: "0" },
      { ...refundForm(), requestPoint: "-5" },
      { ...refundForm(), accountNum: "" },
      { ...refundForm(), accountName: undefined },
      "{",
    ]) {
      expect(await call("POST", "/Refund", { body })).toMatchObject({
        status: 400,
        body: { code: -99003003 },
      });
    }
  });

  it("matches RefundForm keys case-insensitively (the examples send PascalCase)", async () => {
    const { call } = await start();
    const body = {
      ContactName: "김데모",
      TEL: "02-1234-5678",
      RequestPoint: "10",
      AccountBank: "국민",
      AccountNum: "1234567890123",
      AccountName: "데모상사",
      Reason: "테스트",
    };
    expect((await call("POST", "/Refund", { body })).body.code).toBe(1);
  });

  it("answers -99003005 (404) for an unknown refundCode and another member's", async () => {
    const harness = await start();
    const { refundCode } = (await harness.call("POST", "/Refund", { body: refundForm() })).body;
    const other = await memberToken(harness.authUrl, { corpNum: "6798700433" });
    expect(await harness.call("GET", "/Refund/202611232000000999")).toMatchObject({
      status: 404,
      body: { code: -99003005 },
    });
    expect((await harness.call("GET", `/Refund/${refundCode}`, { token: other })).status).toBe(404);
  });

  it("refuses bad paging of /RefundHistory with -10000001", async () => {
    const { call } = await start();
    for (const query of ["PerPage=0", "PerPage=1001", "Page=0"]) {
      expect((await call("GET", `/RefundHistory?${query}`)).body.code).toBe(-10000001);
    }
  });

  it("gives the points back when a requested refund is cancelled through the control API", async () => {
    const harness = await start();
    const { refundCode } = (await harness.call("POST", "/Refund", { body: refundForm("700") }))
      .body;
    const url = `${harness.popbillUrl}/__sandbox/points/1234567890/refunds/${refundCode}/cancel`;
    const response = await fetch(url, { method: "POST" });
    expect(await response.json()).toMatchObject({ refundCode, state: 3 });
    expect(await remainPoint(harness)).toBe(100_000);
    expect(harness.sandbox.points.useHistory("1234567890").map((e) => e.txType)).toEqual([3, 4]);
    const again = await fetch(url.replace(/cancel$/, "complete"), { method: "POST" });
    expect(again.status).toBe(409);
  });
});
