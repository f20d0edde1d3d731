import { stringifyPopbillBody } from "@korbill/core-upstream";
import { describe, expect, it } from "vitest";
import { searchPath } from "../client/search.js";
import { CORP_NUM, vectorInputs, vectorWire } from "../testing/vectors.js";
import {
  CancelType,
  CashbillDateType,
  CashbillSortOrder,
  CashbillState,
  TaxationType,
  TradeOption,
  TradeType,
  TradeUsage,
} from "../enums.js";
import { toSearchQuery, toWireCashbill, toWireRevoke } from "./to-wire.js";

describe("toWireCashbill", () => {
  it("maps §5.2's first receipt: KST tradeDT, digit strings, dashes stripped, corpNum as seller", () => {
    const [input] = vectorInputs();
    const { orderNumber: _dropped, ...expected } = vectorWire()[0]!;
    expect(toWireCashbill(input!, CORP_NUM)).toEqual(expected);
  });

  it("leaves tradeDT and tradeOpt out when not given and defaults serviceFee to 0", () => {
    const [, input] = vectorInputs();
    expect(toWireCashbill(input!, CORP_NUM)).toEqual(vectorWire()[1]);
  });

  it("keeps the key order of the SDK", () => {
    const [input] = vectorInputs();
    expect(Object.keys(toWireCashbill(input!, CORP_NUM))).toEqual([
      "mgtKey",
      "tradeDT",
      "tradeType",
      "tradeUsage",
      "tradeOpt",
      "taxationType",
      "supplyCost",
      "tax",
      "serviceFee",
      "totalAmount",
      "franchiseCorpNum",
      "franchiseCorpName",
      "identityNum",
      "customerName",
      "itemName",
      "smssendYN",
    ]);
  });

  it("converts a UTC tradeAt to KST and drops fractions of a second", () => {
    const wire = toWireCashbill(
      { ...vectorInputs()[0]!, tradeAt: "2026-11-22T15:30:00.999Z" },
      CORP_NUM,
    );
    expect(wire.tradeDT).toBe("20261123003000");
  });

  it("maps a cancel receipt with its original's number, date and reason", () => {
    const wire = toWireCashbill(
      {
        ...vectorInputs()[1]!,
        tradeType: TradeType.CANCEL,
        franchiseCorpNum: "9876543210",
        orgConfirmNum: "TB0000178",
        orgTradeDate: "2026-11-22",
        cancelType: CancelType.ISSUED_IN_ERROR,
      },
      CORP_NUM,
    );
    expect(wire).toMatchObject({
      tradeType: "취소거래",
      franchiseCorpNum: "9876543210",
      orgConfirmNum: "TB0000178",
      orgTradeDate: "20261122",
      cancelType: 2,
    });
  });

  it("maps every enum member to its Korean wire string", () => {
    const base = vectorInputs()[1]!;
    const opts = Object.values(TradeOption).map(
      (tradeOption) => toWireCashbill({ ...base, tradeOption }, CORP_NUM).tradeOpt,
    );
    expect(opts).toEqual(["일반", "도서공연", "대중교통"]);
    expect(
      toWireCashbill({ ...base, taxationType: TaxationType.TAXABLE }, CORP_NUM).taxationType,
    ).toBe("과세");
    expect(
      toWireCashbill({ ...base, tradeUsage: TradeUsage.INCOME_DEDUCTION }, CORP_NUM).tradeUsage,
    ).toBe("소득공제용");
  });
});

describe("toWireRevoke", () => {
  const base = { mgtKey: "MK-3", orgConfirmNum: "TB0000178", orgTradeDate: "2026-11-22" };

  it("builds §5.4's short form", () => {
    expect(stringifyPopbillBody(toWireRevoke(base))).toBe(
      '{"mgtKey":"MK-3","orgConfirmNum":"TB0000178","orgTradeDate":"20261122","smssendYN":false,"isPartCancel":false}',
    );
  });

  it("builds §5.4's partial form", () => {
    const wire = toWireRevoke({
      ...base,
      memo: "부분취소",
      partial: {
        supplyCost: 1000,
        tax: 100,
        serviceFee: 0,
        totalAmount: 1100,
        cancelType: CancelType.TRANSACTION_CANCELLED,
      },
    });
    expect(stringifyPopbillBody(wire)).toBe(
      '{"mgtKey":"MK-3","orgConfirmNum":"TB0000178","orgTradeDate":"20261122","smssendYN":false,"memo":"부분취소","isPartCancel":true,"cancelType":1,"supplyCost":"1000","tax":"100","serviceFee":"0","totalAmount":"1100"}',
    );
  });

  it("adds emailSubject and a KST tradeDT last", () => {
    const wire = toWireRevoke({
      ...base,
      sendSms: true,
      emailSubject: "취소",
      tradeAt: "2026-11-23T10:00:00+09:00",
    });
    expect(Object.keys(wire).slice(-2)).toEqual(["emailSubject", "tradeDT"]);
    expect(wire).toMatchObject({ smssendYN: true, tradeDT: "20261123100000" });
  });
});

describe("toSearchQuery", () => {
  it("reaches §5.4's search path from English filters", () => {
    const query = toSearchQuery({
      dateType: CashbillDateType.TRADE,
      from: "2026-11-01",
      to: "2026-11-30",
      states: [CashbillState.ISSUED, CashbillState.CANCELLED],
      tradeTypes: [TradeType.APPROVAL, TradeType.CANCEL],
      tradeOptions: [
        TradeOption.GENERAL,
        TradeOption.BOOKS_PERFORMANCES,
        TradeOption.PUBLIC_TRANSPORT,
      ],
      tradeUsages: [TradeUsage.INCOME_DEDUCTION, TradeUsage.EXPENSE_PROOF],
      taxationTypes: [TaxationType.TAXABLE, TaxationType.TAX_FREE],
      identityNum: "010 1234",
      franchiseTaxRegIds: ["1234", "1000"],
    });
    expect(searchPath(query)).toBe(
      "/Cashbill/Search?DType=T&SDate=20261101&EDate=20261130&State=300,4**&TradeType=N,C&TradeOpt=N,B,T&TradeUsage=P,C&TaxationType=T,N&Order=D&Page=1&PerPage=500&QString=010%201234&FranchiseTaxRegID=1234,1000",
    );
  });

  it("fills the SDK defaults and maps order and date type", () => {
    const query = toSearchQuery({
      dateType: CashbillDateType.REGISTERED,
      from: "2026-11-01",
      to: "2026-11-02",
      order: CashbillSortOrder.ASC,
      page: 3,
      perPage: 50,
      states: [],
    });
    expect(query).toEqual({
      dType: "R",
      sDate: "20261101",
      eDate: "20261102",
      order: "A",
      page: 3,
      perPage: 50,
    });
  });

  it("maps every state to its search code", () => {
    const query = toSearchQuery({
      dateType: CashbillDateType.ISSUED,
      from: "2026-11-01",
      to: "2026-11-02",
      states: [CashbillState.DRAFT, CashbillState.NTS_FILED, CashbillState.NTS_FAILED],
    });
    expect(query.state).toEqual(["1**", "304", "305"]);
    expect(query.dType).toBe("I");
  });
});
