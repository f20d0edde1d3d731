/**
 * Events are executed by graphql-js's own `subscribe` (`pipeline/execute.ts`); this module
 * only keeps the import of `shared-subscriptions.ts` working.
 */
export {
  type SubscribeResult,
  subscribeOperation as subscribeEvents,
} from "../pipeline/execute.js";
