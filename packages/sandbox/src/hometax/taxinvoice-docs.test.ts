import { describe, expect, it } from "vitest";
import {
  CORP,
  OTHER_CORP,
  finish,
  registerDemoUser,
  requestJob,
  useHometax,
} from "./hometax.test-helpers.js";

describe("a crawled tax invoice by NTS confirm number", () => {
  const start = useHometax();

  async function crawled(h: Awaited<ReturnType<ReturnType<typeof useHometax>>>) {
    await registerDemoUser(h);
    const jobId = await requestJob(
      h,
      "/HomeTax/Taxinvoice/SELL?DType=W&SDate=20261101&EDate=20261120",
    );
    finish(h);
    const list = await h.call("GET", `/HomeTax/Taxinvoice/${jobId}?Type=N,M&PerPage=3`);
    expect(list.status).toBe(200);
    return list.body.list[0];
  }

  it("answers the detail (HTTaxinvoice), the XML and PopUp/Print URLs of pages showing it", async () => {
    const h = await start();
    const row = await crawled(h);
    const n = row.ntsconfirmNum as string;
    const detail = await h.call("GET", `/HomeTax/Taxinvoice/${n}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      ntsconfirmNum: n,
      writeDate: row.writeDate,
      invoicerCorpNum: CORP,
      totalAmount: row.totalAmount,
      detailList: [expect.objectContaining({ serialNum: 1, itemName: row.itemName })],
    });
    const xml = await h.call("GET", `/HomeTax/Taxinvoice/${n}?T=xml`);
    expect(xml.body).toMatchObject({ ResultCode: 1, Message: n });
    expect(xml.body.retObject).toContain(`<TotalAmount>${row.totalAmount}</TotalAmount>`);
    for (const [target, title] of [
      ["PopUp", "전자세금계산서 보기"],
      ["Print", "전자세금계산서 인쇄"],
    ]) {
      const { body } = await h.call("GET", `/HomeTax/Taxinvoice/${n}/${target}`);
      const page = await fetch(body.url);
      const html = await page.text();
      expect(html).toContain(title);
      expect(html).toContain(n);
      h.clock.advance(30_001);
      expect((await fetch(body.url)).status).toBe(403);
    }
  });

  it("answers -11100020: 400 for a malformed number, 404 for one the member does not hold", async () => {
    const h = await start();
    const row = await crawled(h);
    expect(await h.call("GET", "/HomeTax/Taxinvoice/12345678901234567890123X")).toMatchObject({
      status: 400,
      body: { code: -11100020 },
    });
    const unknown = `${(row.ntsconfirmNum as string).slice(0, 22)}99`;
    expect(await h.call("GET", `/HomeTax/Taxinvoice/${unknown}/PopUp`)).toMatchObject({
      status: 404,
      body: { code: -11100020 },
    });
    const other = await h.token({ corpNum: OTHER_CORP, scopes: ["member", "111"] });
    expect(
      await h.call("GET", `/HomeTax/Taxinvoice/${row.ntsconfirmNum}`, { token: other }),
    ).toMatchObject({ status: 404, body: { code: -11100020 } });
  });
});

describe("the flat-rate contract crawling needs", () => {
  const start = useHometax();

  it("answers 404 -11100030 without one, refuses crawls, and the CHRG page's POST subscribes", async () => {
    const h = await start();
    await registerDemoUser(h);
    h.hometax.setFlatRate(CORP, "Taxinvoice", false);
    expect(await h.call("GET", "/HomeTax/Taxinvoice/Contract")).toMatchObject({
      status: 404,
      body: { code: -11100030 },
    });
    expect(
      await h.call("POST", "/HomeTax/Taxinvoice/BUY?DType=W&SDate=20261101&EDate=20261120"),
    ).toMatchObject({ status: 404, body: { code: -11100030 } });
    expect((await h.call("GET", "/HomeTax/Cashbill/Contract")).status).toBe(200);
    const { body } = await h.call("GET", "/HomeTax/Taxinvoice?TG=CHRG");
    expect(await (await fetch(body.url)).text()).toContain("정액제 미신청");
    expect((await h.call("GET", "/HomeTax/Taxinvoice/Contract")).status).toBe(404);
    expect(await (await fetch(body.url, { method: "POST" })).text()).toContain("신청되었습니다");
    expect((await h.call("GET", "/HomeTax/Taxinvoice/Contract")).body).toMatchObject({ state: 1 });
  });
});
