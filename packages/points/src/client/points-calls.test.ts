import { InputError } from "@korbill/core-domain";
import { stringifyPopbillBody } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import type { PointsClient } from "./client.js";
import { CORP_NUM, type Recorded, fakeClient } from "../testing/fake-popbill.js";
import { PointsService } from "../enums.js";

// the cash-receipt service's token: no SDK asks for `member` alone (services.ts)
const MEMBER = ["member", "140"];

interface Shape {
  name: string;
  call: (c: PointsClient) => Promise<unknown>;
  expected: Recorded;
}

const api = (request: Recorded["request"]): Recorded => ({ host: "api", request }) as Recorded;
const GET = (path: string, scopes = MEMBER, userId?: string) =>
  api({ corpNum: CORP_NUM, scopes, method: "GET", path, ...(userId ? { userId } : {}) });

/** Every points call's request as the transport receives it (popbill.md §1.7, §3a). */
const SHAPES: Shape[] = [
  {
    name: "GetBalance",
    call: (c) => c.getBalance(CORP_NUM),
    expected: { host: "auth", request: { corpNum: CORP_NUM, scopes: MEMBER, path: "/Point" } },
  },
  {
    name: "GetPartnerBalance",
    call: (c) => c.getPartnerBalance(CORP_NUM),
    expected: {
      host: "auth",
      request: { corpNum: CORP_NUM, scopes: MEMBER, path: "/PartnerPoint" },
    },
  },
  {
    name: "GetPartnerURL",
    call: (c) => c.getPartnerURL(CORP_NUM),
    expected: {
      host: "auth",
      request: { corpNum: CORP_NUM, scopes: MEMBER, path: "/URL?TG=CHRG" },
    },
  },
  {
    name: "GetChargeURL",
    call: (c) => c.getChargeURL(CORP_NUM, "testkorea"),
    expected: GET("/Member?TG=CHRG", MEMBER, "testkorea"),
  },
  {
    name: "GetPaymentURL",
    call: (c) => c.getPaymentURL(CORP_NUM),
    expected: GET("/Member?TG=PAYMENT"),
  },
  {
    name: "GetUseHistoryURL",
    call: (c) => c.getUseHistoryURL(CORP_NUM),
    expected: GET("/Member?TG=USEHISTORY"),
  },
  {
    name: "GetUnitCost CASHBILL (no user id, as CashbillService sends none)",
    call: (c) => c.getUnitCost(CORP_NUM, PointsService.CASHBILL, "testkorea"),
    expected: GET("/Cashbill?cfg=UNITCOST", ["member", "140"]),
  },
  {
    name: "GetUnitCost ACCOUNT_CHECK_NAME",
    call: (c) => c.getUnitCost(CORP_NUM, PointsService.ACCOUNT_CHECK_NAME, "testkorea"),
    expected: GET(
      "/EasyFin/AccountCheck/UnitCost?serviceType=%EC%84%B1%EB%AA%85",
      ["member", "182", "183"],
      "testkorea",
    ),
  },
  {
    name: "GetUnitCost ACCOUNT_CHECK_REAL_NAME",
    call: (c) => c.getUnitCost(CORP_NUM, PointsService.ACCOUNT_CHECK_REAL_NAME),
    expected: GET("/EasyFin/AccountCheck/UnitCost?serviceType=%EC%8B%A4%EB%AA%85", [
      "member",
      "182",
      "183",
    ]),
  },
  {
    name: "GetChargeInfo CASHBILL",
    call: (c) => c.getChargeInfo(CORP_NUM, PointsService.CASHBILL),
    expected: GET("/Cashbill/ChargeInfo", ["member", "140"]),
  },
  {
    name: "GetChargeInfo HOMETAX_CASHBILL",
    call: (c) => c.getChargeInfo(CORP_NUM, PointsService.HOMETAX_CASHBILL),
    expected: GET("/HomeTax/Cashbill/ChargeInfo", ["member", "141"]),
  },
  {
    name: "GetChargeInfo HOMETAX_TAXINVOICE",
    call: (c) => c.getChargeInfo(CORP_NUM, PointsService.HOMETAX_TAXINVOICE, "u1"),
    expected: GET("/HomeTax/Taxinvoice/ChargeInfo", ["member", "111"], "u1"),
  },
  {
    name: "GetChargeInfo ACCOUNT_CHECK_NAME (§5.4)",
    call: (c) => c.getChargeInfo(CORP_NUM, PointsService.ACCOUNT_CHECK_NAME),
    expected: GET("/EasyFin/AccountCheck/ChargeInfo?serviceType=%EC%84%B1%EB%AA%85", [
      "member",
      "182",
      "183",
    ]),
  },
  {
    name: "GetChargeInfo ACCOUNT_CHECK_REAL_NAME",
    call: (c) => c.getChargeInfo(CORP_NUM, PointsService.ACCOUNT_CHECK_REAL_NAME),
    expected: GET("/EasyFin/AccountCheck/ChargeInfo?serviceType=%EC%8B%A4%EB%AA%85", [
      "member",
      "182",
      "183",
    ]),
  },
  {
    name: "GetSettleResult",
    call: (c) => c.getSettleResult(CORP_NUM, "202611230000000052"),
    expected: GET("/Payment/202611230000000052"),
  },
  {
    name: "GetPaymentHistory",
    call: (c) =>
      c.getPaymentHistory(CORP_NUM, { sDate: "20261101", eDate: "20261130", page: 2, perPage: 50 }),
    expected: GET("/PaymentHistory?SDate=20261101&EDate=20261130&Page=2&PerPage=50"),
  },
  {
    name: "GetPaymentHistory without paging",
    call: (c) => c.getPaymentHistory(CORP_NUM, { sDate: "20261101", eDate: "20261130" }),
    expected: GET("/PaymentHistory?SDate=20261101&EDate=20261130"),
  },
  {
    name: "GetUseHistory with Order A",
    call: (c) =>
      c.getUseHistory(CORP_NUM, {
        sDate: "20261101",
        eDate: "20261130",
        page: 1,
        perPage: 500,
        order: "A",
      }),
    expected: GET("/UseHistory?SDate=20261101&EDate=20261130&Page=1&PerPage=500&Order=A"),
  },
  {
    name: "GetUseHistory with Order D",
    call: (c) => c.getUseHistory(CORP_NUM, { sDate: "20261101", eDate: "20261101", order: "D" }),
    expected: GET("/UseHistory?SDate=20261101&EDate=20261101&Order=D"),
  },
  {
    name: "GetRefundHistory in the clean form",
    call: (c) => c.getRefundHistory(CORP_NUM, { page: 1, perPage: 500 }),
    expected: GET("/RefundHistory?Page=1&PerPage=500"),
  },
  {
    name: "GetRefundHistory without paging",
    call: (c) => c.getRefundHistory(CORP_NUM),
    expected: GET("/RefundHistory"),
  },
  {
    name: "GetRefundInfo",
    call: (c) => c.getRefundInfo(CORP_NUM, "RF-001"),
    expected: GET("/Refund/RF-001"),
  },
  {
    name: "GetRefundableBalance",
    call: (c) => c.getRefundableBalance(CORP_NUM),
    expected: GET("/RefundPoint"),
  },
];

describe("points request shapes", () => {
  it.each(SHAPES)("$name", async ({ call, expected }) => {
    const { client, calls } = fakeClient({
      url: "https://x",
      unitCost: "1",
      remainPoint: 1,
      refundableBalance: 1,
    });
    await call(client);
    expect(calls).toEqual([expected]);
  });
});

describe("PaymentRequest and Refund", () => {
  it("posts the PaymentForm with the amount as a string, in the examples' key order, never retried", async () => {
    const { client, last } = fakeClient({ code: 1, settleCode: "S-1" });
    const reply = await client.paymentRequest(
      CORP_NUM,
      {
        settlerName: "담당자",
        settlerEmail: "a@b.co",
        notifyHP: "010-1234-5678",
        paymentName: "입금자",
        settleCost: "11000",
      },
      "testkorea",
    );
    expect(reply.settleCode).toBe("S-1");
    const { request } = last();
    expect(request).toMatchObject({
      method: "POST",
      path: "/Payment",
      scopes: MEMBER,
      userId: "testkorea",
      retry: "never",
    });
    expect(stringifyPopbillBody((request as { body: unknown }).body)).toBe(
      '{"settlerName":"담당자","settlerEmail":"a@b.co","notifyHP":"010-1234-5678","paymentName":"입금자","settleCost":"11000"}',
    );
  });

  it("posts the RefundForm in the examples' key order, never retried", async () => {
    const { client, last } = fakeClient({ code: 1, refundCode: "R-1" });
    await client.refund(CORP_NUM, {
      contactName: "담당자",
      tel: "02-1234-5678",
      requestPoint: "5000",
      accountBank: "국민",
      accountNum: "12345678901234",
      accountName: "예금주",
      reason: "해지",
    });
    const { request } = last();
    expect(request).toMatchObject({ method: "POST", path: "/Refund", retry: "never" });
    expect((request as { userId?: string }).userId).toBeUndefined();
    expect(stringifyPopbillBody((request as { body: unknown }).body)).toBe(
      '{"contactName":"담당자","tel":"02-1234-5678","requestPoint":"5000","accountBank":"국민","accountNum":"12345678901234","accountName":"예금주","reason":"해지"}',
    );
  });
});

describe("client-side refusals (no request sent)", () => {
  const refusals: [string, (c: PointsClient) => Promise<unknown>][] = [
    ["a HomeTax unit cost", (c) => c.getUnitCost(CORP_NUM, PointsService.HOMETAX_CASHBILL)],
    ["a partner URL other than CHRG", (c) => c.getPartnerURL(CORP_NUM, "LOGIN" as "CHRG")],
    ["a settleCode with a slash", (c) => c.getSettleResult(CORP_NUM, "../Member")],
    ["an empty refundCode", (c) => c.getRefundInfo(CORP_NUM, "")],
    [
      "a malformed SDate",
      (c) => c.getPaymentHistory(CORP_NUM, { sDate: "2026-11-01", eDate: "20261130" }),
    ],
    ["page 0", (c) => c.getRefundHistory(CORP_NUM, { page: 0 })],
    [
      "an Order other than D/A",
      (c) => c.getUseHistory(CORP_NUM, { sDate: "20261101", eDate: "20261130", order: "X" as "D" }),
    ],
  ];
  it.each(refusals)("refuses %s", async (_name, call) => {
    const { client, calls } = fakeClient();
    await expect(call(client)).rejects.toBeInstanceOf(InputError);
    expect(calls).toEqual([]);
  });
});

describe("balances", () => {
  it("reads remainPoint whether the wire sends a number or a string", async () => {
    const { client } = fakeClient({ remainPoint: "12345.5" }, { remainPoint: 7 });
    expect(await client.getBalance(CORP_NUM)).toBe(12345.5);
    expect(await client.getPartnerBalance(CORP_NUM)).toBe(7);
  });
});
