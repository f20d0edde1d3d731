export * from "./db/index.js";
export { coreEventsMigrations } from "./events/migrations.js";
export { decodeCursor, encodeCursor } from "./events/cursor.js";
export { EventLog, type ReadFilter } from "./events/log.js";
export { type LiveOptions, replayThenLive } from "./events/live.js";
export { Fifo } from "./events/fifo.js";
export { EventStream, FifoBuffer } from "./events/stream.js";
export { type NewEvent, type StoredEvent, channelFor, topicFor } from "./events/types.js";
export { type ErrorReport, stderrReport } from "./report.js";
export {
  type BusStatus,
  type EventBus,
  type GapListener,
  type Listener,
  createMemoryBus,
} from "./pubsub/bus.js";
export { type RedisBusOptions, createRedisBus } from "./pubsub/redis-bus.js";
export { type RedisTarget, redisTargetFromUrl } from "./pubsub/redis-target.js";
export { type BackoffOptions, backoffDelayMs, jitteredDelayMs } from "./timing/backoff.js";
export {
  type ClaimsStatus,
  LocalClaims,
  PostgresClaims,
  type PostgresClaimsOptions,
  type WorkClaims,
  advisoryLockId,
  createWorkClaims,
} from "./claims/index.js";

import type { EventBus } from "./pubsub/bus.js";
import { createMemoryBus } from "./pubsub/bus.js";
import { type RedisBusOptions, createRedisBus } from "./pubsub/redis-bus.js";

/**
 * The bus for a configuration: Redis when a URL is given (several instances; see
 * `redisTargetFromUrl` for Sentinel, Cluster and TLS), else in-memory.
 */
export function createEventBus(redisUrl?: string, options: RedisBusOptions = {}): EventBus {
  return redisUrl ? createRedisBus(redisUrl, options) : createMemoryBus(options);
}
