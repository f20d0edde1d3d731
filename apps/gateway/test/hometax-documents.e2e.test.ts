import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const CORP = "1234567890";
const isoDay = (daysAgo: number) =>
  new Date(Date.now() + 9 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

interface Invoice {
  ntsConfirmNum: string;
  totalAmount: number;
  supplyCostTotal: number;
  itemName: string;
  invoicer: { corpName: string };
}

describe("HomeTax flat rate and crawled tax-invoice documents end to end", () => {
  let t: TestGateway;
  const gql = async <T = Record<string, any>>(
    q: string,
    v: Record<string, unknown> = {},
    key: string = DEMO_KEYS.member,
  ) => (await t.gql<T>(q, v, key)).body;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    r.errors?.[0]?.extensions ?? {};
  let invoice: Invoice;

  beforeAll(async () => {
    t = await startTestGateway();
    sandbox().hometax.setJobTiming({ pendingMs: 0, processingMs: 0 });
    const reg = await gql(
      'mutation { registerHometaxDeptUser(service: TAXINVOICE, id: "demo-dept", password: "demo-pass-1!") { deptUserRegistered } }',
    );
    expect(reg.errors, JSON.stringify(reg.errors)).toBeUndefined();
  });
  afterAll(() => t?.close());

  it("shows the flat-rate contract and its subscription popup", async () => {
    const r = await gql(`{
      hometaxFlatRate(service: TAXINVOICE) { service corpNum active state contractedAt useEndDate useRestricted problemCode }
      hometaxFlatRatePopupUrl(service: CASHBILL) { url expiresAt }
    }`);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.hometaxFlatRate).toMatchObject({
      service: "TAXINVOICE",
      corpNum: CORP,
      active: true,
      state: 1,
      useRestricted: false,
      problemCode: null,
    });
    expect(r.data!.hometaxFlatRate.useEndDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const popup = r.data!.hometaxFlatRatePopupUrl;
    expect(Date.parse(popup.expiresAt) - Date.now()).toBeLessThanOrEqual(31_000);
    const page = await fetch(popup.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("정액제 이용중");
    const path = sandbox().requests.last({ path: "/HomeTax/Cashbill" });
    expect(path?.query).toBe("TG=CHRG");
  });

  it("without a contract: readiness says so and names the popup, crawls are refused, the popup subscribes", async () => {
    sandbox().hometax.setFlatRate(CORP, "Taxinvoice", false);
    const flat = await gql("{ hometaxFlatRate(service: TAXINVOICE) { active problemCode } }");
    expect(flat.errors, JSON.stringify(flat.errors)).toBeUndefined();
    expect(flat.data!.hometaxFlatRate).toEqual({ active: false, problemCode: -11100030 });
    const ready = await gql(
      "{ hometaxReadiness(service: TAXINVOICE) { status method advice flatRateActive problemCode } }",
    );
    expect(ready.errors, JSON.stringify(ready.errors)).toBeUndefined();
    expect(ready.data!.hometaxReadiness).toMatchObject({
      status: "FLAT_RATE_MISSING",
      method: "DEPT_USER",
      flatRateActive: false,
      problemCode: -11100030,
    });
    expect(ready.data!.hometaxReadiness.advice).toMatch(/flat-rate.*hometaxFlatRatePopupUrl/);
    const job = await gql(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      {
        i: {
          service: "TAXINVOICE",
          direction: "BUY",
          dateType: "WRITE",
          from: isoDay(30),
          to: isoDay(1),
        },
      },
    );
    expect(ext(job)).toMatchObject({ code: "UPSTREAM_ERROR", upstreamCode: -11100030 });

    const popup = await gql("{ hometaxFlatRatePopupUrl(service: TAXINVOICE) { url } }");
    const url = popup.data!.hometaxFlatRatePopupUrl.url as string;
    expect(await (await fetch(url)).text()).toContain("정액제 미신청");
    const subscribe = await fetch(url, { method: "POST" });
    expect(await subscribe.text()).toContain("정액제가 신청되었습니다");
    const after = await gql("{ hometaxReadiness(service: TAXINVOICE) { status flatRateActive } }");
    expect(after.data!.hometaxReadiness).toEqual({ status: "READY", flatRateActive: true });
  });

  it("crawls tax invoices, then reads one in full, as XML, and opens its view and print pages", async () => {
    const job = await gql(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      {
        i: {
          service: "TAXINVOICE",
          direction: "SELL",
          dateType: "WRITE",
          from: isoDay(30),
          to: isoDay(2),
        },
      },
    );
    expect(job.errors, JSON.stringify(job.errors)).toBeUndefined();
    const jobId = job.data!.requestHometaxJob.jobId as string;
    let items: Invoice[] = [];
    const deadline = Date.now() + 30_000;
    while (items.length === 0) {
      if (Date.now() > deadline) throw new Error("no crawled invoices within 30 s");
      const r = await gql(
        "query($j: String!) { hometaxTaxinvoices(jobId: $j, perPage: 5) { items { ntsConfirmNum totalAmount supplyCostTotal itemName invoicer { corpName } } } }",
        { j: jobId },
      );
      items = r.data?.hometaxTaxinvoices?.items ?? [];
      if (items.length === 0) await new Promise((done) => setTimeout(done, 100));
    }
    invoice = items[0]!;

    const r = await gql(
      `query($n: String!) {
        hometaxTaxinvoiceDetail(ntsConfirmNum: $n) {
          ntsConfirmNum writeDate issuedAt taxType purposeType supplyCostTotal totalAmount
          invoicer { corpNum corpName } invoicee { corpName } remarks
          items { serialNum itemName supplyCost tax }
        }
        hometaxTaxinvoiceXml(ntsConfirmNum: $n)
        hometaxTaxinvoiceViewUrl(ntsConfirmNum: $n) { url expiresAt }
        hometaxTaxinvoicePrintUrl(ntsConfirmNum: $n) { url expiresAt }
      }`,
      { n: invoice.ntsConfirmNum },
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const detail = r.data!.hometaxTaxinvoiceDetail;
    expect(detail).toMatchObject({
      ntsConfirmNum: invoice.ntsConfirmNum,
      totalAmount: invoice.totalAmount,
      supplyCostTotal: invoice.supplyCostTotal,
      invoicer: { corpNum: CORP, corpName: invoice.invoicer.corpName },
    });
    expect(detail.items).toHaveLength(1);
    expect(detail.items[0]).toMatchObject({ serialNum: 1, itemName: invoice.itemName });
    expect(detail.issuedAt).toMatch(/\+09:00$/);
    expect(r.data!.hometaxTaxinvoiceXml).toContain(`<IssueID>${invoice.ntsConfirmNum}</IssueID>`);
    expect(
      sandbox().requests.last({ path: `/HomeTax/Taxinvoice/${invoice.ntsConfirmNum}` })?.query,
    ).toBe("T=xml");

    for (const [name, title] of [
      ["hometaxTaxinvoiceViewUrl", "전자세금계산서 보기"],
      ["hometaxTaxinvoicePrintUrl", "전자세금계산서 인쇄"],
    ] as const) {
      const u = r.data![name];
      expect(Date.parse(u.expiresAt) - Date.now()).toBeLessThanOrEqual(31_000);
      const page = await fetch(u.url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(title);
      expect(html).toContain(invoice.ntsConfirmNum);
      expect(html).toContain(`<td id="total-amount">${invoice.totalAmount}</td>`);
    }
  });

  it("refuses bad numbers, services and other members before any upstream call", async () => {
    sandbox().requests.clear();
    for (const bad of [
      "",
      "12345",
      "1".repeat(25),
      "2026010141 12345 6789012 34",
      "<x>".repeat(8),
    ]) {
      for (const field of [
        "hometaxTaxinvoiceDetail(ntsConfirmNum: $n) { ntsConfirmNum }",
        "hometaxTaxinvoiceXml(ntsConfirmNum: $n)",
        "hometaxTaxinvoiceViewUrl(ntsConfirmNum: $n) { url }",
        "hometaxTaxinvoicePrintUrl(ntsConfirmNum: $n) { url }",
      ]) {
        const r = await gql(`query($n: String!) { ${field} }`, { n: bad });
        expect(ext(r).code, `${field} ${bad}`).toBe("BAD_USER_INPUT");
      }
    }
    const other = await gql(
      `{ hometaxFlatRate(service: TAXINVOICE, corpNum: "6798700433") { active } }`,
    );
    expect(ext(other).code).toBe("FORBIDDEN");
    const otherDoc = await gql(
      `query($n: String!) { hometaxTaxinvoiceDetail(ntsConfirmNum: $n, corpNum: "6798700433") { ntsConfirmNum } }`,
      { n: invoice.ntsConfirmNum },
    );
    expect(ext(otherDoc).code).toBe("FORBIDDEN");
    expect(sandbox().requests.count({ host: "popbill" })).toBe(0);
  });

  it("answers an unknown or another member's invoice number with -11100020", async () => {
    const unknown = `${invoice.ntsConfirmNum.slice(0, 22)}99`; // index 99: never made
    const r = await gql(
      "query($n: String!) { hometaxTaxinvoiceDetail(ntsConfirmNum: $n) { ntsConfirmNum } }",
      {
        n: unknown,
      },
    );
    expect(ext(r)).toMatchObject({ code: "UPSTREAM_ERROR", upstreamCode: -11100020 });
    const asPartner = await gql(
      `query($n: String!) { hometaxTaxinvoiceDetail(ntsConfirmNum: $n, corpNum: "6798700433") { ntsConfirmNum } }`,
      { n: invoice.ntsConfirmNum },
      DEMO_KEYS.partner,
    );
    expect(ext(asPartner)).toMatchObject({ upstreamCode: -11100020 });
  });
});
