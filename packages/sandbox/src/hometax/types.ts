/**
 * Shapes of the HomeTax-crawl module (popbill.md §3c). Wire names follow the Java SDK's
 * `com.popbill.api.hometax` classes: amounts are strings, type codes numbers.
 */

/** A crawl service, spelled as its path segment: `/HomeTax/Cashbill` or `/HomeTax/Taxinvoice`. */
export type HometaxService = "Cashbill" | "Taxinvoice";

/** Both services. */
export const HOMETAX_SERVICES: readonly HometaxService[] = ["Cashbill", "Taxinvoice"];

/** The service code each service's token must carry besides `member` (popbill.md §1.5). */
export const HOMETAX_SCOPES: Readonly<Record<HometaxService, string>> = {
  Cashbill: "141",
  Taxinvoice: "111",
};

/** Crawl direction (the requestJob path word); TRUSTEE exists for tax invoices only. */
export type CrawlDirection = "SELL" | "BUY" | "TRUSTEE";

/** Tax-invoice `DType`: W 작성일자, I 발행일자, S 전송일자. */
export type TaxinvoiceDateType = "W" | "I" | "S";

/** Who the member is, for its own side of crawled documents. */
export interface MemberIdentity {
  readonly corpNum: string;
  readonly corpName: string;
  readonly ceoName: string;
}

/** One crawled cash receipt (HTCashbill) as on the wire. */
export interface HTCashbillRow {
  /** NTS confirm number, 9 characters. */
  readonly ntsconfirmNum: string;
  readonly tradeDate: string;
  readonly tradeDT: string;
  readonly tradeType: "승인거래" | "취소거래";
  readonly tradeUsage: "소득공제용" | "지출증빙용";
  readonly supplyCost: string;
  readonly tax: string;
  readonly serviceFee: string;
  readonly totalAmount: string;
  readonly invoiceType: "매출" | "매입";
  readonly franchiseCorpNum: string;
  readonly franchiseCorpName: string;
  readonly franchiseCorpType: number;
  readonly identityNum: string;
  readonly identityNumType: number;
  readonly customerName: string;
  readonly cardOwnerName: string;
  /** 1, 2 deductible; 3, 4 not. */
  readonly deductionType: number;
}

/** One crawled tax invoice (HTTaxinvoiceAbbr) as on the wire. */
export interface HTTaxinvoiceRow {
  /** NTS confirm number, 24 digits. */
  readonly ntsconfirmNum: string;
  readonly writeDate: string;
  readonly issueDate: string;
  readonly sendDate: string;
  readonly taxType: "과세" | "영세" | "면세";
  readonly purposeType: "영수" | "청구" | "없음";
  readonly modifyYN: boolean;
  readonly remark1: string;
  readonly invoicerCorpNum: string;
  readonly invoicerTaxRegID: string;
  readonly invoicerCorpName: string;
  readonly invoicerCEOName: string;
  readonly invoicerEmail: string;
  readonly invoiceeCorpNum: string;
  readonly invoiceeType: "사업자" | "개인";
  readonly invoiceeTaxRegID: string;
  readonly invoiceeCorpName: string;
  readonly invoiceeCEOName: string;
  readonly invoiceeEmail1: string;
  readonly invoiceeEmail2: string;
  readonly trusteeCorpNum: string;
  readonly trusteeTaxRegID: string;
  readonly trusteeCorpName: string;
  readonly trusteeCEOName: string;
  readonly trusteeEmail: string;
  readonly supplyCostTotal: string;
  readonly taxTotal: string;
  readonly totalAmount: string;
  readonly purchaseDate: string;
  readonly itemName: string;
  readonly spec: string;
  readonly qty: string;
  readonly unitCost: string;
  readonly supplyCost: string;
  readonly tax: string;
  readonly remark: string;
  readonly orgNTSConfirmNum: string;
  readonly invoiceType: "매출" | "매입" | "수탁";
}
