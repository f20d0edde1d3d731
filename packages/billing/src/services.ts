import type { Kysely } from "kysely";
import type { IamportTransport } from "@korbill/core-upstream";
import type { EventLog, WorkClaims } from "@korbill/core-events";
import { type IamportClient, createIamportClient } from "./client/client.js";
import { BillingService } from "./service/billing-service.js";
import { BillingStore } from "./store/store.js";
import { BillingWebhooks } from "./service/verify.js";
import type { RefetchLimits } from "./service/refetch-gate.js";

/** What {@link createBillingServices} needs. */
export interface BillingServicesDeps {
  iamport: IamportTransport;
  /** The korbill database (`KorbillDatabase.db`) migrated with `billingMigrations`. */
  db: Kysely<unknown>;
  /** The stage's event log; its stage scopes the billing tables too. */
  events: EventLog;
  /** Epoch ms; defaults to `Date.now`. */
  now?: () => number;
  /** Public URL of korbill's i'mport webhook route, sent as `notice_url`. */
  noticeUrl?: string;
  /** Bounds on webhook re-fetches; without it every webhook re-fetches at once. */
  webhookRefetch?: RefetchLimits;
  /** Which instance verifies which deferred webhook (default: in-process, one instance). */
  claims?: WorkClaims;
}

/** The billing services a gateway wires (spread them into the GraphQL context). */
export interface BillingServices {
  iamportClient: IamportClient;
  billingStore: BillingStore;
  /** For the webhook route: `billingWebhooks.receive(rawBody, contentType)`. */
  billingWebhooks: BillingWebhooks;
  /** What the resolvers call (`BillingContext.billing`). */
  billing: BillingService;
  /**
   * Run each `tick` on every instance (e.g. every second): `billing-webhooks` verifies the
   * deferred webhooks the instance claims.
   */
  workers: { name: string; tick(): Promise<unknown> }[];
  now(): number;
}

/**
 * Creates the billing client, store, webhook verifier and service for one stage. The gateway
 * spreads the result into its request context and runs `workers`.
 */
export function createBillingServices(options: BillingServicesDeps): BillingServices {
  const iamportClient = createIamportClient({ iamport: options.iamport });
  const billingStore = new BillingStore(options.db, options.events.stage);
  const deps = {
    client: iamportClient,
    store: billingStore,
    events: options.events,
    now: options.now ?? Date.now,
    noticeUrl: options.noticeUrl,
  };
  const billingWebhooks = new BillingWebhooks(deps, options.webhookRefetch, options.claims);
  return {
    iamportClient,
    billingStore,
    billingWebhooks,
    billing: new BillingService(deps),
    workers: [{ name: "billing-webhooks", tick: () => billingWebhooks.drainDeferred() }],
    now: deps.now,
  };
}
