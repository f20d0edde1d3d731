import type { Cluster, Redis } from "ioredis";
import type { StoredEvent } from "../events/types.js";
import { type EventBus, type GapListener, type Listener, deliverTo } from "./bus.js";
import { type ErrorReport, stderrReport } from "../report.js";
import { type RedisTarget, reconnectDelay, redisTargetFromUrl } from "./redis-target.js";
import { at } from "../events/at.js";

/** Settings of `createRedisBus`. */
export interface RedisBusOptions {
  /** Told about publish and subscribe failures (the bus recovers by itself). */
  onError?: ErrorReport;
}

interface Member {
  listener: Listener;
  onGap?: GapListener;
  /** `subscribe` has returned: a later activation may have missed events for it. */
  returned: boolean;
}

interface Channel {
  members: Set<Member>;
  active: boolean;
  subscribing: Promise<void> | null;
}

/** Doorbells not rung while Redis was away: the newest event per channel (bounded). */
const MAX_MISSED = 10_000;
/** A SUBSCRIBE refused on a live connection is tried again after this long. */
const RESUBSCRIBE_MS = 500;
/** How long a subscriber waits for the bus's first connection before relying on `onGap`. */
const FIRST_CONNECT_WAIT_MS = 2_000;

/**
 * Several gateway instances: events go through Redis pub/sub (one SUBSCRIBE per channel per
 * instance, however many local subscribers; a bulk's events in one message). Redis may go
 * away: publishing then fails fast (no offline queue) without failing the caller, and the
 * newest event per channel is published again on reconnect; channels are subscribed again on
 * every (re)connection, after which each subscriber is told to read the log (`onGap`).
 */
export function createRedisBus(
  target: RedisTarget | string,
  options: RedisBusOptions = {},
): EventBus {
  const redis = typeof target === "string" ? redisTargetFromUrl(target) : target;
  const report = options.onError ?? stderrReport;
  const common = { maxRetriesPerRequest: 1, retryStrategy: reconnectDelay };
  // Named in CLIENT LIST, for operators.
  const pub: Redis | Cluster = redis.connect({
    ...common,
    connectionName: "korbill-pub",
    enableOfflineQueue: false,
  });
  const sub: Redis | Cluster = redis.connect({
    ...common,
    connectionName: "korbill-sub",
    enableOfflineQueue: false,
    // Resubscribed here instead, so that subscribers learn when it happened.
    autoResubscribe: false,
  });
  const channels = new Map<string, Channel>();
  const missed = new Map<string, StoredEvent>();
  let closed = false;

  const activated = (name: string, channel: Channel) => {
    if (channels.get(name) !== channel || channel.active) return;
    channel.active = true;
    for (const member of channel.members) if (member.returned) member.onGap?.();
  };

  // Until the first connection, subscribers wait for it (briefly): a gateway that just
  // started subscribes as before. Later outages never hold a subscriber.
  let everReady = false;
  const firstReady = new Promise<void>((resolve) => {
    sub.once("ready", () => {
      everReady = true;
      resolve();
    });
    setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref();
  });

  const activate = async (name: string, channel: Channel): Promise<void> => {
    if (!everReady) await firstReady;
    if (channel.active || closed) return;
    if (channel.subscribing) return channel.subscribing;
    // Not connected: the 'ready' handler subscribes every channel.
    if (sub.status !== "ready") return;
    channel.subscribing = sub
      .subscribe(name)
      .then(
        () => activated(name, channel),
        (error: unknown) => {
          report(`Redis SUBSCRIBE ${name} failed; retrying`, error);
          setTimeout(() => {
            if (channels.get(name) === channel) void activate(name, channel);
          }, RESUBSCRIBE_MS).unref();
        },
      )
      .finally(() => (channel.subscribing = null));
    return channel.subscribing;
  };

  sub.on("message", (name: string, message: string) => {
    const channel = channels.get(name);
    if (!channel) return;
    let parsed: StoredEvent | StoredEvent[];
    try {
      parsed = JSON.parse(message) as StoredEvent | StoredEvent[];
    } catch (error) {
      report(`unreadable message on ${name}`, error);
      return;
    }
    const events = Array.isArray(parsed) ? parsed : [parsed];
    for (const member of [...channel.members])
      for (const event of events) deliverTo(member.listener, event, report);
  });
  sub.on("ready", () => {
    for (const [name, channel] of channels) {
      channel.active = false;
      void activate(name, channel);
    }
  });
  let connected = false;
  sub.on("ready", () => (connected = true));
  sub.on("close", () => {
    for (const channel of channels.values()) channel.active = false;
    if (connected && !closed)
      report(`lost ${redis.describe}; reconnecting`, new Error("connection closed"));
    connected = false;
  });
  pub.on("ready", () => {
    const pending = [...missed];
    missed.clear();
    for (const [name, event] of pending) void publishMany(name, [event]);
  });
  pub.on("error", () => undefined);
  sub.on("error", () => undefined);

  async function publishMany(name: string, events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0 || closed) return;
    // One event alone stays a plain object, which instances of earlier versions read.
    const message = JSON.stringify(events.length === 1 ? events[0] : events);
    try {
      await pub.publish(name, message);
    } catch (error) {
      if (missed.size >= MAX_MISSED && !missed.has(name)) missed.delete(oldestKey(missed));
      missed.set(name, at(events, events.length - 1));
      report(`Redis PUBLISH ${name} failed; subscribers read the log once it is back`, error);
    }
  }

  return {
    publish: (name, event) => publishMany(name, [event]),
    publishMany,
    async subscribe(name, listener, onGap) {
      let channel = channels.get(name);
      if (!channel) {
        channel = { members: new Set(), active: false, subscribing: null };
        channels.set(name, channel);
      }
      const member: Member = { listener, onGap, returned: false };
      channel.members.add(member);
      await activate(name, channel);
      member.returned = true;
      const joined = channel;
      return () => {
        joined.members.delete(member);
        if (joined.members.size > 0 || channels.get(name) !== joined) return;
        channels.delete(name);
        if (sub.status === "ready") void sub.unsubscribe(name).catch(() => undefined);
      };
    },
    status: () => (pub.status === "ready" && sub.status === "ready" ? "up" : "down"),
    async close() {
      closed = true;
      channels.clear();
      missed.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/** The first-inserted key of a non-empty map (the one a size-bounded cache evicts). */
function oldestKey<K>(map: ReadonlyMap<K, unknown>): K {
  for (const key of map.keys()) return key;
  throw new Error("internal: oldestKey of an empty map");
}
