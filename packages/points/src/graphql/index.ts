import { PointsResolver } from "./points.resolver.js";

export type { PointsContext } from "./context.js";
export { PointsView } from "./points.type.js";
export { PointsResolver };

/** Resolver classes the gateway registers. */
export const pointsResolvers = [PointsResolver] as const;
