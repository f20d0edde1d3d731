export * from "./client/client.js";
export * from "./enums.js";
export type * from "./map/inputs.js";
export type * from "./wire.js";
export * from "./validate/index.js";
export { HOMETAX_CODES, isHometaxCode, isHometaxRefusal } from "./client/errors.js";
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
} from "./service/auth-status.js";
export {
  CERTIFICATE_WARNING_DAYS,
  type HometaxReadinessView,
  type ReadinessFacts,
  checkReadiness,
  decideReadiness,
} from "./service/readiness.js";
export { hometaxMigrations } from "./store/migrations.js";
export {
  HOMETAX_EVENT_DOMAIN,
  type HometaxJobEventPayload,
  hometaxEvent,
  hometaxEventId,
} from "./service/events.js";
export { type HometaxJobRow, HometaxJobStore } from "./store/store.js";
export {
  DEFAULT_HOMETAX_JOB_TIMING,
  type HometaxJobRequest,
  HometaxJobService,
  type HometaxJobTiming,
  type HometaxLogger,
  crawlFailure,
} from "./service/job-service.js";
export { HometaxResultService, type ResultCaller } from "./service/results.js";
export { toJobView } from "./service/view.js";
export {
  type HometaxServicesDeps,
  type HometaxServices,
  createHometaxServices,
} from "./services.js";
