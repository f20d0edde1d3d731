export {
  POINTS_SCOPES,
  type PointsClient,
  type RemainPointReply,
  createPointsClient,
} from "./client.js";
export {
  type BalanceChangedPayload,
  BalanceWatch,
  type LowBalancePayload,
  pointsMigrations,
} from "./watch.js";
