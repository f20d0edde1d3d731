import { PointsResolver } from "./points.resolver.js";

export type { PointsContext } from "./context.js";
export { PointsEvent, PointsEventType } from "./points-event.type.js";
export { PointsView } from "./points.type.js";
export { PointsResolver };

/** Resolver classes the gateway registers. */
export const pointsResolvers = [PointsResolver] as const;
