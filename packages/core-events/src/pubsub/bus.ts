import type { StoredEvent } from "../events/types.js";
import { type ErrorReport, stderrReport } from "../report.js";

/** Receives events published on a channel. */
export type Listener = (event: StoredEvent) => void;

/**
 * Told that the bus may have missed publications for a channel (it reconnected, or began
 * listening later than `subscribe` resolved): the subscriber reads the log from its last
 * cursor.
 */
export type GapListener = () => void;

/** Whether the bus delivers right now: `memory` (in-process, always), `up` or `down`. */
export type BusStatus = "memory" | "up" | "down";

/**
 * Live fan-out of stored events: a doorbell, the event log is the truth. `subscribe` resolves
 * once the subscription is active (for Redis: SUBSCRIBE acknowledged), so a reader that
 * subscribes and then reads the log misses nothing published in between; when the bus cannot
 * subscribe now (Redis down) it resolves anyway and calls `onGap` once it listens. Publishing
 * never rejects: a failed publication is reported and rung again when the bus is back.
 */
export interface EventBus {
  publish(channel: string, event: StoredEvent): Promise<void>;
  /** Publishes events of one channel in cursor order as one message (a bulk's results). */
  publishMany(channel: string, events: readonly StoredEvent[]): Promise<void>;
  subscribe(channel: string, listener: Listener, onGap?: GapListener): Promise<() => void>;
  status(): BusStatus;
  close(): Promise<void>;
}

/** Channel -> listeners. */
class Listeners {
  readonly byChannel = new Map<string, Set<Listener>>();

  add(channel: string, listener: Listener): void {
    let set = this.byChannel.get(channel);
    if (!set) this.byChannel.set(channel, (set = new Set()));
    set.add(listener);
  }

  remove(channel: string, listener: Listener): void {
    const set = this.byChannel.get(channel);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) this.byChannel.delete(channel);
  }

  deliver(channel: string, event: StoredEvent, report?: BusErrorReport): void {
    for (const listener of this.byChannel.get(channel) ?? []) deliverTo(listener, event, report);
  }
}

/** Where a bus reports failures it recovers from (the gateway's logger). */
export type BusErrorReport = ErrorReport;

/** Calls one listener; a throwing listener never stops delivery to the others. */
export function deliverTo(
  listener: Listener,
  event: StoredEvent,
  report: BusErrorReport = stderrReport,
): void {
  try {
    listener(event);
  } catch (error) {
    report("event listener failed", error);
  }
}

/** The single-instance default: delivery within this process. */
export function createMemoryBus(options: { onError?: BusErrorReport } = {}): EventBus {
  const listeners = new Listeners();
  return {
    async publish(channel, event) {
      listeners.deliver(channel, event, options.onError);
    },
    async publishMany(channel, events) {
      for (const event of events) listeners.deliver(channel, event, options.onError);
    },
    async subscribe(channel, listener) {
      listeners.add(channel, listener);
      return () => listeners.remove(channel, listener);
    },
    status: () => "memory",
    async close() {
      listeners.byChannel.clear();
    },
  };
}
