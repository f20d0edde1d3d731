import { stringifyPopbillBody } from "@korbill/core-upstream";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { CORP_NUM } from "../testing/fake-popbill.js";
import { firstCode, run, schema } from "../testing/schema.js";

describe("the points schema", () => {
  const sdl = printSchema(schema);

  it("keeps the existing fields and adds the ledger with KRW as Int and unit costs as Float", () => {
    expect(sdl).toContain("balance: Int!");
    expect(sdl).toContain("lowBalanceThreshold: Int!");
    expect(sdl).toMatch(/unitCost\(service: PointsService!\): Float/);
    expect(sdl).toContain("settleCost: Int");
    expect(sdl).toContain("partnerBalance(");
    expect(sdl).toContain("pointsEvents(");
  });

  it("describes every type, field and enum value", () => {
    const undocumented = Object.values(schema.getTypeMap())
      .filter(
        (t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean"].includes(t.name),
      )
      .flatMap((type) => {
        const items =
          "getFields" in type
            ? Object.values(type.getFields())
            : "getValues" in type
              ? type.getValues()
              : [];
        const self = ["Query", "Mutation", "Subscription"].includes(type.name) ? [] : [type];
        return [...self, ...items]
          .filter((item) => !item.description)
          .map((item) => `${type.name}.${item.name}`);
      });
    expect(undocumented).toEqual([]);
  });
});

describe("points ledger fields", () => {
  it("refuses bad history arguments with field paths and sends nothing", async () => {
    const cases = [
      '{ points { paymentHistory(from: "2026-02-30", to: "2026-03-01") { total } } }',
      '{ points { paymentHistory(from: "2026-11-30", to: "2026-11-01") { total } } }',
      '{ points { useHistory(from: "2026-11-01", to: "2026-11-30", perPage: 1001) { total } } }',
      '{ points { useHistory(from: "2026-11-01", to: "2026-11-30", perPage: 0) { total } } }',
      "{ points { refundHistory(page: 0) { total } } }",
      '{ points { payment(settleCode: "") { settleState } } }',
      '{ points { refund(refundCode: "") { state } } }',
      "{ points { unitCost(service: HOMETAX_CASHBILL) } }",
    ];
    for (const query of cases) {
      const { result, calls } = await run("member", query);
      expect(firstCode(result), query).toBe("BAD_USER_INPUT");
      expect(calls, query).toEqual([]);
    }
  });

  it("sends the range as yyyyMMdd with default paging and maps string amounts and unknown states", async () => {
    const { result, calls } = await run(
      "member",
      `{ points { paymentHistory(from: "2026-11-01", to: "2026-11-30") {
          total page perPage pageCount
          list { settleCost settlePoint settleState settleStatus registeredAt }
      } } }`,
      [
        {
          code: 1,
          total: "2",
          perPage: 500,
          pageNum: 1,
          pageCount: 1,
          list: [
            {
              settleCost: "110000",
              settlePoint: "110000",
              settleState: 2,
              regDT: "20261101090000",
            },
            { settleCost: "5000", settlePoint: "5000", settleState: 77 },
          ],
        },
      ],
    );
    expect(result.errors).toBeUndefined();
    expect(calls).toEqual([
      {
        host: "api",
        request: {
          corpNum: CORP_NUM,
          scopes: ["member", "140"],
          userId: "testkorea",
          method: "GET",
          path: "/PaymentHistory?SDate=20261101&EDate=20261130&Page=1&PerPage=500",
        },
      },
    ]);
    expect(result.data).toEqual({
      points: {
        paymentHistory: {
          total: 2,
          page: 1,
          perPage: 500,
          pageCount: 1,
          list: [
            {
              settleCost: 110000,
              settlePoint: 110000,
              settleState: 2,
              settleStatus: "COMPLETED",
              registeredAt: "2026-11-01T09:00:00+09:00",
            },
            {
              settleCost: 5000,
              settlePoint: 5000,
              settleState: 77,
              settleStatus: "UNKNOWN",
              registeredAt: null,
            },
          ],
        },
      },
    });
  });

  it("asks the ledger in ascending order when told, and keeps fractional points", async () => {
    const { result, calls } = await run(
      "member",
      '{ points { useHistory(from: "2026-11-01", to: "2026-11-30", order: ASC, page: 2, perPage: 10) { list { item itemCode points balance } } } }',
      [{ list: [{ itemCode: "182", txPoint: "5.5", balance: "1000.5" }] }],
    );
    expect(calls[0]!.request).toMatchObject({
      path: "/UseHistory?SDate=20261101&EDate=20261130&Page=2&PerPage=10&Order=A",
    });
    expect(result.data).toEqual({
      points: {
        useHistory: {
          list: [{ item: "ACCOUNT_CHECK_NAME", itemCode: 182, points: 5.5, balance: 1000.5 }],
        },
      },
    });
  });

  it("asks unit cost and charge info with each service's own scopes", async () => {
    const { result, calls } = await run(
      "member",
      "{ points { unitCost(service: ACCOUNT_CHECK_REAL_NAME) chargeInfo(service: HOMETAX_TAXINVOICE) { service unitCost rateSystem } } }",
      [{ unitCost: "5.5" }, { unitCost: "33000", chargeMethod: "연동과금", rateSystem: "정액제" }],
    );
    expect(result.data).toEqual({
      points: {
        unitCost: 5.5,
        chargeInfo: { service: "HOMETAX_TAXINVOICE", unitCost: 33000, rateSystem: "정액제" },
      },
    });
    expect(
      calls.map((c) => [(c.request as { scopes: readonly string[] }).scopes, c.request.path]),
    ).toEqual([
      [["member", "182", "183"], "/EasyFin/AccountCheck/UnitCost?serviceType=%EC%8B%A4%EB%AA%85"],
      [["member", "111"], "/HomeTax/Taxinvoice/ChargeInfo"],
    ]);
  });

  it("asks charge info without a service as the upstream does: the 성명 account check", async () => {
    const { result, calls } = await run(
      "member",
      "{ points { chargeInfo { service unitCost rateSystem } } }",
      [{ unitCost: "10", chargeMethod: "연동과금", rateSystem: "종량제" }],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      points: { chargeInfo: { service: "ACCOUNT_CHECK_NAME", unitCost: 10, rateSystem: "종량제" } },
    });
    expect(calls.map((c) => c.request.path)).toEqual([
      "/EasyFin/AccountCheck/ChargeInfo?serviceType=%EC%84%B1%EB%AA%85",
    ]);
  });

  it("returns page URLs with expiresAt 30 s ahead", async () => {
    const { result } = await run("member", "{ points { chargeUrl { url expiresAt } } }", [
      { url: "https://p/c" },
    ]);
    expect(result.data).toEqual({
      points: { chargeUrl: { url: "https://p/c", expiresAt: "2026-11-23T10:02:33+09:00" } },
    });
  });

  it("reads the balances as POPBiLL's floats and tells the watch the whole points", async () => {
    const { result, observed } = await run("member", "{ points { balance refundableBalance } }", [
      { remainPoint: "1500.7" },
      { refundableBalance: "1000.5" },
    ]);
    expect(result.data).toEqual({ points: { balance: 1500.7, refundableBalance: 1000.5 } });
    expect(observed).toEqual([[CORP_NUM, 1500]]);
  });

  it("refuses a member key acting for another business with FORBIDDEN", async () => {
    const { result, calls } = await run("member", '{ points(corpNum: "9999999999") { balance } }');
    expect(firstCode(result)).toBe("FORBIDDEN");
    expect(calls).toEqual([]);
  });
});

describe("charge and refund mutations", () => {
  const PAY = `mutation($input: PointsPaymentInput!) { requestPointsPayment(input: $input) { settleCode } }`;

  it("sends the PaymentForm with settleCost as a string", async () => {
    const { result, calls } = await run(
      "member",
      PAY,
      [{ code: 1, settleCode: "202611230000000052" }],
      {
        input: {
          settlerName: "담당자",
          settlerEmail: "pay@example.com",
          notifyPhone: "010-1234-5678",
          depositorName: "코빌",
          settleCost: 110000,
        },
      },
    );
    expect(result.data).toEqual({ requestPointsPayment: { settleCode: "202611230000000052" } });
    expect(stringifyPopbillBody((calls[0]!.request as { body: unknown }).body)).toBe(
      '{"settlerName":"담당자","settlerEmail":"pay@example.com","notifyHP":"010-1234-5678","paymentName":"코빌","settleCost":"110000"}',
    );
  });

  it("refuses settleCost 0 without a call", async () => {
    const { result, calls } = await run("member", PAY, [], {
      input: {
        settlerName: "a",
        settlerEmail: "a@b.co",
        notifyPhone: "01012345678",
        depositorName: "b",
        settleCost: 0,
      },
    });
    expect(firstCode(result)).toBe("BAD_USER_INPUT");
    expect(calls).toEqual([]);
  });

  it("sends a refund, then re-reads the balance for the watch", async () => {
    const { result, calls, observed } = await run(
      "member",
      `mutation($input: PointsRefundInput!) { requestPointsRefund(input: $input) { refundCode } }`,
      [{ code: 1, refundCode: "RF-1" }, { remainPoint: 4000 }],
      {
        input: {
          contactName: "담당자",
          contactPhone: "02-1234-5678",
          requestPoint: 5000,
          bankName: "국민",
          accountNumber: "123456-01-234567",
          accountHolder: "코빌",
          reason: "해지",
        },
      },
    );
    expect(result.data).toEqual({ requestPointsRefund: { refundCode: "RF-1" } });
    expect(calls.map((c) => (c.request as { path: string }).path)).toEqual(["/Refund", "/Point"]);
    expect(observed).toEqual([[CORP_NUM, 4000]]);
  });

  it("still answers the refund when the balance re-read fails", async () => {
    const { result } = await run(
      "member",
      `mutation($input: PointsRefundInput!) { requestPointsRefund(input: $input) { refundCode } }`,
      [{ code: 1, refundCode: "RF-2" }, new Error("auth host down")],
      {
        input: {
          contactName: "담당자",
          contactPhone: "02-1234-5678",
          requestPoint: 1,
          bankName: "국민",
          accountNumber: "12345678",
          accountHolder: "코빌",
          reason: "해지",
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ requestPointsRefund: { refundCode: "RF-2" } });
  });
});

describe("account-holder checks", () => {
  it("looks up a holder name", async () => {
    const { result, calls } = await run(
      "member",
      'mutation { checkAccountHolder(input: { bankCode: "0004", accountNumber: "123456-01-234567" }) { accountHolder outcome checkedAt } }',
      [{ accountName: "홍길동", result: "0000", checkDate: "1795395723000" }],
    );
    expect(result.data).toEqual({
      checkAccountHolder: {
        accountHolder: "홍길동",
        outcome: "SUCCESS",
        checkedAt: "2026-11-23T10:02:03+09:00",
      },
    });
    expect(calls[0]!.request).toMatchObject({
      method: "POST",
      scopes: ["member", "182", "183"],
      path: "/EasyFin/AccountCheck?c=0004&n=12345601234567",
    });
  });

  it("verifies a holder and refuses a birth date that is not yyMMdd", async () => {
    const ok = await run(
      "member",
      'mutation { verifyAccountHolder(input: { bankCode: "0088", accountNumber: "110123456789", identityType: PERSON, identityNum: "900101" }) { identityType result outcome } }',
      [{ identityNumType: "P", result: "0000" }],
    );
    expect(ok.result.data).toEqual({
      verifyAccountHolder: { identityType: "PERSON", result: "0000", outcome: "SUCCESS" },
    });
    expect(ok.calls[0]!.request).toMatchObject({
      path: "/EasyFin/DepositorCheck?c=0088&n=110123456789&t=P&p=900101",
    });
    const bad = await run(
      "member",
      'mutation { verifyAccountHolder(input: { bankCode: "0088", accountNumber: "110123456789", identityType: PERSON, identityNum: "19900101" }) { result } }',
    );
    expect(firstCode(bad.result)).toBe("BAD_USER_INPUT");
    expect(bad.calls).toEqual([]);
  });
});
