export * from "./client.js";
export * from "./map/index.js";
export * from "./validate/index.js";
export type * from "./wire.js";
export { cashbillMigrations } from "./bulk/migrations.js";
export {
  type CashbillEventKind,
  type CashbillEventPayload,
  cashbillEventId,
} from "./bulk/events.js";
export {
  type BulkLogger,
  type BulkTiming,
  type BulkUpstream,
  BulkService,
  DEFAULT_BULK_TIMING,
} from "./bulk/service.js";
export {
  CashbillStore,
  type ReceiptRow,
  type ReceiptState,
  type SubmissionRow,
  type SubmissionState,
} from "./bulk/store.js";
export { handlePopbillDelivery } from "./bulk/webhook-handler.js";
export {
  type PopbillWebhookAuth,
  type PopbillWebhookDelivery,
  PopbillWebhookError,
  parsePopbillWebhook,
  popbillWebhookHeaders,
  verifyPopbillWebhook,
} from "./webhooks.js";
