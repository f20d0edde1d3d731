import { json } from "../http/reply.js";
import { type SandboxRequest } from "../http/request.js";
import { type RouteHandler } from "../http/router.js";
import { addKstMonths, parseKstDate } from "../kst.js";
import { hometaxCaller, identityOf } from "./caller.js";
import { badParameter, flatRateMissing, jobNotFound } from "./codes.js";
import { type CrawlJob, jobStateAt } from "./jobs.js";
import { Params } from "./query.js";
import { type HometaxState } from "./state.js";
import { type CrawlDirection, type HometaxService, type TaxinvoiceDateType } from "./types.js";

/** A crawl covers at most three calendar months (popbill.md §3c). */
const MAX_RANGE_MONTHS = 3;

const DIRECTIONS: Readonly<Record<HometaxService, readonly CrawlDirection[]>> = {
  Cashbill: ["SELL", "BUY"],
  Taxinvoice: ["SELL", "BUY", "TRUSTEE"],
};

const JOB_ID = /^\d{18}$/;

/** `SDate`/`EDate`: real `yyyyMMdd` days, SDate ≤ EDate ≤ SDate + 3 months (400 -10000001). */
function readRange(params: Params): { sDate: string; eDate: string } {
  const sDate = params.get("SDate") ?? "";
  const eDate = params.get("EDate") ?? "";
  const from = parseKstDate(sDate);
  const to = parseKstDate(eDate);
  if (from === undefined || to === undefined)
    throw badParameter("SDate and EDate must be yyyyMMdd dates");
  if (from > to) throw badParameter("SDate must not be after EDate");
  if (to > addKstMonths(from, MAX_RANGE_MONTHS))
    throw badParameter(`a crawl covers at most ${MAX_RANGE_MONTHS} months; request several jobs`);
  return { sDate, eDate };
}

/**
 * `POST /HomeTax/Cashbill/{SELL|BUY}?SDate&EDate` and
 * `POST /HomeTax/Taxinvoice/{SELL|BUY|TRUSTEE}?DType={W|I|S}&SDate&EDate` (no body):
 * `{jobID}`. Bad parameters 400 -10000001; nothing registered -11100025.
 */
export function requestJob(state: HometaxState, service: HometaxService): RouteHandler {
  return (request) => {
    const caller = hometaxCaller(request, service);
    // [INF] crawling needs the flat-rate contract (the SDK's getFlatRateState exists for it)
    if (!state.hasFlatRate(caller.member.corpNum, service)) throw flatRateMissing(service);
    const direction = request.params["queryType"] as CrawlDirection;
    if (!DIRECTIONS[service].includes(direction))
      throw badParameter(`the crawl type must be ${DIRECTIONS[service].join(", ")}`);
    const params = new Params(request.query);
    const dType =
      service === "Taxinvoice"
        ? (params.oneOf("DType", ["W", "I", "S"] as const) ?? missingDType())
        : undefined;
    const job = state.requestJob({
      member: identityOf(caller),
      service,
      direction,
      ...(dType ? { dType } : {}),
      ...readRange(params),
    });
    return json({ jobID: job.jobID });
  };
}

function missingDType(): TaxinvoiceDateType {
  throw badParameter("DType must be W, I or S");
}

/** The member's unexpired job of this service named by the path, else 404 -11100026 [INF]. */
export function findJob(
  state: HometaxState,
  service: HometaxService,
  request: SandboxRequest,
  corpNum: string,
): CrawlJob {
  const jobId = request.params["jobId"] ?? "";
  if (!JOB_ID.test(jobId)) throw badParameter("a JobID is 18 digits");
  const job = state.jobs.find(corpNum, service, jobId, request.receivedAt.getTime());
  if (!job) throw jobNotFound(jobId);
  return job;
}

/** `GET /{JobID}/State`: the JobState at the request's arrival on the sandbox clock. */
export function jobState(state: HometaxState, service: HometaxService): RouteHandler {
  return (request) => {
    const { member } = hometaxCaller(request, service);
    const job = findJob(state, service, request, member.corpNum);
    return json(jobStateAt(job, request.receivedAt.getTime()));
  };
}

/** `GET /JobList`: the member's jobs of the last hour, newest first [INF order]. */
export function jobList(state: HometaxState, service: HometaxService): RouteHandler {
  return (request) => {
    const { member } = hometaxCaller(request, service);
    const nowMs = request.receivedAt.getTime();
    return json(
      state.jobs.active(member.corpNum, service, nowMs).map((job) => jobStateAt(job, nowMs)),
    );
  };
}
