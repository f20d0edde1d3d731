export * from "./client.js";
export * from "./enums.js";
export type * from "./inputs.js";
export type * from "./wire.js";
export * from "./validate/index.js";
export { HOMETAX_CODES, isHometaxCode, isHometaxRefusal } from "./errors.js";
export {
  type WireJobRequest,
  toCashbillFilterQuery,
  toCashbillSearchQuery,
  toTaxinvoiceFilterQuery,
  toTaxinvoiceSearchQuery,
  toWireJobRequest,
} from "./map/to-wire.js";
export {
  amount,
  isoDate,
  statusFromWire,
  toCashbillPage,
  toCashbillSummary,
  toCashbillView,
  toJobViewFromWire,
  toTaxinvoicePage,
  toTaxinvoiceSummary,
  toTaxinvoiceView,
} from "./map/from-wire.js";
export type * from "./map/views.js";
export {
  type CertificateRegistration,
  type LoginCheck,
  type Registration,
  type UpstreamProblem,
  certificateLogin,
  certificateRegistration,
  deptUserLogin,
  deptUserRegistration,
} from "./auth/status.js";
export {
  CERTIFICATE_WARNING_DAYS,
  type HometaxReadinessView,
  type ReadinessFacts,
  checkReadiness,
  decideReadiness,
} from "./auth/readiness.js";
export { hometaxMigrations } from "./jobs/migrations.js";
export {
  HOMETAX_EVENT_DOMAIN,
  type HometaxJobEventPayload,
  hometaxEvent,
  hometaxEventId,
} from "./jobs/events.js";
export { type HometaxJobRow, HometaxJobStore } from "./jobs/store.js";
export {
  DEFAULT_HOMETAX_JOB_TIMING,
  type HometaxJobRequest,
  HometaxJobService,
  type HometaxJobTiming,
  type HometaxLogger,
  crawlFailure,
} from "./jobs/service.js";
export { HometaxResultService, type ResultCaller } from "./jobs/results.js";
export { toJobView } from "./jobs/view.js";
export {
  type HometaxServiceDeps,
  type HometaxServices,
  createHometaxServices,
} from "./services.js";
