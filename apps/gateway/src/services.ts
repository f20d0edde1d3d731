import {
  type PopbillTransport,
  createHttpTransport,
  createLinkhubTokenProvider,
  createPopbillTransport,
  resolveEndpoints,
} from "@korbill/core-auth";
import {
  type EventLog,
  type KorbillDatabase,
  LeaseStore,
  createEventBus,
  EventLog as Log,
} from "@korbill/core-events";
import { BalanceWatch, type PointsClient, createPointsClient } from "@korbill/points";
import { BulkService, type CashbillClient, CashbillStore, createCashbillClient } from "@korbill/cashbill";
import { type CashbillLoaders, createCashbillLoaders } from "@korbill/cashbill/graphql";
import type { GatewayConfig } from "./config.js";
import type { Logger } from "./logger.js";
import type { startLocalSandbox } from "./local-stage.js";

/** The domain services every resolver reaches through the context. */
export interface Services {
  popbill: PopbillTransport;
  events: EventLog;
  leases: LeaseStore;
  points: PointsClient;
  pointsWatch: BalanceWatch;
  cashbill: CashbillClient;
  cashbillStore: CashbillStore;
  bulk: BulkService;
  now(): number;
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
): ServiceHandle {
  const endpoints = resolveEndpoints({
    stage: config.stage,
    hostVariant: config.popbill.hostVariant,
    overrides: sandbox?.urls
      ? sandboxOverrides(sandbox.urls)
      : {
          linkhubAuthUrl: config.popbill.authUrl,
          popbillApiUrl: config.popbill.apiUrl,
          iamportApiUrl: config.iamport.apiUrl,
        },
  });
  const transport = createHttpTransport({ userAgent: "korbill" });
  const tokens = createLinkhubTokenProvider({
    transport,
    endpoints,
    linkId: config.popbill.linkId ?? sandbox?.partner.linkId ?? "",
    secretKey: config.popbill.secretKey ?? sandbox?.partner.secretKey ?? "",
    ipRestrict: config.popbill.ipRestrict,
  });
  const popbill = createPopbillTransport({ transport, tokens, endpoints });
  const bus = createEventBus(config.redisUrl);
  const events = new Log(database, config.stage, bus);
  const cashbill = createCashbillClient({ popbill });
  const cashbillStore = new CashbillStore(database.db, config.stage);
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
    },
    Date.now,
    logger,
  );
  return {
    popbill,
    events,
    leases: new LeaseStore(database),
    points: createPointsClient({ popbill }),
    pointsWatch: new BalanceWatch(database.db, events, {
      defaultThreshold: config.lowBalanceThreshold,
    }),
    cashbill,
    cashbillStore,
    bulk,
    now: Date.now,
    perRequest: () => createCashbillLoaders(cashbill),
    close: async () => {
      await transport.close();
      await bus.close();
    },
  };
}

// TODO(issue 4/7): the sandbox's POPBiLL API and i'mport hosts replace these fallbacks.
function sandboxOverrides(urls: Record<string, string> | { authUrl: string }) {
  const u = urls as Record<string, string | undefined>;
  const auth = u.authUrl!;
  return {
    linkhubAuthUrl: auth,
    popbillApiUrl: u.popbillUrl ?? auth,
    iamportApiUrl: u.iamportUrl ?? auth,
  };
}
