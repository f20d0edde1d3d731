import type { EventsContext } from "@korbill/core-tenancy/graphql";
import type { HometaxClient } from "../client/client.js";
import type { HometaxResultService } from "../service/results.js";
import type { HometaxJobService } from "../service/job-service.js";

/**
 * What the HomeTax resolvers need in the request context (`createHometaxServices` returns
 * these names). The subscription context lives as long as the socket: nothing here is
 * request-scoped, and payloads are self-contained.
 */
export interface HometaxContext extends EventsContext {
  hometax: HometaxClient;
  hometaxJobs: HometaxJobService;
  hometaxResults: HometaxResultService;
  /** Clock for popup expiries and certificate deadlines. */
  now(): number;
}
