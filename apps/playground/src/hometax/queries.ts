/** The operations of the HomeTax panel. */
export const READINESS_QUERY = `query HometaxReadiness($service: HometaxService!) {
  hometaxReadiness(service: $service) { status method advice problemCode problemMessage }
}`;

export const REGISTER_DEPT_USER_MUTATION = `mutation RegisterDeptUser($service: HometaxService!, $id: String!, $password: String!) {
  registerHometaxDeptUser(service: $service, id: $id, password: $password) { deptUserRegistered methods }
}`;

export const REQUEST_JOB_MUTATION = `mutation RequestHometaxJob($input: HometaxJobRequestInput!) {
  requestHometaxJob(input: $input) { jobId status service from to expiresAt }
}`;

export const JOB_EVENTS_SUBSCRIPTION = `subscription HometaxJobEvents($after: String) {
  hometaxJobEvents(after: $after) { cursor jobId type status jobState collectCount errorCode errorReason at }
}`;

export const CASHBILL_SUMMARY_QUERY = `query HometaxCashbillSummary($jobId: String!) {
  summary: hometaxCashbillSummary(jobId: $jobId) { count amountTotal supplyCostTotal taxTotal }
}`;

export const TAXINVOICE_SUMMARY_QUERY = `query HometaxTaxinvoiceSummary($jobId: String!) {
  summary: hometaxTaxinvoiceSummary(jobId: $jobId) { count amountTotal supplyCostTotal taxTotal }
}`;

export type HometaxService = "CASHBILL" | "TAXINVOICE";

/** `hometaxReadiness` as the panel shows it. */
export interface ReadinessView {
  status: string;
  method: string | null;
  advice: string;
  problemCode: number | null;
  problemMessage: string | null;
}

/** A requested job. */
export interface JobView {
  jobId: string;
  status: string;
  service: HometaxService;
  from: string | null;
  to: string | null;
  expiresAt: string | null;
}

/** A `hometaxJobEvents` item. */
export interface JobEventView {
  cursor: string;
  jobId: string;
  type: string;
  status: string;
  jobState: string | null;
  collectCount: number;
  errorCode: number | null;
  errorReason: string | null;
  at: string;
}

/** The crawl's totals. */
export interface SummaryView {
  count: number;
  amountTotal: number;
  supplyCostTotal: number;
  taxTotal: number;
}

/** Today and the first day of this month, as calendar days in Korea (yyyy-MM-dd). */
export function defaultRange(now = Date.now()): { from: string; to: string } {
  const today = new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}
