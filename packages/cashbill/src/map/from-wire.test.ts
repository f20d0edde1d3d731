import { describe, expect, it } from "vitest";
import type { WireCashbillInfo } from "../wire.js";
import { stateFromCode } from "./codes.js";
import { CashbillState, TaxationType, TradeOption, TradeType, TradeUsage } from "../enums.js";
import {
  toCashbillView,
  toChargeInfo,
  toIssueResult,
  toSearchResult,
  toUnitCost,
} from "./from-wire.js";

const INFO: WireCashbillInfo = {
  itemKey: "026112310000000001",
  mgtKey: "SUB-001-1",
  tradeDate: "20261123",
  tradeDT: "20261123100203",
  tradeType: "승인거래",
  tradeUsage: "소득공제용",
  tradeOpt: "도서공연",
  taxationType: "과세",
  totalAmount: "11000",
  supplyCost: "10000",
  tax: "1000",
  serviceFee: "0",
  issueDT: "20261123100210",
  regDT: "20261123100209",
  stateCode: 304,
  stateDT: "20261124013000",
  stateMemo: "",
  identityNum: "010****1234",
  itemName: "상품A",
  customerName: "홍길동",
  orderNumber: "",
  email: "buyer@example.com",
  hp: "",
  confirmNum: "TB0000178",
  orgConfirmNum: "",
  orgTradeDate: "",
  ntssendDT: "20261124010000",
  ntsresult: "",
  ntsresultDT: "20261124013000",
  ntsresultCode: "0000",
  ntsresultMessage: "",
  printYN: false,
  interOPYN: true,
};

describe("stateFromCode", () => {
  it.each([
    [100, CashbillState.DRAFT],
    [300, CashbillState.ISSUED],
    [304, CashbillState.NTS_FILED],
    [305, CashbillState.NTS_FAILED],
    [400, CashbillState.CANCELLED],
    [499, CashbillState.CANCELLED],
    [200, CashbillState.UNKNOWN],
    [301, CashbillState.UNKNOWN],
    [999, CashbillState.UNKNOWN],
    ["304", CashbillState.NTS_FILED],
    [null, CashbillState.UNKNOWN],
    [undefined, CashbillState.UNKNOWN],
    ["abc", CashbillState.UNKNOWN],
  ])("maps %s to %s", (code, state) => {
    expect(stateFromCode(code)).toBe(state);
  });
});

describe("toCashbillView", () => {
  it("maps a CashbillInfo to English enums, Int amounts and +09:00 times", () => {
    expect(toCashbillView(INFO)).toEqual({
      mgtKey: "SUB-001-1",
      itemKey: "026112310000000001",
      state: CashbillState.NTS_FILED,
      stateCode: 304,
      stateAt: "2026-11-24T01:30:00+09:00",
      stateMemo: null,
      tradeDate: "2026-11-23",
      tradeAt: "2026-11-23T10:02:03+09:00",
      tradeType: TradeType.APPROVAL,
      tradeUsage: TradeUsage.INCOME_DEDUCTION,
      tradeOption: TradeOption.BOOKS_PERFORMANCES,
      taxationType: TaxationType.TAXABLE,
      supplyCost: 10000,
      tax: 1000,
      serviceFee: 0,
      totalAmount: 11000,
      identityNum: "010****1234",
      customerName: "홍길동",
      itemName: "상품A",
      orderNumber: null,
      email: "buyer@example.com",
      hp: null,
      confirmNum: "TB0000178",
      orgConfirmNum: null,
      orgTradeDate: null,
      issuedAt: "2026-11-23T10:02:10+09:00",
      registeredAt: "2026-11-23T10:02:09+09:00",
      ntsSentAt: "2026-11-24T01:00:00+09:00",
      ntsResultAt: "2026-11-24T01:30:00+09:00",
      ntsResultCode: "0000",
      ntsResultMessage: null,
      printed: false,
      interOp: true,
    });
  });

  it("never throws on values it does not know: they become UNKNOWN or null", () => {
    const odd = {
      itemKey: "",
      mgtKey: "MK-1",
      stateCode: 777,
      tradeType: "미정",
      tradeUsage: "???",
      tradeOpt: "새옵션",
      taxationType: "영세",
      tradeDT: "2026-11-23",
      supplyCost: "1,000",
      totalAmount: "99999999999",
      printYN: "N",
    } as unknown as WireCashbillInfo;
    expect(toCashbillView(odd)).toMatchObject({
      itemKey: null,
      state: CashbillState.UNKNOWN,
      stateCode: 777,
      tradeType: null,
      tradeUsage: null,
      tradeOption: null,
      taxationType: null,
      tradeAt: null,
      supplyCost: null,
      totalAmount: null,
      printed: null,
    });
  });

  it("maps a cancel receipt's original trade date", () => {
    const view = toCashbillView({
      ...INFO,
      tradeType: "취소거래",
      orgConfirmNum: "TB0000177",
      orgTradeDate: "20261122",
    });
    expect(view).toMatchObject({
      tradeType: TradeType.CANCEL,
      orgConfirmNum: "TB0000177",
      orgTradeDate: "2026-11-22",
    });
  });
});

describe("toIssueResult", () => {
  it("maps the issue reply's dates to ISO", () => {
    expect(
      toIssueResult("MK-1", {
        code: 1,
        message: "ok",
        confirmNum: "TB0000178",
        tradeDate: "20261123",
        tradeDT: "20261123100203",
      }),
    ).toEqual({
      mgtKey: "MK-1",
      confirmNum: "TB0000178",
      tradeDate: "2026-11-23",
      tradeAt: "2026-11-23T10:02:03+09:00",
    });
  });

  it("gives nulls when the reply lacks them", () => {
    expect(toIssueResult("MK-1", { code: 1, message: "ok" })).toEqual({
      mgtKey: "MK-1",
      confirmNum: null,
      tradeDate: null,
      tradeAt: null,
    });
  });
});

describe("toSearchResult", () => {
  it("maps the list and the upstream counters, tolerating numeric strings", () => {
    const reply = { code: 1, total: "1", perPage: "500", pageNum: 1, pageCount: 1, list: [INFO] };
    const result = toSearchResult(reply as never);
    expect(result).toMatchObject({ total: 1, page: 1, perPage: 500, pageCount: 1 });
    expect(result.list[0]?.state).toBe(CashbillState.NTS_FILED);
  });
});

describe("toUnitCost / toChargeInfo", () => {
  it("parses the wire strings to numbers", () => {
    expect(toUnitCost({ unitCost: "5.5" })).toEqual({ unitCost: 5.5 });
    expect(toUnitCost({ unitCost: 11 })).toEqual({ unitCost: 11 });
    expect(toChargeInfo({ unitCost: "5", chargeMethod: "일반", rateSystem: "포인트" })).toEqual({
      unitCost: 5,
      chargeMethod: "일반",
      rateSystem: "포인트",
    });
  });

  it("gives null for a unit cost that is not a number", () => {
    expect(toUnitCost({ unitCost: "free" })).toEqual({ unitCost: null });
  });
});
