/**
 * @korbill/sandbox — a stateful local emulator of the upstream hosts korbill talks to,
 * speaking their real wire protocols. It imports nothing from other korbill packages.
 */
export { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox.js";
export { type SandboxErrorReport } from "./report.js";
export { type SandboxPorts, type SandboxUrls } from "./hosts.js";
export { SandboxClock, type SandboxClockOptions } from "./clock.js";
export {
  DEFAULT_SETTINGS,
  FAST_PROFILE_DEFAULTS,
  FILING_SCHEDULES,
  type FilingSchedule,
  type SandboxEnv,
  type SandboxSettings,
} from "./env.js";
export { DEMO_MEMBERS, DEMO_PARTNER } from "./seeds.js";
export { remainPoint, SandboxState } from "./state/state.js";
export {
  type MemberRecord,
  type MemberSeed,
  type MemberUser,
  type PartnerBilling,
  type PartnerRecord,
  type PartnerSeed,
  type PointAccount,
} from "./state/types.js";
export { NO_SERVICE_ITEM_CODE, TX_TYPE, type UseHistoryEntry } from "./state/ledger.js";
export {
  type BalanceChange,
  type MemberPointsBalance,
  type PartnerPointsBalance,
  type PointsInspector,
  type RefundView,
  type SettlementView,
} from "./points/inspector.js";
export { POINTS_CODES } from "./points/codes.js";
export { REFUND_STATE, SETTLE_STATE } from "./points/store.js";
export { type PaymentHistory, type RefundHistory } from "./points/views.js";
export { pointsForDeposit } from "./points/forms.js";
export { MEMBER_CODES } from "./members/codes.js";
export { ACCOUNT_CHECK_CODES, CHECK_RESULTS } from "./accountcheck/codes.js";
export { DEMO_ACCOUNTS, INSTITUTIONS, type DemoAccount } from "./accountcheck/banks.js";
export { type AccountCheckInfo } from "./accountcheck/check.js";
export { SERVICE_IDS, type ServiceId, type SessionToken } from "./state/tokens.js";
export { RequestLog, type RequestFilter, type RequestLogEntry } from "./http/request-log.js";
export {
  DROP_CONNECTION,
  LOSE_REPLY,
  type BeforeHook,
  type BeforeOutcome,
} from "./http/middleware.js";
export { SANDBOX_CODES, SandboxHttpError } from "./http/errors.js";
export { html, json, text, type SandboxReply } from "./http/reply.js";
export { type HostKind, type SandboxRequest } from "./http/request.js";
export { type HeaderBag } from "./http/headers.js";
export { verifyBearer } from "./linkhub/bearer.js";
export { LINKHUB_CODES } from "./linkhub/errors.js";
export { CONTROL_PREFIX } from "./control/routes.js";
export { Scheduler, type ScheduledJob } from "./scheduler/scheduler.js";
export { CASHBILL_CODES } from "./cashbill/codes.js";
export { type CashbillInspector } from "./cashbill/service.js";
export { type IssuanceCount } from "./cashbill/store.js";
export { type BulkCashbillResult, type CashbillInfo } from "./cashbill/views.js";
export { type BulkIssueResult } from "./cashbill/types.js";
export { REFUSED_IDENTITY_SUFFIX } from "./cashbill/rules.js";
export { FILING_FAILURE_SUFFIX } from "./cashbill/filing.js";
export {
  type PendingWebhook,
  type WebhookControl,
  type WebhookDelivery,
} from "./webhooks/types.js";
export { type WebhookConfig, type WebhookOptions } from "./webhooks/config.js";
export { type WebhookEventType } from "./webhooks/messages.js";
export { type FaultControl, type FaultStats, type InjectedFault } from "./faults/injector.js";
export {
  FAULT_KINDS,
  type FaultKind,
  type FaultOptions,
  type FaultSettings,
} from "./faults/settings.js";
export {
  addIamportControlRoutes,
  ANY_CUSTOMER,
  type ChargeOutcome,
  ChargeOutcomes,
  type CardRefusal,
  CardRefusals,
  createIamportState,
  type CustomerAnnotation,
  DEMO_IAMPORT,
  IamportState,
  type IamportMerchantSeed,
  type IamportStateOptions,
  IamportWebhooks,
  iamportRoutes,
  type PaymentAnnotation,
  type ScheduleAnnotation,
  type WebhookConfig as IamportWebhookConfig,
  type WebhookDelivery as IamportWebhookDelivery,
} from "./iamport/index.js";
export {
  addHometaxControlRoutes,
  addHometaxRoutes,
  createHometaxState,
  DEMO_HOMETAX_ACCOUNT,
  HOMETAX_CODES,
  HometaxState,
  type HometaxStateOptions,
  type HometaxService,
  type JobStateView as HometaxJobState,
  type JobTiming as HometaxJobTiming,
  type HTCashbillRow,
  type HTTaxinvoiceRow,
} from "./hometax/index.js";
