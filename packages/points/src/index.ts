export {
  POINTS_SCOPES,
  type PointsClient,
  type RemainPointReply,
  createPointsClient,
} from "./client.js";
