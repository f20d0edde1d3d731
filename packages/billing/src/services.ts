import type { Kysely } from "kysely";
import type { IamportTransport } from "@korbill/core-upstream";
import type { EventLog, WorkClaims } from "@korbill/core-events";
import { type IamportClient, createIamportClient } from "./client.js";
import { BillingService } from "./service/billing-service.js";
import { BillingStore } from "./store.js";
import { BillingWebhooks } from "./verify.js";
import type { RefetchLimits } from "./refetch-gate.js";

/** What {@link createBillingServices} needs. */
export interface BillingServicesOptions {
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
}

/** Creates the billing client, store, webhook verifier and service for one stage. */
export function createBillingServices(options: BillingServicesOptions): BillingServices {
  const iamportClient = createIamportClient({ iamport: options.iamport });
  const billingStore = new BillingStore(options.db, options.events.stage);
  const deps = {
    client: iamportClient,
    store: billingStore,
    events: options.events,
    now: options.now ?? Date.now,
    noticeUrl: options.noticeUrl,
  };
  return {
    iamportClient,
    billingStore,
    billingWebhooks: new BillingWebhooks(deps, options.webhookRefetch, options.claims),
    billing: new BillingService(deps),
  };
}
