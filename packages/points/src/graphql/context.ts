import type { EventsContext } from "@korbill/core-tenancy/graphql";
import type { PointsClient } from "../client/client.js";
import type { BalanceWatch } from "../service/balance-watch.js";

/** What the points resolvers need in the request context. */
export interface PointsContext extends EventsContext {
  points: PointsClient;
  pointsWatch: BalanceWatch;
}
