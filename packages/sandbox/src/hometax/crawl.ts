import { kstDate } from "../kst.js";
import { crawlCashbills } from "./cashbill-data.js";
import { type CrawlJob, type JobOutcome, type JobTiming } from "./jobs.js";
import { crawlTaxinvoices } from "./taxinvoice-data.js";
import {
  type CrawlDirection,
  type HometaxService,
  type MemberIdentity,
  type TaxinvoiceDateType,
} from "./types.js";

/** A crawl request that passed the route's checks. */
export interface CrawlRequest {
  readonly member: MemberIdentity;
  readonly service: HometaxService;
  readonly direction: CrawlDirection;
  /** Tax invoices only (default W). */
  readonly dType?: TaxinvoiceDateType;
  readonly sDate: string;
  readonly eDate: string;
}

/** What the state decides about a new job. */
export interface JobTerms {
  readonly jobID: string;
  readonly requestedAtMs: number;
  readonly timing: JobTiming;
  readonly outcome: JobOutcome;
}

/**
 * The job with every document HomeTax holds for the request: those dated before the KST day
 * of the request [INF], so a crawl sees nothing of today or later.
 */
export function collectJob(request: CrawlRequest, terms: JobTerms): CrawlJob {
  const { member, direction, sDate, eDate } = request;
  const base = { ...terms, corpNum: member.corpNum, direction, sDate, eDate };
  const today = kstDate(terms.requestedAtMs);
  if (request.service === "Cashbill") {
    if (direction === "TRUSTEE") throw new RangeError("cash receipts are crawled as SELL or BUY");
    const rows = crawlCashbills({ member, direction, sDate, eDate, today });
    return { ...base, service: "Cashbill", rows };
  }
  const dType = request.dType ?? "W";
  const rows = crawlTaxinvoices({ member, direction, dType, sDate, eDate, today });
  return { ...base, service: "Taxinvoice", dType, rows };
}
