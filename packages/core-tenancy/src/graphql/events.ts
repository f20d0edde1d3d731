import {
  type EventLog,
  type StoredEvent,
  decodeCursor,
  encodeCursor,
  replayThenLive,
  topicFor,
} from "@korbill/core-events";
import { InputError } from "@korbill/core-domain";
import { type KorbillContext, corpNumFor } from "./context.js";

/** A context that can reach the event log. */
export interface EventsContext extends KorbillContext {
  events: EventLog;
}

/** What a subscription resolver asks for. */
export interface LiveEventsRequest<T> {
  /** Event domain, e.g. `cashbill`, `points`, `billing`. */
  domain: string;
  /** The client's last cursor (opaque); replay starts after it. */
  after?: string | null;
  /** The member business to watch (the key's own by default). */
  corpNum?: string | null;
  filter?: (event: StoredEvent) => boolean;
  /** Turns a stored event into the subscription's self-contained payload. */
  map: (event: StoredEvent, cursor: string) => T;
}

/**
 * The one way subscriptions read events: scoped to a CorpNum the tenant may act for (so no
 * tenant sees another's events), replaying after the client's cursor, then live. Each payload
 * carries its cursor so a reconnecting client resumes where it stopped.
 */
export function liveEvents<T>(ctx: EventsContext, request: LiveEventsRequest<T>): AsyncIterable<T> {
  const corpNum = corpNumFor(ctx, request.corpNum);
  let after: number | null = null;
  if (request.after !== undefined && request.after !== null) {
    after = decodeCursor(request.after);
    if (after === null) {
      throw new InputError("after is not a cursor this gateway issued", [
        { path: "after", message: "unknown cursor" },
      ]);
    }
  }
  return replayThenLive(ctx.events, {
    topic: topicFor(request.domain, corpNum),
    after,
    filter: request.filter,
    map: (event) => request.map(event, encodeCursor(event.cursor)),
  });
}
