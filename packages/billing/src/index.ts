export {
  type BillingKeysReply,
  type CustomerSchedulesQuery,
  type IamportClient,
  createIamportClient,
} from "./client/client.js";
export type { BillingDeps } from "./service/deps.js";
export {
  type BillingEventPayload,
  type BillingEventType,
  type DerivedEvent,
  billingEvent,
  billingEventId,
  deriveEvent,
} from "./service/events.js";
export type * from "./map/inputs.js";
export * from "./map/views.js";
export { billingMigrations } from "./store/migrations.js";
export {
  IN_FLIGHT_MS,
  type NewOrder,
  type OrderKind,
  type OrderRow,
  type OrderStatus,
  OrderStore,
} from "./store/orders.js";
export { REDACTED, cardSecrets, redactText } from "./map/redact.js";
export { redactError, redactReply } from "./map/redact-reply.js";
export { luhnValid } from "./validate/rules.js";
export { BillingService } from "./service/billing-service.js";
export type { PaymentRef } from "./service/payments.js";
export {
  type BillingServices,
  type BillingServicesDeps,
  createBillingServices,
} from "./services.js";
export {
  type BillingKeyRow,
  type BillingKeyState,
  BillingStore,
  type Owner,
} from "./store/store.js";
export * from "./validate/validate.js";
export { BillingWebhooks, type WebhookOutcome } from "./service/verify.js";
export { type RefetchLimits } from "./service/refetch-gate.js";
export { IamportWebhookError, iamportWebhookBody, parseIamportWebhook } from "./webhooks.js";
export * from "./enums.js";
export type * from "./wire.js";
