/**
 * The i'mport (PortOne V1) API host of the sandbox: billing keys, key-in and recurring
 * payments, schedules and webhooks (shared/protocol/iamport.md), with controls for tests.
 */
export { iamportRoutes } from "./routes.js";
export { addIamportControlRoutes } from "./control.js";
export {
  createIamportState,
  DEMO_IAMPORT,
  IamportState,
  type IamportMerchantSeed,
  type IamportStateOptions,
  type IamportTickReport,
} from "./state.js";
export { type IamportScope } from "./book.js";
export { CardRefusals, cardEcho, type CardRefusal } from "./card-echo.js";
export { ANY_CUSTOMER, ChargeOutcomes, type ChargeOutcome } from "./outcomes.js";
export {
  IamportWebhooks,
  type WebhookConfig,
  type WebhookDelivery,
  type WebhookEvent,
  type WebhookMode,
} from "./webhooks.js";
export { failure as iamportFailure, IAMPORT_CONTENT_TYPE, IamportError } from "./reply.js";
export {
  type CancelHistoryAnnotation,
  type CustomerAnnotation,
  type IamportEnvelope,
  type PageAnnotation,
  type PaymentAnnotation,
  type PaymentStatus,
  type ScheduleAnnotation,
  type ScheduleStatus,
  type TokenAnnotation,
} from "./wire.js";
