import { describe, expect, it } from "vitest";
import { crawlCashbills } from "./cashbill-data.js";
import {
  allRows,
  finish,
  type HometaxHarness,
  OTHER_CORP,
  registerDemoUser,
  requestJob,
  useHometax,
} from "./hometax.test-helpers.js";
import { COUNTERPARTS, withCheckDigit } from "./parties.js";
import { crawlTaxinvoices } from "./taxinvoice-data.js";

const MEMBER = { corpNum: "1234567890", corpName: "데모상사", ceoName: "김데모" };
const TODAY = "20261123";

async function crawl(h: HometaxHarness, path: string, token?: string): Promise<any[]> {
  const jobId = await requestJob(h, path, token);
  finish(h);
  const service = path.split("/")[2];
  const first = service === "Cashbill" ? "TradeType=" : "Type=";
  return allRows(h, `/HomeTax/${service}/${jobId}?${first}&Order=A`, token);
}

describe("crawled data over HTTP", () => {
  const start = useHometax();

  it("is the same for the same inputs, in the same and in another sandbox", async () => {
    const path = "/HomeTax/Taxinvoice/BUY?DType=W&SDate=20261001&EDate=20261015";
    const first = await start();
    await registerDemoUser(first);
    const a = await crawl(first, path);
    const b = await crawl(first, path);
    const second = await start();
    await registerDemoUser(second);
    expect(a.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
    expect(await crawl(second, path)).toEqual(a);
  });

  it("differs between members and agrees where ranges overlap", async () => {
    const h = await start();
    await registerDemoUser(h);
    const october = await crawl(h, "/HomeTax/Cashbill/SELL?SDate=20261001&EDate=20261031");
    const week = await crawl(h, "/HomeTax/Cashbill/SELL?SDate=20261010&EDate=20261016");
    expect(week).toEqual(
      october.filter((row) => row.tradeDate >= "20261010" && row.tradeDate <= "20261016"),
    );
    const other = await h.token({ corpNum: OTHER_CORP });
    const reply = await h.registDeptUser(
      "Cashbill",
      { id: "demo-dept", pwd: "demo-pass-1!" },
      other,
    );
    expect(reply.body.code).toBe(1);
    const theirs = await crawl(h, "/HomeTax/Cashbill/SELL?SDate=20261010&EDate=20261016", other);
    expect(theirs.every((row) => row.franchiseCorpName === "예제물산")).toBe(true);
    expect(theirs.map((row) => row.totalAmount)).not.toEqual(week.map((row) => row.totalAmount));
  });
});

describe("crawled data generators", () => {
  it("scale with the number of days", () => {
    const days = (eDate: string) =>
      crawlCashbills({ member: MEMBER, direction: "SELL", sDate: "20260801", eDate, today: TODAY })
        .length;
    const oneMonth = days("20260831");
    expect(oneMonth).toBeGreaterThan(300);
    expect(days("20261031") / oneMonth).toBeCloseTo(3, 0);
  });

  it("show each tax invoice under every DType", () => {
    const crawl = (dType: "W" | "I" | "S") =>
      crawlTaxinvoices({
        member: MEMBER,
        direction: "SELL",
        dType,
        sDate: "20260701",
        eDate: "20260930",
        today: TODAY,
      });
    const written = new Map(crawl("W").map((row) => [row.ntsconfirmNum, row]));
    const sentInAugust = crawl("S").filter((row) => row.sendDate.startsWith("202608"));
    for (const row of sentInAugust)
      if (row.writeDate >= "20260701") expect(written.get(row.ntsconfirmNum)).toEqual(row);
  });

  it("use valid registration numbers for counterparts", () => {
    for (const party of COUNTERPARTS) {
      expect(party.corpNum).toMatch(/^\d{10}$/);
      expect(withCheckDigit(party.corpNum.slice(0, 9))).toBe(party.corpNum);
    }
    expect(withCheckDigit("123456789")).toBe("1234567891");
  });
});
