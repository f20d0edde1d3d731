export { authChecker } from "./auth-checker.js";
export { CORP_NUM_ARG, type KorbillContext, Role, corpNumFor, requireTenant } from "./context.js";
export { USER_ID_ARG, userIdFor } from "./user-id.js";
export {
  CorpNumArgs,
  CorpNumUserIdArgs,
  EventStreamArgs,
  type SubscribeData,
} from "./corp-num.args.js";
export { type EventsContext, type LiveEventsRequest, liveEvents } from "./events.js";
