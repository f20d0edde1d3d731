import { describe, expect, it } from "vitest";
import { usePopbill } from "./popbill.test-helpers.js";

describe("GET /Cashbill/{MgtKey} (getInfo, getDetailInfo)", () => {
  const start = usePopbill();

  it("answers -14000003 with 404 for an unknown MgtKey", async () => {
    const { info } = await start();
    const reply = await info("NOPE");
    expect(reply).toMatchObject({
      status: 404,
      body: { code: -14000003, message: expect.any(String) },
    });
    expect(reply.type).toBe("application/json;charset=utf-8");
  });

  it("answers every CashbillInfo field", async () => {
    const { issue, info } = await start();
    await issue({ orderNumber: "ORD-1", email: "a@example.com", hp: "01011112222" });
    expect(Object.keys((await info("MK-1")).body).sort()).toEqual(
      [
        "itemKey",
        "mgtKey",
        "tradeDate",
        "tradeDT",
        "tradeType",
        "tradeUsage",
        "tradeOpt",
        "taxationType",
        "totalAmount",
        "supplyCost",
        "tax",
        "serviceFee",
        "issueDT",
        "regDT",
        "stateCode",
        "stateDT",
        "stateMemo",
        "identityNum",
        "itemName",
        "customerName",
        "orderNumber",
        "email",
        "hp",
        "confirmNum",
        "orgConfirmNum",
        "orgTradeDate",
        "ntssendDT",
        "ntsresult",
        "ntsresultDT",
        "ntsresultCode",
        "ntsresultMessage",
        "printYN",
        "interOPYN",
      ].sort(),
    );
  });

  it("answers the full Cashbill with ?Detail", async () => {
    const { issue, call } = await start();
    await issue({ franchiseCorpName: "가맹점", smssendYN: true, memo: "메모" });
    const { status, body } = await call("GET", "/Cashbill/MK-1?Detail");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mgtKey: "MK-1",
      franchiseCorpNum: "1234567890",
      franchiseCorpName: "가맹점",
      identityNum: "01012341234",
      supplyCost: "10000",
      smssendYN: true,
      memo: "메모",
      confirmNum: expect.any(String),
    });
  });

  it("does not show another member's receipt", async () => {
    const { issue, info, sandbox } = await start();
    await issue();
    expect(sandbox.cashbill.info("6798700433", "MK-1")).toBeUndefined();
    expect((await info("MK-1")).status).toBe(200);
  });
});

describe("POST /Cashbill/States (getInfos)", () => {
  const start = usePopbill();

  it("answers the known keys in request order and leaves unknown ones out", async () => {
    const { issue, call } = await start();
    await issue({ mgtKey: "MK-1" });
    await issue({ mgtKey: "MK-2" });
    const reply = await call("POST", "/Cashbill/States", {
      body: ["MK-2", "NOPE", "MK-1", "MK-2"],
    });
    expect(reply.status).toBe(200);
    expect(reply.body.map((i: { mgtKey: string }) => i.mgtKey)).toEqual(["MK-2", "MK-1"]);
  });

  it("accepts 1,000 keys and refuses 1,001 with -10000001", async () => {
    const { call } = await start();
    const keys = Array.from({ length: 1_001 }, (_, i) => `K-${i}`);
    expect(await call("POST", "/Cashbill/States", { body: keys.slice(0, 1_000) })).toMatchObject({
      status: 200,
      body: [],
    });
    expect(await call("POST", "/Cashbill/States", { body: keys })).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });

  it("refuses a body that is not an array of strings", async () => {
    const { call } = await start();
    for (const body of ['{"keys":[]}', "[1]", "nope"]) {
      expect((await call("POST", "/Cashbill/States", { body })).body.code).toBe(-10000001);
    }
  });
});
