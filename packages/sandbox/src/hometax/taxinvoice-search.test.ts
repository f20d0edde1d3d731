import { describe, expect, it } from "vitest";
import {
  allRows,
  finish,
  type HometaxHarness,
  registerDemoUser,
  requestJob,
  useHometax,
} from "./hometax.test-helpers.js";

async function crawled(h: HometaxHarness, direction = "SELL", dType = "W") {
  await registerDemoUser(h);
  const jobId = await requestJob(
    h,
    `/HomeTax/Taxinvoice/${direction}?DType=${dType}&SDate=20260901&EDate=20261031`,
  );
  finish(h);
  return `/HomeTax/Taxinvoice/${jobId}`;
}

const sum = (rows: any[], field: string) =>
  rows.reduce((total, row) => total + Number(row[field]), 0);

describe("tax-invoice search", () => {
  const start = useHometax();

  it("answers pages of HTTaxinvoiceAbbr with consistent amounts and a 과세/영세/면세 mix", async () => {
    const h = await start();
    const path = await crawled(h);
    const first = await h.call("GET", `${path}?Type=`);
    expect(first.body).toMatchObject({ code: 1, perPage: 500, pageNum: 1 });
    expect(first.body.total).toBeGreaterThan(300);
    const rows = await allRows(h, `${path}?Type=`);
    expect(rows).toHaveLength(first.body.total);
    for (const row of rows) {
      expect(row.ntsconfirmNum).toMatch(/^\d{24}$/);
      expect(row.invoicerCorpNum).toBe("1234567890");
      expect(row.invoiceType).toBe("매출");
      const supply = Number(row.supplyCostTotal);
      const tax =
        row.taxType === "과세" ? Math.sign(supply) * Math.floor(Math.abs(supply) / 10) : 0;
      expect(Number(row.taxTotal)).toBe(tax);
      expect(Number(row.totalAmount)).toBe(supply + tax);
      expect(row.writeDate <= row.issueDate && row.issueDate <= row.sendDate).toBe(true);
      expect(row.modifyYN).toBe(row.orgNTSConfirmNum !== "");
    }
    expect(new Set(rows.map((row) => row.taxType))).toEqual(new Set(["과세", "영세", "면세"]));
    expect(new Set(rows.map((row) => row.purposeType))).toEqual(new Set(["영수", "청구", "없음"]));
  });

  it("names the member as invoicee on purchases and as trustee on trustee crawls", async () => {
    const h = await start();
    const bought = await allRows(h, `${await crawled(h, "BUY")}?Type=`);
    expect(
      bought.every((row) => row.invoiceeCorpNum === "1234567890" && row.invoiceType === "매입"),
    ).toBe(true);
    const trusted = await allRows(h, `${await crawled(h, "TRUSTEE")}?Type=`);
    expect(trusted.length).toBeGreaterThan(100);
    for (const row of trusted) {
      expect(row).toMatchObject({ trusteeCorpNum: "1234567890", invoiceType: "수탁" });
      expect(row.invoicerCorpNum).not.toBe(row.invoiceeCorpNum);
    }
  });

  it.each([
    ["W", "writeDate"],
    ["I", "issueDate"],
    ["S", "sendDate"],
  ])("selects DType=%s on %s, ordered by it", async (dType, field) => {
    const h = await start();
    const rows = await allRows(h, `${await crawled(h, "SELL", dType)}?Type=&Order=A`);
    const dates = rows.map((row) => row[field]);
    expect(dates.every((date) => date >= "20260901" && date <= "20261031")).toBe(true);
    expect(dates).toEqual([...dates].sort());
  });

  it("filters by Type, TaxType and PurposeType", async () => {
    const h = await start();
    const path = await crawled(h);
    const all = await allRows(h, `${path}?Type=`);
    const cases: [string, (row: any) => boolean][] = [
      ["Type=M", (row) => row.modifyYN],
      ["Type=N", (row) => !row.modifyYN],
      ["Type=&TaxType=Z", (row) => row.taxType === "영세"],
      ["Type=&TaxType=N,T", (row) => row.taxType !== "영세"],
      ["Type=&PurposeType=N", (row) => row.purposeType === "없음"],
      ["Type=N,M&PurposeType=R,C", (row) => row.purposeType !== "없음"],
    ];
    for (const [query, keep] of cases) {
      const rows = await allRows(h, `${path}?${query}`);
      expect(rows.length, query).toBeGreaterThan(0);
      expect(rows, query).toEqual(all.filter(keep));
    }
  });

  it("filters by branch numbers (TaxRegIDType, TaxRegID, TaxRegIDYN)", async () => {
    const h = await start();
    const path = await crawled(h);
    const all = await allRows(h, `${path}?Type=`);
    const withBranch = await allRows(h, `${path}?Type=&TaxRegIDType=B&TaxRegIDYN=1`);
    expect(withBranch.length).toBeGreaterThan(0);
    expect(withBranch).toEqual(all.filter((row) => row.invoiceeTaxRegID !== ""));
    const none = await allRows(h, `${path}?TaxRegIDYN=0&TaxRegIDType=B&Type=`);
    expect(none).toEqual(all.filter((row) => row.invoiceeTaxRegID === ""));
    const listed = await allRows(h, `${path}?Type=&TaxRegIDType=B&TaxRegID=0001,0003`);
    expect(listed).toEqual(all.filter((row) => ["0001", "0003"].includes(row.invoiceeTaxRegID)));
    const seller = await allRows(h, `${path}?Type=&TaxRegIDType=S&TaxRegIDYN=1`);
    expect(seller).toEqual([]);
  });

  it("searches counterparts by %-encoded name or registration number", async () => {
    const h = await start();
    const path = await crawled(h);
    const all = await allRows(h, `${path}?Type=`);
    const target = all[0];
    const name = target.invoiceeCorpName.replace("(주)", "");
    const byName = await allRows(h, `${path}?Type=&SearchString=${encodeURIComponent(name)}`);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName).toEqual(all.filter((row) => row.invoiceeCorpName.includes(name)));
    const num = target.invoiceeCorpNum;
    const dashed = `${num.slice(0, 3)}-${num.slice(3, 5)}-${num.slice(5)}`;
    const byNumber = await allRows(h, `${path}?SearchString=${dashed}&Type=`);
    expect(byNumber).toEqual(all.filter((row) => row.invoiceeCorpNum === num));
    const own = await allRows(h, `${path}?Type=&SearchString=${encodeURIComponent("데모상사")}`);
    expect(own).toEqual([]);
  });

  it.each([
    "Type=X",
    "TaxType=V",
    "PurposeType=Q",
    "TaxRegIDType=Z",
    "TaxRegIDYN=2",
    "TaxRegID=12",
  ])("refuses %s with -10000001", async (param) => {
    const h = await start();
    const path = await crawled(h);
    expect(await h.call("GET", `${path}?${param}`)).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });

  it.each([
    "Type=",
    "Type=M",
    "Type=N&TaxType=T",
    "Type=&PurposeType=C&TaxRegIDType=B&TaxRegIDYN=0",
    "Type=&TaxType=Z,N&SearchString=%EC%A3%BC",
  ])("summarises exactly the rows the search returns (%s)", async (query) => {
    const h = await start();
    const path = await crawled(h, "BUY", "I");
    const rows = await allRows(h, `${path}?${query}`);
    expect((await h.call("GET", `${path}/Summary?${query}`)).body).toEqual({
      count: rows.length,
      supplyCostTotal: sum(rows, "supplyCostTotal"),
      taxTotal: sum(rows, "taxTotal"),
      amountTotal: sum(rows, "totalAmount"),
    });
  });
});
