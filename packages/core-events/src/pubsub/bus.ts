import { Redis } from "ioredis";
import type { StoredEvent } from "../events/types.js";

/** Receives events published on a channel. */
export type Listener = (event: StoredEvent) => void;

/**
 * Live fan-out of stored events. `subscribe` resolves only once the subscription is active
 * (for Redis: SUBSCRIBE acknowledged), so a reader that subscribes and then reads the log
 * cannot miss an event published in between.
 */
export interface EventBus {
  publish(channel: string, event: StoredEvent): Promise<void>;
  subscribe(channel: string, listener: Listener): Promise<() => void>;
  close(): Promise<void>;
}

/** Channel -> listeners, shared by both buses. */
class Listeners {
  readonly byChannel = new Map<string, Set<Listener>>();

  add(channel: string, listener: Listener): boolean {
    let set = this.byChannel.get(channel);
    const first = !set;
    if (!set) this.byChannel.set(channel, (set = new Set()));
    set.add(listener);
    return first;
  }

  remove(channel: string, listener: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (!set) return false;
    set.delete(listener);
    if (set.size > 0) return false;
    this.byChannel.delete(channel);
    return true;
  }

  deliver(channel: string, event: StoredEvent): void {
    for (const listener of this.byChannel.get(channel) ?? []) {
      try {
        listener(event);
      } catch (error) {
        console.error("event listener failed", error);
      }
    }
  }
}

/** The single-instance default: delivery within this process. */
export function createMemoryBus(): EventBus {
  const listeners = new Listeners();
  return {
    async publish(channel, event) {
      listeners.deliver(channel, event);
    },
    async subscribe(channel, listener) {
      listeners.add(channel, listener);
      return () => void listeners.remove(channel, listener);
    },
    async close() {
      listeners.byChannel.clear();
    },
  };
}

/**
 * Several gateway instances: events go through Redis pub/sub (one Redis SUBSCRIBE per channel
 * per instance, however many local subscribers). Payloads are JSON.
 */
export function createRedisBus(url: string): EventBus {
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const listeners = new Listeners();
  const pending = new Map<string, Promise<unknown>>();
  sub.on("message", (channel: string, message: string) => {
    listeners.deliver(channel, JSON.parse(message) as StoredEvent);
  });
  pub.on("error", () => undefined);
  sub.on("error", () => undefined);
  return {
    async publish(channel, event) {
      await pub.publish(channel, JSON.stringify(event));
    },
    async subscribe(channel, listener) {
      if (listeners.add(channel, listener)) pending.set(channel, sub.subscribe(channel));
      await pending.get(channel);
      return () => {
        if (listeners.remove(channel, listener)) {
          pending.delete(channel);
          void sub.unsubscribe(channel).catch(() => undefined);
        }
      };
    },
    async close() {
      listeners.byChannel.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
