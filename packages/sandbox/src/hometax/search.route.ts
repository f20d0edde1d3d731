import { json } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler } from "../http/router.js";
import { hometaxCaller } from "./caller.js";
import { jobFailed, jobNotFinished } from "./codes.js";
import { cashbillFilter, cashbillSummary, taxinvoiceFilter, taxinvoiceSummary } from "./filters.js";
import { findJob } from "./job.route.js";
import { type CrawlJob, jobStateAt } from "./jobs.js";
import { pageOf, Params, readPaging } from "./query.js";
import { type HometaxState } from "./state.js";
import { type HometaxService } from "./types.js";

type JobOf<S extends HometaxService> = Extract<CrawlJob, { service: S }>;

/**
 * Authenticates, reads the query with `read`, then finds the job behind a search or summary:
 * it must be the caller's, unexpired (404 -11100026), finished (400 -11100027 while jobState 1
 * or 2) and successful (a failed crawl answers its own errorCode and errorReason).
 */
function withFinishedJob<S extends HometaxService, Q>(
  state: HometaxState,
  service: S,
  request: SandboxRequest,
  read: (params: Params) => Q,
): { job: JobOf<S>; query: Q } {
  const { member } = hometaxCaller(request, service);
  const query = read(new Params(request.query));
  const job = findJob(state, service, request, member.corpNum) as JobOf<S>;
  const view = jobStateAt(job, request.receivedAt.getTime());
  if (view.jobState !== "3") throw jobNotFinished(job.jobID, view.jobState);
  if (view.errorCode !== 1) throw jobFailed(view.errorCode, view.errorReason);
  return { job, query };
}

/** `GET /HomeTax/Cashbill/{JobID}?TradeType&TradeUsage&Page&PerPage&Order` (any order). */
export function searchCashbills(state: HometaxState): RouteHandler {
  return (request) => {
    const { job, query } = withFinishedJob(state, "Cashbill", request, (params) => ({
      filter: cashbillFilter(params),
      paging: readPaging(params),
    }));
    return json(pageOf(job.rows.filter(query.filter), query.paging));
  };
}

/** `GET /HomeTax/Cashbill/{JobID}/Summary?TradeType&TradeUsage`: sums of the filtered rows. */
export function summarizeCashbills(state: HometaxState): RouteHandler {
  return (request) => {
    const { job, query } = withFinishedJob(state, "Cashbill", request, cashbillFilter);
    return json(cashbillSummary(job.rows.filter(query)));
  };
}

/**
 * `GET /HomeTax/Taxinvoice/{JobID}?Type&TaxType&PurposeType&TaxRegIDType&TaxRegID&TaxRegIDYN
 * &SearchString&Page&PerPage&Order` (any order).
 */
export function searchTaxinvoices(state: HometaxState): RouteHandler {
  return (request) => {
    const { job, query } = withFinishedJob(state, "Taxinvoice", request, (params) => ({
      filter: taxinvoiceFilter(params),
      paging: readPaging(params),
    }));
    return json(pageOf(job.rows.filter(query.filter), query.paging));
  };
}

/** `GET /HomeTax/Taxinvoice/{JobID}/Summary?…` (the search filters, no paging). */
export function summarizeTaxinvoices(state: HometaxState): RouteHandler {
  return (request) => {
    const { job, query } = withFinishedJob(state, "Taxinvoice", request, taxinvoiceFilter);
    return json(taxinvoiceSummary(job.rows.filter(query)));
  };
}
