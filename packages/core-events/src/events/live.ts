import { Repeater } from "@repeaterjs/repeater";
import type { EventLog } from "./log.js";
import { type StoredEvent, channelFor } from "./types.js";

/** What a subscriber wants. */
export interface LiveOptions {
  topic: string;
  /** Replay the log after this cursor first; omitted = only events from now on. */
  after?: number | null;
  /** Delivered only when true (type, submitId, ... filters). Cursor tracking sees every event. */
  filter?: (event: StoredEvent) => boolean;
  /** Live events held for a slow consumer before falling back to reading the log. */
  maxBuffered?: number;
}

const PAGE = 500;

/**
 * Replays the log after `after`, then continues live with no gap and no duplicate at the
 * seam: it subscribes first (acknowledged), reads history, then drops live events it already
 * delivered and fills any gap (an event published out of order, or lost while the buffer
 * overflowed) from the log, using each event's `prevCursor`. Delivery is in cursor order.
 * Returning from the iterator (client unsubscribes) releases the subscription at once.
 */
export function replayThenLive(
  log: EventLog,
  options: LiveOptions,
): AsyncIterableIterator<StoredEvent> {
  const accept = options.filter ?? (() => true);
  const maxBuffered = options.maxBuffered ?? 10_000;
  return new Repeater<StoredEvent>(async (push, stop) => {
    let stopped = false;
    let buffer: StoredEvent[] = [];
    let overflowed = false;
    let wake: (() => void) | null = null;
    const unsubscribe = await log.bus.subscribe(channelFor(log.stage, options.topic), (event) => {
      if (buffer.length >= maxBuffered) {
        buffer = [];
        overflowed = true;
      } else buffer.push(event);
      wake?.();
    });
    void stop.then(() => {
      stopped = true;
      unsubscribe();
      wake?.();
    });
    try {
      let last = options.after ?? (await log.latestCursor(options.topic));
      const deliver = async (event: StoredEvent) => {
        last = event.cursor;
        if (accept(event)) await push(event);
      };
      const catchUp = async (before?: number) => {
        for (;;) {
          const page = await log.read({ topic: options.topic, after: last, before, limit: PAGE });
          for (const event of page) await deliver(event);
          if (page.length < PAGE || stopped) return;
        }
      };
      if (options.after !== undefined && options.after !== null) await catchUp();
      while (!stopped) {
        if (overflowed) {
          overflowed = false;
          buffer = [];
          await catchUp();
          continue;
        }
        const event = buffer.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        if (event.cursor <= last) continue;
        if (event.prevCursor > last) await catchUp(event.cursor);
        await deliver(event);
      }
    } catch (error) {
      unsubscribe();
      stop(error);
    }
  });
}
