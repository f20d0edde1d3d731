import type { FormattedExecutionResult } from "graphql";

/** One line of a subscription's log in the result pane. */
export interface LoggedEvent {
  /** When it arrived, local time to the millisecond (`14:03:21.042`). */
  receivedAt: string;
  data?: unknown;
  errors?: readonly unknown[];
  /** Something that happened to the connection rather than an event. */
  note?: string;
}

/** What the result pane shows while a subscription runs: every event so far, newest first. */
export interface EventLog {
  subscription: string;
  eventCount: number;
  events: LoggedEvent[];
}

/** At most this many lines are kept (the newest); the count goes on. */
const KEEP = 1_000;

/** `14:03:21.042` */
export function clockTime(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/**
 * Builds the log GraphiQL shows instead of only the latest result: each `add` returns a new
 * log (GraphiQL renders whatever the fetcher yielded last), with the new line on top.
 */
export class EventLogBuilder {
  #events: LoggedEvent[] = [];
  #count = 0;

  constructor(
    private readonly name: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** An event (data and/or errors). */
  add(result: FormattedExecutionResult<unknown, unknown>): EventLog {
    this.#count += 1;
    const line: LoggedEvent = { receivedAt: clockTime(this.now()) };
    if (result.data !== undefined) line.data = result.data;
    if (result.errors?.length) line.errors = result.errors;
    return this.#push(line);
  }

  /** A line about the connection (not counted as an event). */
  note(text: string, errors?: readonly unknown[]): EventLog {
    return this.#push({
      receivedAt: clockTime(this.now()),
      note: text,
      ...(errors ? { errors } : {}),
    });
  }

  #push(line: LoggedEvent): EventLog {
    this.#events = [line, ...this.#events].slice(0, KEEP);
    return { subscription: this.name, eventCount: this.#count, events: this.#events };
  }
}
