import type { KorbillContext } from "@korbill/core-auth/graphql";
import type { PointsClient } from "../client.js";

/** What the points resolvers need in the request context. */
export interface PointsContext extends KorbillContext {
  points: PointsClient;
}
