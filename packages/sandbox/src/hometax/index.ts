/**
 * The HomeTax-crawl module of the POPBiLL API host (HTCashbill scope 141, HTTaxinvoice scope
 * 111; popbill.md §3c): department users, certificates, crawl jobs on the sandbox clock,
 * deterministic crawled documents, search and summary, with controls for tests.
 */
export { addHometaxRoutes } from "./routes.js";
export { addHometaxControlRoutes } from "./control.js";
export {
  createHometaxState,
  type CrawlRequest,
  DEMO_HOMETAX_ACCOUNT,
  HometaxState,
  type HometaxStateOptions,
} from "./state.js";
export {
  type CrawlJob,
  DEFAULT_JOB_TIMING,
  JOB_LIFETIME_MS,
  type JobStateView,
  type JobTiming,
} from "./jobs.js";
export { type CertificateRecord, type DeptUserRecord, HometaxLogins } from "./logins.js";
export { AUTH_INFO_NOT_FOUND_MESSAGE, HOMETAX_CODES, LOGIN_FAILED_MESSAGE } from "./codes.js";
export {
  type CrawlDirection,
  HOMETAX_SCOPES,
  HOMETAX_SERVICES,
  type HometaxService,
  type HTCashbillRow,
  type HTTaxinvoiceRow,
  type TaxinvoiceDateType,
} from "./types.js";
export { HOMETAX_PAGE_PREFIX } from "./page.route.js";
