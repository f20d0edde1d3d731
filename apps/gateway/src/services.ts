import {
  type PopbillTransport,
  createHttpTransport,
  createIamportTokenProvider,
  createIamportTransport,
  createLinkhubTokenProvider,
  createPopbillTransport,
  resolveEndpoints,
} from "@korbill/core-upstream";
import { budgetedTransport } from "@korbill/core-tenancy";
import {
  type EventLog,
  type KorbillDatabase,
  type WorkClaims,
  createEventBus,
  createWorkClaims,
  EventLog as Log,
} from "@korbill/core-events";
import { type BalanceWatch, type PointsClient, createPointsServices } from "@korbill/points";
import {
  type BulkPointsCheck,
  type BulkService,
  type CashbillClient,
  type CashbillStore,
  createCashbillServices,
} from "@korbill/cashbill";
import { type CashbillLoaders, createCashbillLoaders } from "@korbill/cashbill/graphql";
import { type BillingService, type BillingWebhooks, createBillingServices } from "@korbill/billing";
import { type HometaxServices, createHometaxServices } from "@korbill/hometax";
import type { GatewayConfig } from "./config.js";
import type { Logger } from "./logger.js";
import type { startLocalSandbox } from "./local-stage.js";
import type { LocalSandboxClock } from "./sandbox-clock/resolver.js";
import { type RateLimits, createRateLimits } from "./rate-limits/index.js";
import type { Observability } from "./observability/access-log.js";
import { instrumentBulkStore, instrumentEventLog } from "./observability/domain.js";
import { observedTokenCache, transportObservation } from "./observability/upstream.js";

/** The domain services every resolver reaches through the context. */
export interface Services {
  popbill: PopbillTransport;
  events: EventLog;
  /** Units of background work, each claimed by one instance at a time. */
  claims: WorkClaims;
  points: PointsClient;
  pointsWatch: BalanceWatch;
  cashbill: CashbillClient;
  cashbillStore: CashbillStore;
  bulk: BulkService;
  billing: BillingService;
  billingWebhooks: BillingWebhooks;
  hometax: HometaxServices["hometax"];
  hometaxJobs: HometaxServices["hometaxJobs"];
  hometaxResults: HometaxServices["hometaxResults"];
  /** Refuses a bulk the member's points cannot pay for (INSUFFICIENT_POINTS). */
  cashbillPointsCheck?: BulkPointsCheck;
  /** Per-key operation and upstream limits (RATE_LIMITED). */
  rateLimits: RateLimits;
  /** Background passes the gateway runs on every instance (each claims its units). */
  workerSpecs: { name: string; tick(): Promise<unknown> }[];
  now(): number;
  /** Local stage with an embedded sandbox: its clock, which users may move. */
  sandboxClock?: LocalSandboxClock;
}

/** Objects created anew for every request (DataLoaders must not outlive one). */
export type RequestScoped = CashbillLoaders;

/** Services plus their teardown. */
export type ServiceHandle = Services & { perRequest(): RequestScoped; close(): Promise<void> };

/**
 * Wires the upstream stack for a stage: endpoints (the sandbox's URLs in `local`), one
 * keep-alive transport, the Linkhub token provider and the domain clients.
 */
export function createServices(
  config: GatewayConfig,
  sandbox: Awaited<ReturnType<typeof startLocalSandbox>> | undefined,
  database: KorbillDatabase,
  logger: Logger,
  obs?: Observability,
): ServiceHandle {
  const endpoints = resolveEndpoints({
    stage: config.stage,
    hostVariant: config.popbill.hostVariant,
    overrides: sandbox?.urls
      ? {
          linkhubAuthUrl: sandbox.urls.authUrl,
          popbillApiUrl: sandbox.urls.popbillUrl,
          iamportApiUrl: sandbox.urls.iamportUrl,
        }
      : {
          linkhubAuthUrl: config.popbill.authUrl,
          popbillApiUrl: config.popbill.apiUrl,
          iamportApiUrl: config.iamport.apiUrl,
        },
  });
  const rateLimits = createRateLimits(config);
  const unbudgeted = createHttpTransport({
    userAgent: "korbill",
    ...transportObservation(config.stage, obs),
  });
  // Every upstream call of a tenant's operation is charged to its key before it is sent. Token
  // requests are not: one is shared by every key of a CorpNum (and cached), so refusing it for
  // one key would fail the others waiting on it.
  const transport = budgetedTransport(unbudgeted, rateLimits.tenants);
  const tokens = createLinkhubTokenProvider({
    transport: unbudgeted,
    endpoints,
    linkId: config.popbill.linkId ?? sandbox?.partner.linkId ?? "",
    secretKey: config.popbill.secretKey ?? sandbox?.partner.secretKey ?? "",
    ipRestrict: config.popbill.ipRestrict,
    cache: observedTokenCache(obs, "linkhub"),
    // With the embedded sandbox, x-lh-date follows its clock (as an SDK on server time does).
    ...(sandbox?.sandbox ? { clock: { now: () => sandbox.sandbox.clock.nowMs() } } : {}),
  });
  const popbill = createPopbillTransport({ transport, tokens, endpoints });
  const report = (message: string, error: unknown) =>
    logger.warn(message, { error: String(error) });
  const bus = createEventBus(config.redisUrl, { onError: report });
  const events = new Log(database, config.stage, bus, Date.now, report);
  if (obs) instrumentEventLog(events, obs);
  const claims = createWorkClaims(database, {
    onError: (error) => logger.warn("claims connection failed", { error: String(error) }),
  });
  const iamportTokens = createIamportTokenProvider({
    transport: unbudgeted,
    endpoints,
    impKey: config.iamport.impKey ?? sandbox?.iamport.impKey ?? "",
    impSecret: config.iamport.impSecret ?? sandbox?.iamport.impSecret ?? "",
    cache: observedTokenCache(obs, "iamport"),
  });
  const iamport = createIamportTransport({
    transport,
    tokens: iamportTokens,
    endpoints,
    tier: config.iamport.tier,
  });
  // The four domains are wired alike: createXServices(deps) returns what the resolvers read
  // from the context, and the workers to run. Points' guard is the cash-receipt pre-check's port.
  const points = createPointsServices({
    popbill,
    anonymous: { transport, endpoints },
    linkId: config.popbill.linkId ?? sandbox?.partner.linkId,
    db: database.db,
    events,
    defaultThreshold: config.lowBalanceThreshold,
    now: Date.now,
  });
  const cashbill = createCashbillServices({
    popbill,
    db: database.db,
    events,
    timing: {
      pollMinMs: config.bulk.pollMinMs,
      pollMaxMs: config.bulk.pollMaxMs,
      filingCheckMs: config.bulk.filingCheckMs,
      firstPollMs: config.bulk.firstPollMs,
      timers: true,
    },
    now: Date.now,
    logger,
    claims,
    ...(config.pointsPrecheck ? { pointsGuard: points.pointsGuard } : {}),
  });
  if (obs) instrumentBulkStore(cashbill.cashbillStore, obs);
  const hometax = createHometaxServices({
    popbill,
    db: database.db,
    events,
    now: Date.now,
    logger,
    claims,
  });
  const billing = createBillingServices({
    iamport,
    db: database.db,
    events,
    now: Date.now,
    webhookRefetch: rateLimits.webhookRefetch,
    claims,
    noticeUrl: config.publicUrl
      ? `${config.publicUrl.replace(/\/$/, "")}/webhooks/iamport`
      : undefined,
  });
  return {
    popbill,
    events,
    claims,
    points: points.points,
    pointsWatch: points.pointsWatch,
    cashbill: cashbill.cashbill,
    cashbillStore: cashbill.cashbillStore,
    bulk: cashbill.bulk,
    ...(cashbill.cashbillPointsCheck ? { cashbillPointsCheck: cashbill.cashbillPointsCheck } : {}),
    billing: billing.billing,
    billingWebhooks: billing.billingWebhooks,
    hometax: hometax.hometax,
    hometaxJobs: hometax.hometaxJobs,
    hometaxResults: hometax.hometaxResults,
    rateLimits,
    workerSpecs: [...points.workers, ...cashbill.workers, ...hometax.workers, ...billing.workers],
    now: Date.now,
    ...(sandbox?.sandbox
      ? { sandboxClock: { clock: sandbox.sandbox.clock, timing: config.sandboxTiming } }
      : {}),
    perRequest: () => createCashbillLoaders(cashbill.cashbill),
    close: async () => {
      await claims.close();
      await transport.close();
      await bus.close();
      await rateLimits.close();
    },
  };
}
