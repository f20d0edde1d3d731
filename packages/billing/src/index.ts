export {
  type BillingKeysReply,
  type CustomerSchedulesQuery,
  type IamportClient,
  createIamportClient,
} from "./client.js";
export type { BillingDeps } from "./deps.js";
export {
  type BillingEventPayload,
  type BillingEventType,
  type DerivedEvent,
  billingEvent,
  billingEventId,
  deriveEvent,
} from "./events.js";
export type * from "./inputs.js";
export * from "./map.js";
export { billingMigrations } from "./migrations.js";
export {
  IN_FLIGHT_MS,
  type NewOrder,
  type OrderKind,
  type OrderRow,
  type OrderStatus,
  OrderStore,
} from "./orders.js";
export { REDACTED, cardSecrets, redactText } from "./redact.js";
export { redactError, redactReply } from "./redact-reply.js";
export { luhnValid } from "./rules.js";
export { BillingService } from "./service/billing-service.js";
export type { PaymentRef } from "./service/payments.js";
export {
  type BillingServices,
  type BillingServicesOptions,
  createBillingServices,
} from "./services.js";
export { type BillingKeyRow, type BillingKeyState, BillingStore, type Owner } from "./store.js";
export * from "./validate.js";
export { BillingWebhooks, type WebhookOutcome } from "./verify.js";
export { type RefetchLimits } from "./refetch-gate.js";
export { IamportWebhookError, iamportWebhookBody, parseIamportWebhook } from "./webhooks.js";
export type * from "./wire.js";
