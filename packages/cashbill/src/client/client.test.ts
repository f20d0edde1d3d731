import { InputError } from "@korbill/core-domain";
import { stringifyPopbillBody } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { MAX_GET_INFOS, createCashbillClient } from "./client.js";
import { fakePopbill } from "../testing/fake-popbill.js";
import { CORP_NUM, vectorWire } from "../testing/vectors.js";

const SCOPES = ["member", "140"];

function setup(...replies: unknown[]) {
  const { popbill, requests } = fakePopbill(...replies);
  return { client: createCashbillClient({ popbill }), requests };
}

describe("registIssue", () => {
  it("posts the Cashbill with override ISSUE and memo appended last (§5.4)", async () => {
    const { client, requests } = setup({ code: 1, confirmNum: "TB0000178" });
    const [cashbill] = vectorWire();
    await client.registIssue(CORP_NUM, cashbill!, { memo: "메모", emailSubject: "" });
    const request = requests[0]!;
    expect(request).toMatchObject({
      method: "POST",
      path: "/Cashbill",
      override: "ISSUE",
      scopes: SCOPES,
    });
    expect(request.userId).toBeUndefined();
    const body = stringifyPopbillBody(request.body);
    expect(body.endsWith(',"smssendYN":false,"memo":"메모"}')).toBe(true);
    expect(body).not.toContain("emailSubject");
  });

  it("moves a memo carried by the cashbill to the end too, and leaves the caller's object alone", async () => {
    const { client, requests } = setup({});
    const cashbill = { ...vectorWire()[1]!, memo: "m", emailSubject: "s" };
    const before = JSON.stringify(cashbill);
    await client.registIssue(CORP_NUM, cashbill, { userId: "testkorea" });
    expect(Object.keys(requests[0]!.body as object).slice(-2)).toEqual(["memo", "emailSubject"]);
    expect(JSON.stringify(cashbill)).toBe(before);
    expect(requests[0]!.userId).toBe("testkorea");
  });
});

describe("revokeRegistIssue", () => {
  it("sends the short form exactly (§5.4)", async () => {
    const { client, requests } = setup({});
    await client.revokeRegistIssue(CORP_NUM, {
      isPartCancel: false,
      smssendYN: false,
      orgTradeDate: "20261122",
      orgConfirmNum: "TB0000178",
      mgtKey: "MK-3",
    });
    expect(requests[0]).toMatchObject({
      method: "POST",
      path: "/Cashbill",
      override: "REVOKEISSUE",
    });
    expect(stringifyPopbillBody(requests[0]!.body)).toBe(
      '{"mgtKey":"MK-3","orgConfirmNum":"TB0000178","orgTradeDate":"20261122","smssendYN":false,"isPartCancel":false}',
    );
  });

  it("sends the partial form in the SDK's key order (§5.4)", async () => {
    const { client, requests } = setup({});
    await client.revokeRegistIssue(
      CORP_NUM,
      {
        totalAmount: "1100",
        serviceFee: "0",
        tax: "100",
        supplyCost: "1000",
        cancelType: 1,
        isPartCancel: true,
        memo: "부분취소",
        smssendYN: false,
        orgTradeDate: "20261122",
        orgConfirmNum: "TB0000178",
        mgtKey: "MK-4",
      },
      "testkorea",
    );
    expect(stringifyPopbillBody(requests[0]!.body)).toBe(
      '{"mgtKey":"MK-4","orgConfirmNum":"TB0000178","orgTradeDate":"20261122","smssendYN":false,"memo":"부분취소","isPartCancel":true,"cancelType":1,"supplyCost":"1000","tax":"100","serviceFee":"0","totalAmount":"1100"}',
    );
    expect(requests[0]!.userId).toBe("testkorea");
  });
});

describe("getInfo / getDetailInfo", () => {
  it("gets /Cashbill/{MgtKey} unescaped", async () => {
    const { client, requests } = setup({ mgtKey: "MK_1-a" });
    await client.getInfo(CORP_NUM, "MK_1-a");
    expect(requests[0]).toEqual({
      corpNum: CORP_NUM,
      scopes: SCOPES,
      method: "GET",
      path: "/Cashbill/MK_1-a",
    });
  });

  it("gets /Cashbill/{MgtKey}?Detail", async () => {
    const { client, requests } = setup({});
    await client.getDetailInfo(CORP_NUM, "MK-1", "testkorea");
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/Cashbill/MK-1?Detail",
      userId: "testkorea",
    });
  });

  it("refuses a key that would change the path, without a call", async () => {
    const { client, requests } = setup();
    await expect(client.getInfo(CORP_NUM, "../Member")).rejects.toBeInstanceOf(InputError);
    await expect(client.getDetailInfo(CORP_NUM, "MK 1")).rejects.toBeInstanceOf(InputError);
    expect(requests).toHaveLength(0);
  });
});

describe("getInfos", () => {
  it("posts the keys as a JSON array to /Cashbill/States (§5.4)", async () => {
    const { client, requests } = setup([{ mgtKey: "MK-1" }, { mgtKey: "MK-2" }]);
    const infos = await client.getInfos(CORP_NUM, ["MK-1", "MK-2"]);
    expect(infos).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      method: "POST",
      path: "/Cashbill/States",
      retry: "idempotent-post",
    });
    expect(requests[0]!.override).toBeUndefined();
    expect(stringifyPopbillBody(requests[0]!.body)).toBe('["MK-1","MK-2"]');
  });

  it("accepts exactly 1000 keys", async () => {
    const { client, requests } = setup([]);
    const keys = Array.from({ length: MAX_GET_INFOS }, (_, i) => `MK-${i}`);
    await client.getInfos(CORP_NUM, keys);
    expect(requests).toHaveLength(1);
  });

  it("refuses 1001 keys with no call", async () => {
    const { client, requests } = setup();
    const keys = Array.from({ length: MAX_GET_INFOS + 1 }, (_, i) => `MK-${i}`);
    const error = await client.getInfos(CORP_NUM, keys).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]?.path).toBe("mgtKeys");
    expect(requests).toHaveLength(0);
  });

  it("answers [] for no keys without a call", async () => {
    const { client, requests } = setup();
    await expect(client.getInfos(CORP_NUM, [])).resolves.toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe("search", () => {
  it("builds §5.4's query string in Node's parameter order", async () => {
    const { client, requests } = setup({ list: [] });
    await client.search(CORP_NUM, {
      franchiseTaxRegID: ["1234", "1000"],
      qString: "010 1234",
      perPage: 500,
      page: 1,
      order: "D",
      taxationType: ["T", "N"],
      tradeUsage: ["P", "C"],
      tradeOpt: ["N", "B", "T"],
      tradeType: ["N", "C"],
      state: ["3**", "4**"],
      eDate: "20261130",
      sDate: "20261101",
      dType: "T",
    });
    expect(requests[0]).toMatchObject({ method: "GET" });
    expect(requests[0]!.path).toBe(
      "/Cashbill/Search?DType=T&SDate=20261101&EDate=20261130&State=3**,4**&TradeType=N,C&TradeOpt=N,B,T&TradeUsage=P,C&TaxationType=T,N&Order=D&Page=1&PerPage=500&QString=010%201234&FranchiseTaxRegID=1234,1000",
    );
  });

  it("leaves out absent filters", async () => {
    const { client, requests } = setup({ list: [] });
    await client.search(CORP_NUM, { dType: "R", sDate: "20261101", eDate: "20261102", state: [] });
    expect(requests[0]!.path).toBe("/Cashbill/Search?DType=R&SDate=20261101&EDate=20261102");
  });

  it("URL-encodes a non-ASCII QString as UTF-8", async () => {
    const { client, requests } = setup({ list: [] });
    await client.search(CORP_NUM, {
      dType: "T",
      sDate: "20261101",
      eDate: "20261102",
      qString: "홍&=",
    });
    expect(requests[0]!.path.endsWith("&QString=%ED%99%8D%26%3D")).toBe(true);
  });

  it("refuses a raw value that would break out of its parameter", async () => {
    const { client, requests } = setup();
    await expect(
      client.search(CORP_NUM, { dType: "T", sDate: "20261101&x=1", eDate: "20261102" }),
    ).rejects.toBeInstanceOf(InputError);
    expect(requests).toHaveLength(0);
  });
});

describe("getUnitCost / getChargeInfo", () => {
  it("gets /Cashbill?cfg=UNITCOST without a user id", async () => {
    const { client, requests } = setup({ unitCost: "5" });
    await expect(client.getUnitCost(CORP_NUM)).resolves.toEqual({ unitCost: "5" });
    expect(requests[0]).toEqual({
      corpNum: CORP_NUM,
      scopes: SCOPES,
      method: "GET",
      path: "/Cashbill?cfg=UNITCOST",
    });
  });

  it("gets /Cashbill/ChargeInfo", async () => {
    const { client, requests } = setup({
      unitCost: "5",
      chargeMethod: "일반",
      rateSystem: "포인트",
    });
    await client.getChargeInfo(CORP_NUM, "testkorea");
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/Cashbill/ChargeInfo",
      userId: "testkorea",
    });
  });
});
