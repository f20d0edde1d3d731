import { describe, expect, it } from "vitest";
import {
  allRows,
  finish,
  type HometaxHarness,
  registerDemoUser,
  requestJob,
  useHometax,
} from "./hometax.test-helpers.js";

async function crawled(
  h: HometaxHarness,
  direction = "SELL",
  range = "SDate=20261001&EDate=20261031",
) {
  await registerDemoUser(h);
  const jobId = await requestJob(h, `/HomeTax/Cashbill/${direction}?${range}`);
  finish(h);
  return jobId;
}

const sum = (rows: any[], field: string) =>
  rows.reduce((total, row) => total + Number(row[field]), 0);

describe("cash-receipt search", () => {
  const start = useHometax();

  it("refuses a search or summary before the crawl finishes with -11100027", async () => {
    const h = await start();
    await registerDemoUser(h);
    const jobId = await requestJob(h, "/HomeTax/Cashbill/SELL?SDate=20261001&EDate=20261031");
    const unfinished = { status: 400, body: { code: -11100027 } };
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=`)).toMatchObject(unfinished);
    h.clock.advance(2_000);
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}/Summary?TradeType=`)).toMatchObject(
      unfinished,
    );
  });

  it("pages hundreds of receipts, 500 per page by default, newest first", async () => {
    const h = await start();
    const jobId = await crawled(h);
    const first = await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=`);
    expect(first.status).toBe(200);
    const { total, list, ...counters } = first.body;
    expect(total).toBeGreaterThan(300);
    expect(counters).toEqual({
      code: 1,
      message: expect.any(String),
      perPage: 500,
      pageNum: 1,
      pageCount: Math.ceil(total / 500),
    });
    expect(list).toHaveLength(Math.min(500, total));
    const times = list.map((row: any) => row.tradeDT);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("returns every receipt once across pages, and Order=A reverses Order=D", async () => {
    const h = await start();
    const jobId = await crawled(h);
    const pages = [];
    for (let page = 1; page <= 5; page++)
      pages.push(
        ...(
          await h.call(
            "GET",
            `/HomeTax/Cashbill/${jobId}?TradeType=&Page=${page}&PerPage=100&Order=A`,
          )
        ).body.list,
      );
    const all = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeType=&Order=A`);
    expect(pages.length).toBe(all.length);
    expect(new Set(all.map((row) => row.ntsconfirmNum)).size).toBe(all.length);
    expect(pages).toEqual(all);
    const descending = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeType=&Order=D`);
    expect(descending).toEqual([...all].reverse());
    const beyond = await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=&Page=99`);
    expect(beyond.body).toMatchObject({ pageNum: 99, list: [] });
  });

  it.each(["PerPage=1001", "PerPage=0", "Page=0", "Order=X", "TradeType=Q", "TradeUsage=N"])(
    "refuses %s with -10000001",
    async (param) => {
      const h = await start();
      const jobId = await crawled(h);
      expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=&${param}`)).toMatchObject({
        status: 400,
        body: { code: -10000001 },
      });
    },
  );

  it("filters by TradeType and TradeUsage; empty means all; any order and case of names", async () => {
    const h = await start();
    const jobId = await crawled(h);
    const all = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeType=&TradeUsage=`);
    const cancels = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeType=C`);
    expect(cancels.length).toBeGreaterThan(0);
    expect(cancels).toEqual(all.filter((row) => row.tradeType === "취소거래"));
    const proof = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeUsage=C&tradetype=N,C`);
    expect(proof.length).toBeGreaterThan(0);
    expect(proof).toEqual(all.filter((row) => row.tradeUsage === "지출증빙용"));
    const both = await allRows(h, `/HomeTax/Cashbill/${jobId}?TradeType=N,C&TradeUsage=P,C`);
    expect(both).toEqual(all);
  });

  it.each(["", "TradeType=N", "TradeType=C", "TradeUsage=P", "TradeType=N&TradeUsage=C"])(
    "summarises exactly the rows the search returns (%s)",
    async (filters) => {
      const h = await start();
      const jobId = await crawled(h, "BUY");
      const query = filters === "" ? "TradeType=" : filters;
      const rows = await allRows(h, `/HomeTax/Cashbill/${jobId}?${query}`);
      const summary = await h.call("GET", `/HomeTax/Cashbill/${jobId}/Summary?${query}`);
      expect(summary.body).toEqual({
        count: rows.length,
        supplyCostTotal: sum(rows, "supplyCost"),
        taxTotal: sum(rows, "tax"),
        serviceFeeTotal: sum(rows, "serviceFee"),
        amountTotal: sum(rows, "totalAmount"),
      });
    },
  );

  it("answers receipts with the HTCashbill fields, consistent amounts and both kinds of each", async () => {
    const h = await start();
    const rows = await allRows(h, `/HomeTax/Cashbill/${await crawled(h)}?TradeType=`);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(CASHBILL_FIELDS);
      expect(row.ntsconfirmNum).toMatch(/^\d{9}$/);
      expect(row.tradeDT.slice(0, 8)).toBe(row.tradeDate);
      expect(Number(row.tax)).toBe(Math.floor(Number(row.supplyCost) / 10));
      expect(Number(row.supplyCost) + Number(row.tax) + Number(row.serviceFee)).toBe(
        Number(row.totalAmount),
      );
      expect(row.invoiceType).toBe("매출");
      expect(row.franchiseCorpNum).toBe("1234567890");
    }
    const kinds = (field: string) => new Set(rows.map((row) => row[field]));
    expect(kinds("tradeType")).toEqual(new Set(["승인거래", "취소거래"]));
    expect(kinds("tradeUsage")).toEqual(new Set(["소득공제용", "지출증빙용"]));
    expect(kinds("deductionType")).toEqual(new Set([1, 2, 3, 4]));
    expect(rows.some((row) => Number(row.serviceFee) > 0)).toBe(true);
  });

  it("has purchases issued to the member by other businesses", async () => {
    const h = await start();
    const rows = await allRows(h, `/HomeTax/Cashbill/${await crawled(h, "BUY")}?TradeType=`);
    expect(rows.length).toBeGreaterThan(100);
    expect(
      rows.every((row) => row.invoiceType === "매입" && row.franchiseCorpNum !== "1234567890"),
    ).toBe(true);
  });

  it("holds receipts up to yesterday (KST) only", async () => {
    const h = await start();
    const rows = await allRows(
      h,
      `/HomeTax/Cashbill/${await crawled(h, "SELL", "SDate=20261120&EDate=20261130")}?TradeType=`,
    );
    expect(new Set(rows.map((row) => row.tradeDate))).toEqual(
      new Set(["20261120", "20261121", "20261122"]),
    );
  });
});

const CASHBILL_FIELDS = [
  "cardOwnerName",
  "customerName",
  "deductionType",
  "franchiseCorpName",
  "franchiseCorpNum",
  "franchiseCorpType",
  "identityNum",
  "identityNumType",
  "invoiceType",
  "ntsconfirmNum",
  "serviceFee",
  "supplyCost",
  "tax",
  "totalAmount",
  "tradeDT",
  "tradeDate",
  "tradeType",
  "tradeUsage",
];
