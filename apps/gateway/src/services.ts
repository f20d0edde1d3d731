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
}

/** Services plus their teardown. */
export type ServiceHandle = Services & { close(): Promise<void> };

/**
 * Wires the upstream stack for a stage: endpoints (the sandbox's URLs in `local`), one
 * keep-alive transport, the Linkhub token provider and the domain clients.
 */
export function createServices(
  config: GatewayConfig,
  sandbox: Awaited<ReturnType<typeof startLocalSandbox>> | undefined,
  database: KorbillDatabase,
  _logger: Logger,
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
  return {
    popbill,
    events,
    leases: new LeaseStore(database),
    points: createPointsClient({ popbill }),
    pointsWatch: new BalanceWatch(database.db, events, {
      defaultThreshold: config.lowBalanceThreshold,
    }),
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
