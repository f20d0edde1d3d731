import { describe, expect, it } from "vitest";
import { HometaxDateType, HometaxService } from "../enums.js";
import { amount, toJobViewFromWire, toTaxinvoicePage, toTaxinvoiceView } from "./from-wire.js";
import { toTaxinvoiceSearchQuery, toWireJobRequest } from "./to-wire.js";

describe("crawled tax invoices", () => {
  const wire = {
    ntsconfirmNum: "20261105410000120000abcd",
    writeDate: "20261105",
    issueDate: "20261106",
    sendDate: "20261107",
    taxType: "영세",
    purposeType: "청구",
    modifyYN: true,
    orgNTSConfirmNum: "20261001410000120000zzzz",
    invoiceType: "매입",
    invoicerCorpNum: "1112233333",
    invoicerTaxRegID: "0001",
    invoicerCorpName: "공급자",
    invoicerCEOName: "김대표",
    invoicerEmail: "s@example.com",
    invoiceeCorpNum: "1234567890",
    invoiceeType: "사업자",
    invoiceeCorpName: "korbill",
    invoiceeEmail1: "b1@example.com",
    invoiceeEmail2: "b2@example.com",
    trusteeCorpNum: "",
    supplyCostTotal: "3000000000",
    taxTotal: "0",
    totalAmount: "3000000000",
    purchaseDate: "20261105",
    itemName: "서버",
    qty: "1",
    unitCost: "3000000000",
    supplyCost: "3000000000",
    tax: "0",
  };

  it("maps Korean codes to English, dates to ISO and amounts past 2^31 to numbers", () => {
    expect(toTaxinvoiceView(wire)).toMatchObject({
      writeDate: "2026-11-05",
      issueDate: "2026-11-06",
      sendDate: "2026-11-07",
      taxType: "ZERO_RATED",
      purposeType: "CLAIM",
      modified: true,
      direction: "BUY",
      invoicer: {
        corpNum: "1112233333",
        taxRegId: "0001",
        ceoName: "김대표",
        email: "s@example.com",
        email2: null,
      },
      invoicee: {
        corpName: "korbill",
        email: "b1@example.com",
        email2: "b2@example.com",
        type: "사업자",
      },
      trustee: null,
      supplyCostTotal: 3_000_000_000,
      purchaseDate: "2026-11-05",
    });
  });

  it("keeps POPBiLL's paging facts", () => {
    const page = toTaxinvoicePage("025112310000000001", {
      total: 3,
      perPage: 2,
      pageNum: 2,
      pageCount: 2,
      list: [wire],
    });
    expect(page).toMatchObject({
      jobId: "025112310000000001",
      total: 3,
      page: 2,
      perPage: 2,
      pageCount: 2,
    });
    expect(page.items).toHaveLength(1);
  });

  it("reads unknown or malformed values as null", () => {
    expect(
      toTaxinvoiceView({ taxType: "기타", supplyCostTotal: "1.5", writeDate: "2026" }),
    ).toMatchObject({
      taxType: null,
      supplyCostTotal: null,
      writeDate: null,
    });
    expect(amount("1,000")).toBe(1000);
    expect(amount("")).toBeNull();
  });
});

describe("English to wire", () => {
  it("turns a tax-invoice request into path words and compact dates", () => {
    expect(
      toWireJobRequest({
        service: HometaxService.TAXINVOICE,
        direction: "TRUSTEE" as never,
        dateType: HometaxDateType.SEND,
        from: "2026-01-01",
        to: "2026-03-31",
      }),
    ).toEqual({
      service: "TAXINVOICE",
      queryType: "TRUSTEE",
      dType: "S",
      sDate: "20260101",
      eDate: "20260331",
    });
  });

  it("turns tax-invoice filters into POPBiLL codes, deduplicated, with the default page size", () => {
    expect(
      toTaxinvoiceSearchQuery(
        {
          kinds: ["MODIFIED" as never],
          taxTypes: ["TAXABLE" as never, "TAXABLE" as never, "TAX_FREE" as never],
          purposeTypes: ["NONE" as never],
          taxRegIdParty: "BUYER" as never,
          taxRegIds: ["0002", "0002"],
          hasTaxRegId: true,
          searchString: "팝빌",
        },
        {},
      ),
    ).toEqual({
      type: ["M"],
      taxType: ["T", "N"],
      purposeType: ["N"],
      taxRegIDType: "B",
      taxRegID: ["0002"],
      taxRegIDYN: "1",
      searchString: "팝빌",
      page: 1,
      perPage: 500,
    });
  });
});

describe("jobs POPBiLL lists", () => {
  it("maps a finished failed job and its hour", () => {
    const view = toJobViewFromWire(
      HometaxService.TAXINVOICE,
      {
        jobID: "025112310000000001",
        jobState: 3,
        queryType: "수탁",
        queryDateType: "IssueDate",
        queryStDate: "20261001",
        queryEnDate: "20261031",
        errorCode: -11100001,
        errorReason: "Failed login HomeTax",
        collectCount: "0",
        regDT: "20261123100000",
        jobStartDT: "20261123100001",
        jobEndDT: "20261123100004",
      },
      false,
    );
    expect(view).toMatchObject({
      status: "FAILED",
      jobState: "FINISHED",
      direction: "TRUSTEE",
      dateType: "ISSUE",
      from: "2026-10-01",
      errorCode: -11100001,
      requestedAt: "2026-11-23T10:00:00+09:00",
      expiresAt: "2026-11-23T11:00:00+09:00",
      finishedAt: "2026-11-23T10:00:04+09:00",
      tracked: false,
    });
  });
});
