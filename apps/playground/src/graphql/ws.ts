import { type Client, type ClientOptions, createClient } from "graphql-ws";
import { type ShownError, toShownErrors } from "./errors.js";

/** graphql-ws closes with this when the server refuses the API key; retrying cannot help. */
const FORBIDDEN = 4403;

/** A graphql-ws client that also tells whether its socket is open. */
export interface LiveClient extends Client {
  /** Resolves once the socket is open (at once if it is), or after `timeoutMs` anyway. */
  whenConnected(timeoutMs?: number): Promise<void>;
}

/**
 * A graphql-ws client for `url` that sends the key in `connectionParams` and reconnects for
 * as long as the page is open (graphql-ws gives up after 5 attempts by default), except when
 * the key itself is refused.
 */
export function createLiveClient(
  url: string,
  apiKey: string,
  /** For tests and Node: `webSocketImpl`, a faster `retryWait`. */
  overrides: Partial<ClientOptions> = {},
): LiveClient {
  let open = false;
  let waiters: (() => void)[] = [];
  const client = createClient({
    url,
    connectionParams: { authorization: `Bearer ${apiKey}` },
    lazy: true,
    keepAlive: 10_000,
    retryAttempts: Infinity,
    shouldRetry: (error) => (error as { code?: unknown } | null)?.code !== FORBIDDEN,
    ...overrides,
    on: {
      connected: () => {
        open = true;
        for (const wake of waiters.splice(0)) wake();
      },
      closed: () => (open = false),
    },
  });
  const whenConnected = (timeoutMs = 5_000) =>
    new Promise<void>((resolve) => {
      if (open) return resolve();
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== wake);
        resolve();
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      waiters.push(wake);
    });
  return Object.assign(client, { whenConnected });
}

/** An event stream whose items carry a cursor and that accepts `after: <cursor>`. */
export interface ResumableRequest {
  query: string;
  /** The subscription's root field, e.g. `cashbillEvents`. */
  field: string;
  variables?: Record<string, unknown>;
  /** Resume after this cursor from the start (default: live events only). */
  after?: string | null;
}

/** What a resumable subscription reports. */
export interface ResumableHandlers<T> {
  next(event: T): void;
  /** The stream ended with errors (GraphQL errors, or a socket that may not reconnect). */
  error(errors: ShownError[]): void;
  complete?(): void;
}

/**
 * Subscribes to a cursor-carrying event stream so that a dropped connection loses nothing.
 * graphql-ws itself has no resume: on reconnect it sends the same Subscribe payload again.
 * The payload's `variables.after` is therefore kept at the last cursor received, so the
 * resent Subscribe asks the gateway to replay exactly what was missed before going on live.
 * Returns a function that ends the subscription.
 */
export function subscribeResumable<T extends { cursor: string }>(
  client: Client,
  request: ResumableRequest,
  handlers: ResumableHandlers<T>,
): () => void {
  const variables: Record<string, unknown> = { ...request.variables, after: request.after ?? null };
  const payload = { query: request.query, variables };
  return client.subscribe<Record<string, T>>(payload, {
    next(result) {
      if (result.errors?.length) {
        handlers.error(toShownErrors(result.errors));
        return;
      }
      const event = result.data?.[request.field];
      if (!event) return;
      variables.after = event.cursor;
      handlers.next(event);
    },
    error(error) {
      handlers.error(toShownErrors(error));
    },
    complete() {
      handlers.complete?.();
    },
  });
}
