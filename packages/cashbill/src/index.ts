export * from "./client/client.js";
export * from "./map/index.js";
export * from "./validate/index.js";
export type * from "./wire.js";
export { cashbillMigrations } from "./store/migrations.js";
export {
  type CashbillEventKind,
  type CashbillEventPayload,
  cashbillEventId,
} from "./service/events.js";
export {
  type BulkLogger,
  type BulkTiming,
  type BulkUpstream,
  BulkService,
  DEFAULT_BULK_TIMING,
} from "./service/bulk-service.js";
export {
  CashbillStore,
  type ReceiptRow,
  type ReceiptState,
  type SubmissionRow,
  type SubmissionState,
} from "./store/store.js";
export { handlePopbillDelivery } from "./service/webhook-handler.js";
export {
  type PopbillWebhookAuth,
  type PopbillWebhookDelivery,
  PopbillWebhookError,
  parsePopbillWebhook,
  popbillWebhookHeaders,
  verifyPopbillWebhook,
} from "./webhooks.js";
export {
  type BulkPointsCheck,
  type BulkPointsCheckDeps,
  type PointsGuardPort,
  UNIT_COST_TTL_MS,
  createBulkPointsCheck,
} from "./service/points-check.js";
export {
  type CashbillServices,
  type CashbillServicesDeps,
  createCashbillServices,
} from "./services.js";
