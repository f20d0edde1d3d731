import { type CashbillService } from "./cashbill/service.js";
import { type SandboxClock } from "./clock.js";
import { type PointsService } from "./points/service.js";
import { type Scheduler } from "./scheduler/scheduler.js";
import { type SandboxState } from "./state/state.js";
import { SERVICE_IDS, type ServiceId } from "./state/tokens.js";

/**
 * When issued cash receipts are filed to the NTS (국세청 전송):
 * - `popbill`: like POPBiLL — sent after midnight KST of the issue day, result at 11:00 KST
 *   that next day, on the sandbox clock (advance it in tests);
 * - `fast`: for the local stage — sent and answered `fastFilingMs` after issue.
 *
 * The schedule also picks the defaults of the other time-driven points settings (the fast
 * profile, {@link FAST_PROFILE_DEFAULTS}): deposits confirm and refunds complete within seconds.
 */
export type FilingSchedule = "popbill" | "fast";

/** The filing schedules, for validation. */
export const FILING_SCHEDULES: readonly FilingSchedule[] = ["popbill", "fast"];

/** Tunables of the emulated protocols. */
export interface SandboxSettings {
  /** Lifetime of a Linkhub session token. [INF] the real lifetime is undocumented. */
  readonly tokenLifetimeMs: number;
  /** Largest accepted distance between `x-lh-date` and the sandbox clock. [INF] undocumented upstream. */
  readonly maxClockSkewMs: number;
  /** Lifetime of the URLs that POPBiLL documents as valid for 30 seconds. */
  readonly shortUrlLifetimeMs: number;
  /** The ServiceID whose tokens the POPBiLL API host accepts (`POPBILL_TEST`: the test stage). */
  readonly popbillServiceId: ServiceId;
  /** Points one cash receipt costs. [INF] 11 is a guess; POPBiLL prices per contract. */
  readonly cashbillUnitCost: number;
  /** Sandbox time from BULKISSUE acceptance (txState 0) to processing (txState 1). */
  readonly bulkAcceptToProcessingMs: number;
  /** Sandbox time a submission spends processing (txState 1) before it completes (txState 2). */
  readonly bulkProcessingMs: number;
  /** Extra processing time per receipt of a submission. */
  readonly bulkPerReceiptMs: number;
  /** NTS filing schedule; see {@link FilingSchedule}. */
  readonly filingSchedule: FilingSchedule;
  /** Delay from issue to the filing result on the `fast` schedule. */
  readonly fastFilingMs: number;
  /** Real-time interval at which the scheduler looks for due jobs. */
  readonly schedulerTickMs: number;
  /** Real-time limit of one webhook POST. */
  readonly webhookTimeoutMs: number;
  /** Webhook POSTs in flight at once (messages of one receipt are always sent in order). */
  readonly webhookConcurrency: number;
  /**
   * Sandbox time from a bank-transfer charge request (`POST /Payment`) to the automatic
   * confirmation of its deposit (points credited, settleState 1 -> 2); `null`: never
   * automatic, only by the control API or `sandbox.points.confirmDeposit()`. Default `null`,
   * 10 s on the `fast` schedule. [INF] a real deposit is confirmed when the money arrives.
   */
  readonly depositConfirmMs: number | null;
  /**
   * Sandbox time from a refund request to its completion (state 1 -> 2). [INF] default 3 days
   * (POPBiLL pays refunds out within business days), 10 s on the `fast` schedule.
   */
  readonly refundProcessingMs: number;
  /** Points one 예금주 성명조회 (CheckAccountInfo, itemCode 182) costs. [INF] */
  readonly accountCheckUnitCost: number;
  /** Points one 예금주 실명조회 (CheckDepositorInfo, itemCode 183) costs. [INF] */
  readonly depositorCheckUnitCost: number;
}

/** Defaults for {@link SandboxSettings}. */
export const DEFAULT_SETTINGS: SandboxSettings = {
  tokenLifetimeMs: 60 * 60 * 1000,
  maxClockSkewMs: 5 * 60 * 1000,
  shortUrlLifetimeMs: 30 * 1000,
  popbillServiceId: "POPBILL_TEST",
  cashbillUnitCost: 11,
  bulkAcceptToProcessingMs: 1_000,
  bulkProcessingMs: 2_000,
  bulkPerReceiptMs: 0,
  filingSchedule: "popbill",
  fastFilingMs: 3_000,
  schedulerTickMs: 25,
  webhookTimeoutMs: 10_000,
  webhookConcurrency: 8,
  depositConfirmMs: null,
  refundProcessingMs: 3 * 24 * 60 * 60 * 1000,
  accountCheckUnitCost: 10,
  depositorCheckUnitCost: 30,
};

/** Defaults that replace {@link DEFAULT_SETTINGS} on the `fast` schedule (the local stage). */
export const FAST_PROFILE_DEFAULTS: Partial<SandboxSettings> = {
  depositConfirmMs: 10_000,
  refundProcessingMs: 10_000,
};

/** Everything a handler may read besides the request. */
export interface SandboxEnv {
  /** The sandbox clock. */
  readonly clock: SandboxClock;
  /** Partners, members, tokens, short-lived pages, receipts and point ledgers. */
  readonly state: SandboxState;
  /** Protocol tunables. */
  readonly settings: SandboxSettings;
  /** Time-driven jobs on the sandbox clock. */
  readonly scheduler: Scheduler;
  /** The cash-receipt domain (issue, bulk, revoke, filing). */
  readonly cashbill: CashbillService;
  /** Points: bank-transfer charges, refunds, histories. */
  readonly points: PointsService;
}

/**
 * Defaults (the fast profile's on the `fast` schedule) overridden by the given settings
 * (`undefined` keeps the default); throws a `RangeError` for a negative or non-finite
 * number or an unknown schedule/ServiceID.
 */
export function resolveSettings(overrides: Partial<SandboxSettings> = {}): SandboxSettings {
  const given = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  );
  const fast = (given["filingSchedule"] ?? DEFAULT_SETTINGS.filingSchedule) === "fast";
  const settings: SandboxSettings = {
    ...DEFAULT_SETTINGS,
    ...(fast ? FAST_PROFILE_DEFAULTS : {}),
    ...given,
  };
  for (const [name, value] of Object.entries(settings)) {
    if (typeof DEFAULT_SETTINGS[name as keyof SandboxSettings] !== "number") continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new RangeError(`settings.${name} must be a number >= 0`);
  }
  const { depositConfirmMs } = settings;
  if (
    depositConfirmMs !== null &&
    (typeof depositConfirmMs !== "number" ||
      !Number.isFinite(depositConfirmMs) ||
      depositConfirmMs < 0)
  )
    throw new RangeError("settings.depositConfirmMs must be a number >= 0 or null");
  if (!FILING_SCHEDULES.includes(settings.filingSchedule))
    throw new RangeError(`settings.filingSchedule must be ${FILING_SCHEDULES.join(" or ")}`);
  if (!SERVICE_IDS.includes(settings.popbillServiceId))
    throw new RangeError(`settings.popbillServiceId must be ${SERVICE_IDS.join(" or ")}`);
  return settings;
}
