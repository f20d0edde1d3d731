import type { EventLog } from "@korbill/core-events";
import type { IamportClient } from "../client/client.js";
import type { BillingStore } from "../store/store.js";

/** What the billing services share: the i'mport client, the store, the event log, a clock. */
export interface BillingDeps {
  client: IamportClient;
  store: BillingStore;
  events: EventLog;
  /** Epoch ms. */
  now(): number;
  /** Sent as `notice_url` on charges and schedules, so i'mport calls korbill's webhook route. */
  noticeUrl?: string | undefined;
}
