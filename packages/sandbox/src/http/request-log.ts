import { type HostKind } from "./request.js";

/** One request as the sandbox received it. */
export interface RequestLogEntry {
  /** Arrival order, from 1, across all hosts. */
  readonly seq: number;
  /** The emulated host that received it. */
  readonly host: HostKind;
  /** Wire method. */
  readonly method: string;
  /** `X-HTTP-Method-Override`, upper-cased, when sent. */
  readonly override: string | undefined;
  /** Path as received, without the query. */
  readonly path: string;
  /** Raw query string without `?`. */
  readonly query: string;
  /** Headers with lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Size of the raw body in bytes. */
  readonly bodySize: number;
  /** Sandbox time at arrival. */
  readonly time: Date;
  /** The reply's status; `undefined` while pending or when the connection was dropped. */
  status: number | undefined;
}

/** A filter for {@link RequestLog} queries; every given field must match. */
export interface RequestFilter {
  /** Emulated host kind. */
  readonly host?: HostKind;
  /** Wire method, any case. */
  readonly method?: string;
  /** `X-HTTP-Method-Override` value, any case. */
  readonly override?: string;
  /** Exact path, or a pattern tested against the path. */
  readonly path?: string | RegExp;
  /** Reply status. */
  readonly status?: number;
}

/** Entries kept before the oldest are discarded (the standalone sandbox may run for days). */
const DEFAULT_LOG_CAPACITY = 10_000;

/**
 * Every upstream request the sandbox received, for assertions such as
 * `sandbox.requests.count({ host: "auth", path: /\/Token$/ })`.
 */
export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];
  readonly #capacity: number;
  #seq = 0;

  /** Creates an empty log keeping at most `capacity` entries. */
  constructor(capacity = DEFAULT_LOG_CAPACITY) {
    this.#capacity = capacity;
  }

  /** Appends an entry (assigning `seq`) and returns it so the server can set `status`. */
  record(entry: Omit<RequestLogEntry, "seq">): RequestLogEntry {
    const stored: RequestLogEntry = { ...entry, seq: ++this.#seq };
    this.#entries.push(stored);
    if (this.#entries.length > this.#capacity)
      this.#entries.splice(0, this.#entries.length - this.#capacity);
    return stored;
  }

  /** Entries matching the filter, oldest first. */
  list(filter: RequestFilter = {}): RequestLogEntry[] {
    return this.#entries.filter((entry) => matches(entry, filter));
  }

  /** How many entries match the filter. */
  count(filter: RequestFilter = {}): number {
    return this.list(filter).length;
  }

  /** The newest matching entry. */
  last(filter: RequestFilter = {}): RequestLogEntry | undefined {
    return this.list(filter).at(-1);
  }

  /** Forgets every entry and returns how many there were. */
  clear(): number {
    return this.#entries.splice(0).length;
  }
}

function matches(entry: RequestLogEntry, filter: RequestFilter): boolean {
  if (filter.host !== undefined && entry.host !== filter.host) return false;
  if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.override !== undefined && entry.override !== filter.override.toUpperCase())
    return false;
  if (filter.status !== undefined && entry.status !== filter.status) return false;
  if (typeof filter.path === "string") return entry.path === filter.path;
  if (filter.path instanceof RegExp) return filter.path.test(entry.path);
  return true;
}
