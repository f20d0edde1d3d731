import type { HometaxClient } from "../client/client.js";
import { HometaxService } from "../enums.js";
import type {
  HometaxCashbillFilterFields,
  HometaxPaging,
  HometaxTaxinvoiceFilterFields,
} from "../map/inputs.js";
import {
  toCashbillFilterQuery,
  toCashbillSearchQuery,
  toTaxinvoiceFilterQuery,
  toTaxinvoiceSearchQuery,
} from "../map/to-wire.js";
import { validateCashbillQuery, validateTaxinvoiceQuery } from "../validate/index.js";
import type {
  WireHTCashbillSearchResult,
  WireHTCashbillSummary,
  WireHTTaxinvoiceSearchResult,
  WireHTTaxinvoiceSummary,
} from "../wire.js";
import type { HometaxJobReads, HometaxJobService } from "./job-service.js";

/** Who asks: the member acted for and, optionally, the POPBiLL user id of the caller's key. */
export interface ResultCaller {
  corpNum: string;
  userId?: string | null;
  /** How the job is read (default: the job service, fresh each time). */
  jobs?: HometaxJobReads;
}

/**
 * Search and summary of a finished crawl. Each call validates first (BAD_USER_INPUT, nothing
 * sent), then checks the job belongs to the member, crawled the right service, is finished and
 * has not expired (NOT_FOUND / CONFLICT / the crawl's own error, nothing sent), then asks
 * POPBiLL.
 */
export class HometaxResultService {
  constructor(
    private readonly jobs: HometaxJobService,
    private readonly client: HometaxClient,
  ) {}

  /** One page of crawled cash receipts. */
  async cashbills(
    caller: ResultCaller,
    jobId: string,
    filters: HometaxCashbillFilterFields | null | undefined,
    paging: HometaxPaging = {},
  ): Promise<WireHTCashbillSearchResult> {
    validateCashbillQuery(jobId, filters, paging);
    const row = await this.jobs.requireCompleted(
      caller.corpNum,
      jobId,
      HometaxService.CASHBILL,
      caller.jobs,
    );
    return this.client.cashbill.search(
      caller.corpNum,
      jobId,
      toCashbillSearchQuery(filters, paging),
      caller.userId ?? row.userId ?? undefined,
    );
  }

  /** Totals of crawled cash receipts. */
  async cashbillSummary(
    caller: ResultCaller,
    jobId: string,
    filters: HometaxCashbillFilterFields | null | undefined,
  ): Promise<WireHTCashbillSummary> {
    validateCashbillQuery(jobId, filters);
    const row = await this.jobs.requireCompleted(
      caller.corpNum,
      jobId,
      HometaxService.CASHBILL,
      caller.jobs,
    );
    return this.client.cashbill.summary(
      caller.corpNum,
      jobId,
      toCashbillFilterQuery(filters),
      caller.userId ?? row.userId ?? undefined,
    );
  }

  /** One page of crawled tax invoices. */
  async taxinvoices(
    caller: ResultCaller,
    jobId: string,
    filters: HometaxTaxinvoiceFilterFields | null | undefined,
    paging: HometaxPaging = {},
  ): Promise<WireHTTaxinvoiceSearchResult> {
    validateTaxinvoiceQuery(jobId, filters, paging);
    const row = await this.jobs.requireCompleted(
      caller.corpNum,
      jobId,
      HometaxService.TAXINVOICE,
      caller.jobs,
    );
    return this.client.taxinvoice.search(
      caller.corpNum,
      jobId,
      toTaxinvoiceSearchQuery(filters, paging),
      caller.userId ?? row.userId ?? undefined,
    );
  }

  /** Totals of crawled tax invoices. */
  async taxinvoiceSummary(
    caller: ResultCaller,
    jobId: string,
    filters: HometaxTaxinvoiceFilterFields | null | undefined,
  ): Promise<WireHTTaxinvoiceSummary> {
    validateTaxinvoiceQuery(jobId, filters);
    const row = await this.jobs.requireCompleted(
      caller.corpNum,
      jobId,
      HometaxService.TAXINVOICE,
      caller.jobs,
    );
    return this.client.taxinvoice.summary(
      caller.corpNum,
      jobId,
      toTaxinvoiceFilterQuery(filters),
      caller.userId ?? row.userId ?? undefined,
    );
  }
}
