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
import {
  BalanceGuard,
  BalanceWatch,
  type PointsClient,
  createAnonymousPopbill,
  createPointsClient,
} from "@korbill/points";
import {
  BulkService,
  type CashbillClient,
  CashbillStore,
  createCashbillClient,
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
  cashbillPointsCheck?: (corpNum: string, receipts: number) => Promise<void>;
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
    ...(sandbox?.sandbox ? { clock: { now: () => sandbox.sandbox!.clock.nowMs() } } : {}),
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
  const cashbill = createCashbillClient({ popbill });
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
  const cashbillStore = new CashbillStore(database.db, config.stage);
  if (obs) instrumentBulkStore(cashbillStore, obs);
  const bulk = new BulkService(
    cashbillStore,
    cashbill,
    events,
    {
      pollMinMs: config.bulk.pollMinMs,
      pollMaxMs: config.bulk.pollMaxMs,
      reconcileMinMs: 1_000,
      reconcileMaxMs: 30_000,
      filingCheckMs: config.bulk.filingCheckMs,
      recordedGraceMs: 12_000,
      firstPollMs: config.bulk.firstPollMs,
      minPollMs: 250,
      timers: true,
    },
    Date.now,
    logger,
    claims,
  );
  const points = createPointsClient({
    popbill,
    anonymous: createAnonymousPopbill({ transport, endpoints }),
    linkId: config.popbill.linkId ?? sandbox?.partner.linkId,
  });
  const pointsWatch = new BalanceWatch(database.db, events, {
    defaultThreshold: config.lowBalanceThreshold,
  });
  const guard = new BalanceGuard({ points, watch: pointsWatch });
  const unitCosts = new Map<string, { cost: number; until: number }>();
  const cashbillPointsCheck = async (corpNum: string, receipts: number) => {
    let cached = unitCosts.get(corpNum);
    if (!cached || cached.until < Date.now()) {
      const reply = await cashbill.getUnitCost(corpNum);
      cached = { cost: Number(reply.unitCost), until: Date.now() + 600_000 };
      unitCosts.set(corpNum, cached);
    }
    await guard.assertBalanceCovers(corpNum, cached.cost * receipts);
  };
  const hometax = createHometaxServices({
    popbill,
    db: database.db,
    events,
    now: Date.now,
    logger,
    claims,
  });
  return {
    popbill,
    events,
    claims,
    points,

    pointsWatch,
    ...(config.pointsPrecheck ? { cashbillPointsCheck } : {}),

    cashbill,
    cashbillStore,
    bulk,
    billing: billing.billing,
    billingWebhooks: billing.billingWebhooks,
    hometax: hometax.hometax,
    hometaxJobs: hometax.hometaxJobs,
    hometaxResults: hometax.hometaxResults,
    rateLimits,
    workerSpecs: [
      { name: "cashbill-bulk", tick: () => bulk.tick() },
      hometax.hometaxWorker,
      { name: "billing-webhooks", tick: () => billing.billingWebhooks.drainDeferred() },
    ],
    now: Date.now,
    ...(sandbox?.sandbox
      ? { sandboxClock: { clock: sandbox.sandbox.clock, timing: config.sandboxTiming } }
      : {}),
    perRequest: () => createCashbillLoaders(cashbill),
    close: async () => {
      await claims.close();
      await transport.close();
      await bus.close();
      await rateLimits.close();
    },
  };
}
