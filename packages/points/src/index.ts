/**
 * @korbill/points: every POPBiLL points operation, the account-holder check and member
 * onboarding — client, validation and mapping, with no GraphQL import (see `./graphql`).
 */
export * from "./client/client.js";
export {
  BalanceGuard,
  type BalanceGuardDeps,
  type PointsGuard,
  requiredPoints,
} from "./service/guard.js";
export { type PointsServices, type PointsServicesDeps, createPointsServices } from "./services.js";
export * from "./map/index.js";
export * from "./validate/index.js";
export {
  type BalanceChangedPayload,
  BalanceWatch,
  type LowBalancePayload,
} from "./service/balance-watch.js";
export { type PointsTables, pointsMigrations } from "./store/migrations.js";
export { BalanceStore, type BalanceRow } from "./store/balances.js";
export type * from "./wire.js";
