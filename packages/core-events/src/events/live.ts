import type { Push, Stop } from "@repeaterjs/repeater";
import { Fifo } from "./fifo.js";
import { EventStream, FifoBuffer } from "./stream.js";
import type { EventLog } from "./log.js";
import { type StoredEvent, channelFor } from "./types.js";

/** What a subscriber wants; `T` is what it receives (the stored event unless `map` is given). */
export interface LiveOptions<T = StoredEvent> {
  topic: string;
  /** Replay the log after this cursor first; omitted = only events from now on. */
  after?: number | null;
  /** Delivered only when true (type, submitId, ... filters). Cursor tracking sees every event. */
  filter?: (event: StoredEvent) => boolean;
  /** Live events held for a slow consumer before falling back to reading the log. */
  maxBuffered?: number;
  /** Turns each delivered event into what the reader receives, in the same stream. */
  map?: (event: StoredEvent) => T;
}

const PAGE = 500;
/** Events ready for the consumer before the producer waits (a replay reads pages ahead). */
const READY_HIGH_WATER = 1_000;

/**
 * Replays the log after `after`, then continues live with no gap and no duplicate at the
 * seam: it subscribes first (acknowledged), reads history, then drops live events it already
 * delivered and fills any gap (an event published out of order, or lost while the buffer
 * overflowed) from the log, using each event's `prevCursor`; when the bus reports that it
 * may have missed publications (a reconnect), it reads the log after its last cursor.
 * Delivery is in cursor order.
 * Returning from the iterator (client unsubscribes) releases the subscription at once, and
 * resolves once no read of the log is in flight.
 *
 * The work starts at the first `next()`. Events wait in the stream's buffer for the consumer,
 * so a burst (a bulk's 100 results) is handed over without a round trip per event; the
 * producer pauses while {@link READY_HIGH_WATER} events wait (a slow reader of a long replay
 * does not pull the whole log into memory).
 */
export function replayThenLive<T = StoredEvent>(
  log: EventLog,
  options: LiveOptions<T>,
): AsyncIterableIterator<T> {
  return new EventStream<T>(
    (push, stop) => produce(log, options, push, stop),
    new FifoBuffer(READY_HIGH_WATER),
  );
}

/** The producer behind {@link replayThenLive}: ends when `stop` settles (the reader left). */
async function produce<T>(
  log: EventLog,
  options: LiveOptions<T>,
  push: Push<T>,
  stop: Stop,
): Promise<undefined> {
  const accept = options.filter ?? (() => true);
  const map = options.map ?? ((event: StoredEvent) => event as T);
  const maxBuffered = options.maxBuffered ?? 10_000;
  const buffer = new Fifo<StoredEvent>();
  let stopped = false;
  let wakeProducer: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  void stop.then(() => {
    stopped = true;
    unsubscribe?.();
    unsubscribe = null;
    wakeProducer?.();
  });
  // Set when live events may be missing (the buffer overflowed, or the bus reconnected or
  // began listening late): the next step reads the log after the last delivered cursor.
  let stale = false;
  const release = await log.bus.subscribe(
    channelFor(log.stage, options.topic),
    (event) => {
      if (buffer.size >= maxBuffered) {
        buffer.clear();
        stale = true;
      } else buffer.push(event);
      wakeProducer?.();
    },
    () => {
      stale = true;
      wakeProducer?.();
    },
  );
  if (stopped) {
    release();
    return undefined;
  }
  unsubscribe = release;
  let last = options.after ?? (await log.latestCursor(options.topic));
  const deliver = async (event: StoredEvent) => {
    last = event.cursor;
    if (accept(event)) await push(map(event));
  };
  const catchUp = async (before?: number) => {
    for (;;) {
      const page = await log.read({ topic: options.topic, after: last, before, limit: PAGE });
      for (const event of page) {
        if (stopped) return;
        await deliver(event);
      }
      if (page.length < PAGE || stopped) return;
    }
  };
  if (options.after !== undefined && options.after !== null) await catchUp();
  while (!stopped) {
    if (stale) {
      stale = false;
      buffer.clear();
      await catchUp();
      continue;
    }
    const event = buffer.shift();
    if (!event) {
      await new Promise<void>((resolve) => (wakeProducer = resolve));
      wakeProducer = null;
      continue;
    }
    if (event.cursor <= last) continue;
    if (event.prevCursor > last) await catchUp(event.cursor);
    await deliver(event);
  }
  return undefined;
}
