import type { PopbillTransport } from "@korbill/core-upstream";
import { HometaxService } from "../enums.js";
import type {
  WireDateType,
  WireHTCashbillSearchResult,
  WireHTCashbillSummary,
  WireHTTaxinvoiceSearchResult,
  WireHTTaxinvoiceSummary,
  WireJobIdResponse,
  WireQueryType,
} from "../wire.js";
import { type HometaxCommonCalls, type ServiceCaller, commonCalls, getFrom } from "./common.js";
import { compactDate, oneOf } from "./guards.js";
import { taxinvoiceDocumentCalls } from "./taxinvoice-docs.js";
import {
  type HTCashbillFilterQuery,
  type HTCashbillSearchQuery,
  type HTTaxinvoiceFilterQuery,
  type HTTaxinvoiceSearchQuery,
  cashbillSearchPath,
  cashbillSummaryPath,
  taxinvoiceSearchPath,
  taxinvoiceSummaryPath,
} from "./query.js";

export type { HometaxCommonCalls } from "./common.js";
export { JOB_ID_PATTERN } from "./guards.js";
export {
  NTS_CONFIRM_NUM_PATTERN,
  type WireHTTaxinvoice,
  type WireHTTaxinvoiceLine,
  type WireHTTaxinvoiceXml,
} from "./taxinvoice-docs.js";
export {
  type HTCashbillFilterQuery,
  type HTCashbillSearchQuery,
  type HTTaxinvoiceFilterQuery,
  type HTTaxinvoiceSearchQuery,
  cashbillSearchPath,
  cashbillSummaryPath,
  taxinvoiceSearchPath,
  taxinvoiceSummaryPath,
} from "./query.js";

/** Token scopes of each crawl service (popbill.md §1.5): HTCashbill 141, HTTaxinvoice 111. */
export const HOMETAX_SCOPES = {
  [HometaxService.CASHBILL]: ["member", "141"],
  [HometaxService.TAXINVOICE]: ["member", "111"],
} as const satisfies Record<HometaxService, readonly string[]>;

/** RequestJob posts with no body and is never retried: a duplicate would start a second crawl. */
async function postJob(
  caller: ServiceCaller,
  corpNum: string,
  path: string,
  userId?: string,
): Promise<string> {
  const reply = await caller.popbill.request<WireJobIdResponse>({
    corpNum,
    scopes: caller.scopes,
    ...(userId ? { userId } : {}),
    method: "POST",
    path,
    retry: "never",
  });
  return reply.jobID;
}

function cashbillClient(popbill: PopbillTransport) {
  const caller: ServiceCaller = {
    popbill,
    svc: "Cashbill",
    scopes: HOMETAX_SCOPES[HometaxService.CASHBILL],
  };
  return {
    ...commonCalls(caller),
    /** RequestJob: `POST /HomeTax/Cashbill/{SELL|BUY}?SDate=&EDate=`; resolves with the JobID. */
    async requestJob(
      corpNum: string,
      queryType: "SELL" | "BUY",
      sDate: string,
      eDate: string,
      userId?: string,
    ): Promise<string> {
      const type = oneOf(queryType, ["SELL", "BUY"], "queryType");
      const query = `SDate=${compactDate(sDate, "SDate")}&EDate=${compactDate(eDate, "EDate")}`;
      return postJob(caller, corpNum, `/HomeTax/Cashbill/${type}?${query}`, userId);
    },
    /** Search: crawled receipts of a completed job, one page. */
    async search(
      corpNum: string,
      jobId: string,
      query: HTCashbillSearchQuery = {},
      userId?: string,
    ): Promise<WireHTCashbillSearchResult> {
      return getFrom(caller, corpNum, cashbillSearchPath(jobId, query), userId);
    },
    /** Summary: totals of a completed job's receipts. */
    async summary(
      corpNum: string,
      jobId: string,
      query: HTCashbillFilterQuery = {},
      userId?: string,
    ): Promise<WireHTCashbillSummary> {
      return getFrom(caller, corpNum, cashbillSummaryPath(jobId, query), userId);
    },
  };
}

function taxinvoiceClient(popbill: PopbillTransport) {
  const caller: ServiceCaller = {
    popbill,
    svc: "Taxinvoice",
    scopes: HOMETAX_SCOPES[HometaxService.TAXINVOICE],
  };
  return {
    ...commonCalls(caller),
    ...taxinvoiceDocumentCalls(caller),
    /** RequestJob: `POST /HomeTax/Taxinvoice/{SELL|BUY|TRUSTEE}?DType=&SDate=&EDate=`. */
    async requestJob(
      corpNum: string,
      queryType: WireQueryType,
      dType: WireDateType,
      sDate: string,
      eDate: string,
      userId?: string,
    ): Promise<string> {
      const type = oneOf(queryType, ["SELL", "BUY", "TRUSTEE"], "queryType");
      const query =
        `DType=${oneOf(dType, ["W", "I", "S"], "DType")}` +
        `&SDate=${compactDate(sDate, "SDate")}&EDate=${compactDate(eDate, "EDate")}`;
      return postJob(caller, corpNum, `/HomeTax/Taxinvoice/${type}?${query}`, userId);
    },
    /** Search: crawled invoices of a completed job, one page. */
    async search(
      corpNum: string,
      jobId: string,
      query: HTTaxinvoiceSearchQuery = {},
      userId?: string,
    ): Promise<WireHTTaxinvoiceSearchResult> {
      return getFrom(caller, corpNum, taxinvoiceSearchPath(jobId, query), userId);
    },
    /** Summary: totals of a completed job's invoices. */
    async summary(
      corpNum: string,
      jobId: string,
      query: HTTaxinvoiceFilterQuery = {},
      userId?: string,
    ): Promise<WireHTTaxinvoiceSummary> {
      return getFrom(caller, corpNum, taxinvoiceSummaryPath(jobId, query), userId);
    },
  };
}

/**
 * Typed POPBiLL HomeTax-crawl calls in the upstream's own terms, no GraphQL. Usable from a
 * script: `createHometaxClient({ popbill }).cashbill.getJobState("1234567890", jobId)`.
 * Nothing here validates business rules (see `validate/`); JobIDs, dates and raw query values
 * are only format-checked so a malformed path is never sent.
 */
export function createHometaxClient(deps: { popbill: PopbillTransport }) {
  const cashbill = cashbillClient(deps.popbill);
  const taxinvoice = taxinvoiceClient(deps.popbill);
  return {
    /** HTCashbill: crawled cash receipts, scope 141. */
    cashbill,
    /** HTTaxinvoice: crawled tax invoices, scope 111. */
    taxinvoice,
    /** The shared calls (authentication, jobs, flat rate) of one service. */
    service(service: HometaxService): HometaxCommonCalls {
      return service === HometaxService.CASHBILL ? cashbill : taxinvoice;
    },
  };
}

/** The HomeTax-crawl client's type. */
export type HometaxClient = ReturnType<typeof createHometaxClient>;
