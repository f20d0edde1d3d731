import { describe, expect, it } from "vitest";
import { type PopbillHarness, type Reply, usePopbill } from "./popbill.test-helpers.js";

const RANGE = "DType=R&SDate=20261101&EDate=20261130";

/** Five receipts of 1234567890, issued one minute apart from 10:02:03 KST on Nov 23. */
async function seed(harness: PopbillHarness): Promise<void> {
  const rows: Record<string, unknown>[] = [
    { mgtKey: "S-1", identityNum: "01012341234" },
    {
      mgtKey: "S-2",
      tradeUsage: "지출증빙용",
      identityNum: "1234567890",
      franchiseTaxRegID: "0001",
    },
    { mgtKey: "S-3", taxationType: "비과세", tax: "0", totalAmount: "10000", tradeOpt: "도서공연" },
    {
      mgtKey: "S-4",
      identityNum: "01099990305",
      tradeDT: "20261122235959",
      franchiseTaxRegID: "0002",
    },
    { mgtKey: "S-5", tradeOpt: "대중교통", identityNum: "01055556666" },
  ];
  for (const row of rows) {
    expect((await harness.issue(row)).status).toBe(200);
    harness.sandbox.clock.advance(60_000);
  }
}

function keys(reply: Reply): string[] {
  return reply.body.list.map((info: { mgtKey: string }) => info.mgtKey);
}

describe("GET /Cashbill/Search", () => {
  const start = usePopbill();

  async function seeded(): Promise<PopbillHarness> {
    const harness = await start({ settings: { tokenLifetimeMs: 7 * 24 * 60 * 60 * 1000 } });
    await seed(harness);
    return harness;
  }

  const search = (h: PopbillHarness, query: string) => h.call("GET", `/Cashbill/Search?${query}`);

  it("lists the member's receipts newest first with numeric counters", async () => {
    const h = await seeded();
    const reply = await search(h, RANGE);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ code: 1, total: 5, perPage: 500, pageNum: 1, pageCount: 1 });
    expect(keys(reply)).toEqual(["S-5", "S-4", "S-3", "S-2", "S-1"]);
    expect(keys(await search(h, `${RANGE}&Order=A`))).toEqual(["S-1", "S-2", "S-3", "S-4", "S-5"]);
  });

  it("pages with Page and PerPage", async () => {
    const h = await seeded();
    const reply = await search(h, `${RANGE}&Order=A&Page=2&PerPage=2`);
    expect(reply.body).toMatchObject({ total: 5, perPage: 2, pageNum: 2, pageCount: 3 });
    expect(keys(reply)).toEqual(["S-3", "S-4"]);
    expect(keys(await search(h, `${RANGE}&Page=4&PerPage=2`))).toEqual([]);
  });

  it("filters by the coded fields, alone and combined", async () => {
    const h = await seeded();
    const cases: [string, string[]][] = [
      ["TradeUsage=C", ["S-2"]],
      ["TradeUsage=P,C", ["S-1", "S-2", "S-3", "S-4", "S-5"]],
      ["TaxationType=N", ["S-3"]],
      ["TradeOpt=B,T", ["S-3", "S-5"]],
      ["TradeType=C", []],
      ["TradeType=N&TaxationType=T&TradeOpt=N", ["S-1", "S-2", "S-4"]],
      ["QString=0305", ["S-4"]],
      ["QString=010%201234", ["S-1", "S-3"]],
      ["FranchiseTaxRegID=0001,0002", ["S-2", "S-4"]],
    ];
    for (const [filter, expected] of cases) {
      expect(keys(await search(h, `${RANGE}&Order=A&${filter}`)), filter).toEqual(expected);
    }
  });

  it("matches State codes with * wildcards as filing moves them", async () => {
    const h = await seeded();
    h.sandbox.clock.set("2026-11-24T03:00:00.000Z"); // 12:00 KST next day: filed
    const cases: [string, string[]][] = [
      ["State=3**", ["S-1", "S-2", "S-3", "S-4", "S-5"]],
      ["State=305", ["S-4"]],
      ["State=304", ["S-1", "S-2", "S-3", "S-5"]],
      ["State=30*,1**", ["S-1", "S-2", "S-3", "S-4", "S-5"]],
      ["State=300", []],
      ["State=4**", []],
    ];
    for (const [filter, expected] of cases) {
      expect(keys(await search(h, `${RANGE}&Order=A&${filter}`)), filter).toEqual(expected);
    }
  });

  it("searches by trade date with DType=T, reaching the day before issue", async () => {
    const h = await seeded();
    const t22 = await search(h, "DType=T&SDate=20261122&EDate=20261122");
    expect(keys(t22)).toEqual(["S-4"]);
    const r22 = await search(h, "DType=R&SDate=20261122&EDate=20261122");
    expect(keys(r22)).toEqual([]);
    expect((await search(h, "DType=I&SDate=20261123&EDate=20261123")).body.total).toBe(5);
  });

  it("answers the data agreeing with getInfo", async () => {
    const h = await seeded();
    const listed = (await search(h, `${RANGE}&QString=1234567890`)).body.list[0];
    expect(listed).toEqual((await h.info("S-2")).body);
  });

  it("does not list another member's receipts", async () => {
    const h = await seeded();
    const { searchCashbills, parseSearchQuery } = await import("../cashbill/search.js");
    const other = searchCashbills(
      h.sandbox.state.cashbills,
      "6798700433",
      parseSearchQuery(new URLSearchParams(RANGE)),
    );
    expect(other.total).toBe(0);
  });

  const refusals = [
    "SDate=20261101&EDate=20261130",
    "DType=X&SDate=20261101&EDate=20261130",
    "DType=R&SDate=20261131&EDate=20261130",
    "DType=R&SDate=20261130&EDate=20261101",
    "DType=R&SDate=20260101&EDate=20260702",
    `${RANGE}&State=3*`,
    `${RANGE}&TradeType=X`,
    `${RANGE}&Order=Z`,
    `${RANGE}&Page=0`,
    `${RANGE}&PerPage=1001`,
  ];
  for (const query of refusals) {
    it(`refuses ${query} with -10000001`, async () => {
      const h = await start();
      expect(await search(h, query)).toMatchObject({ status: 400, body: { code: -10000001 } });
    });
  }

  it("accepts a window of exactly six months", async () => {
    const h = await start();
    expect((await search(h, "DType=R&SDate=20260101&EDate=20260701")).status).toBe(200);
  });
});
