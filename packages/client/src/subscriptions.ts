import type { DocumentNode } from "graphql";
import type { Client } from "graphql-ws";
import { KorbillError } from "./errors.js";
import { prepare } from "./documents.js";
import { CursorTracker } from "./resume.js";
import { ErrorCode } from "@korbill/error-codes";

/** What a subscription reports. */
export interface SubscriptionHandlers<TResult> {
  /** One event, each exactly once and in order, across reconnects. */
  onEvent(event: TResult): void;
  /**
   * A GraphQL error of the subscription (e.g. FORBIDDEN, NOT_FOUND) or a failure that ends
   * it (the key was refused, the socket closed fatally). Dropped connections are not errors:
   * they are retried for ever.
   */
  onError?(error: KorbillError): void;
  /** The server ended the subscription, or `unsubscribe()` was called. */
  onComplete?(): void;
}

/** A running subscription. */
export interface KorbillSubscription {
  /** The last cursor received; store it to resume from there later with `after`. */
  readonly cursor: string | null;
  unsubscribe(): void;
}

/**
 * Subscribes over graphql-ws and, for an operation that declares `$after`, resubscribes
 * after every reconnect from the last cursor received: nothing is lost, nothing repeated.
 * Such an operation also subscribes again, from the last cursor, when the gateway ends it
 * for falling too far behind (`SUBSCRIBER_TOO_SLOW`), and then reads what it missed from the
 * event log at its own pace.
 */
export function subscribeResumable<TResult>(
  client: Client,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  handlers: SubscriptionHandlers<TResult>,
): KorbillSubscription {
  const op = prepare(document);
  const base = variables ?? {};
  const initialAfter = typeof base.after === "string" ? base.after : null;
  const tracker = new CursorTracker(op.acceptsAfter, initialAfter);
  // graphql-ws sends this same payload object again on each re-subscription after a
  // reconnect; the getter makes every send carry the latest cursor as `after`.
  const payload = {
    query: op.query,
    ...(op.documentId ? { documentId: op.documentId } : {}),
    ...(op.operationName ? { operationName: op.operationName } : {}),
    get variables() {
      return tracker.variables(base);
    },
  };
  const report = (error: KorbillError) => handlers.onError && isolate(handlers.onError, error);
  let unsubscribe: () => void = () => undefined;
  let stopped = false;
  const start = () => {
    // The gateway ends a live subscriber that fell too far behind with SUBSCRIBER_TOO_SLOW;
    // an operation that can resume then subscribes again from its last cursor.
    let resume = false;
    unsubscribe = client.subscribe<TResult>(payload, {
      next: (result) => {
        if (result.errors?.length) {
          if (op.acceptsAfter && result.errors.every(isTooSlow)) {
            resume = true;
            return;
          }
          report(KorbillError.fromGraphQLErrors(result.errors, { data: result.data }));
        }
        if (result.data === undefined || result.data === null) return;
        if (tracker.accept(result.data)) isolate(handlers.onEvent, result.data as TResult);
      },
      error: (error) => report(toKorbillError(error)),
      complete: () => {
        if (resume && !stopped) start();
        else if (handlers.onComplete) isolate(handlers.onComplete, undefined);
      },
    });
  };
  start();
  return {
    get cursor() {
      return tracker.cursor;
    },
    unsubscribe() {
      stopped = true;
      unsubscribe();
    },
  };
}

function isTooSlow(error: { extensions?: Record<string, unknown> }): boolean {
  return error.extensions?.code === ErrorCode.SUBSCRIBER_TOO_SLOW;
}

/**
 * Calls a handler so that its exception cannot break graphql-ws's message loop (which
 * would close the connection as a bad response): it is reported as uncaught instead, as
 * an EventTarget listener's would be.
 */
function isolate<T>(handler: (value: T) => void, value: T): void {
  try {
    handler(value);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

/** Maps what graphql-ws reports through `sink.error` to a KorbillError. */
export function toKorbillError(error: unknown): KorbillError {
  if (error instanceof KorbillError) return error;
  if (Array.isArray(error)) return KorbillError.fromGraphQLErrors(error);
  if (typeof error === "object" && error !== null && "code" in error && "reason" in error) {
    const code = Number(error.code);
    const reason = String(error.reason || "");
    if (code === 4403) {
      return new KorbillError(
        "the gateway refused the API key (4403 Forbidden)",
        ErrorCode.UNAUTHENTICATED,
        [],
        {
          closeCode: code,
        },
      );
    }
    return new KorbillError(
      `the connection closed (${code}${reason ? `: ${reason}` : ""})`,
      ErrorCode.CONNECTION_CLOSED,
      [],
      { closeCode: code },
    );
  }
  // An Error, or a WebSocket ErrorEvent (`message`, `error`), or anything else.
  const message =
    typeof error === "object" && error !== null && "message" in error
      ? String(error.message)
      : String(error);
  return new KorbillError(message || "the connection failed", ErrorCode.NETWORK_ERROR, [], {
    cause: error,
  });
}
