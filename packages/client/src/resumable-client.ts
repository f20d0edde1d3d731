import { Kind, type OperationDefinitionNode, parse } from "graphql";
import type { FormattedExecutionResult } from "graphql";
import type { Client, Sink, SubscribePayload } from "graphql-ws";
import { CursorTracker } from "./resume.js";

/**
 * Makes any graphql-ws client resume korbill subscriptions from their last cursor: wrap the
 * client that Apollo's `GraphQLWsLink`, urql's `subscriptionExchange` or your own code uses.
 * A subscription whose operation declares `$after` (and selects `cursor`, as every korbill event
 * stream allows) is sent again after each reconnect with `after` set to the last cursor it
 * delivered, so the gateway replays what was missed; an event delivered twice is dropped. Other
 * operations pass through unchanged. Reconnecting itself is the client's own business: create it
 * with `retryAttempts: Infinity` (and `shouldRetry: () => true`), as {@link createKorbillClient}
 * does.
 *
 * ```ts
 * const ws = resumableSubscriptions(createClient({ url, connectionParams, retryAttempts: Infinity }));
 * ```
 */
export function resumableSubscriptions(client: Client): Client {
  return {
    on: (event, listener) => client.on(event, listener),
    dispose: () => client.dispose(),
    terminate: () => client.terminate(),
    subscribe<Data = Record<string, unknown>, Extensions = unknown>(
      payload: SubscribePayload,
      sink: Sink<FormattedExecutionResult<Data, Extensions>>,
    ) {
      const { resumable, tracker } = track(payload);
      if (!resumable) return client.subscribe(payload, sink);
      return client.subscribe<Data, Extensions>(resumable, {
        next: (result) => {
          if (result.data === null || result.data === undefined || tracker.accept(result.data))
            sink.next(result);
        },
        error: (error) => sink.error(error),
        complete: () => sink.complete(),
      });
    },
    iterate<Data = Record<string, unknown>, Extensions = unknown>(payload: SubscribePayload) {
      const { resumable, tracker } = track(payload);
      const results = client.iterate<Data, Extensions>(resumable ?? payload);
      if (!resumable) return results;
      return (async function* () {
        for await (const result of results) {
          if (result.data === null || result.data === undefined || tracker.accept(result.data))
            yield result;
        }
      })();
    },
  };
}

/**
 * For an operation that declares `$after`: a payload whose `variables` carry the last cursor
 * each time graphql-ws sends it (it sends the same object again after every reconnect).
 */
function track(payload: SubscribePayload): {
  resumable: SubscribePayload | undefined;
  tracker: CursorTracker;
} {
  const base = payload.variables ?? {};
  const initial = typeof base.after === "string" ? base.after : null;
  const resumes = declaresAfter(payload.query, payload.operationName ?? undefined);
  const tracker = new CursorTracker(resumes, initial);
  if (!resumes) return { resumable: undefined, tracker };
  const resumable: SubscribePayload = { ...payload };
  Object.defineProperty(resumable, "variables", {
    enumerable: true,
    get: () => tracker.variables(base),
  });
  return { resumable, tracker };
}

const declared = new Map<string, boolean>();

/** Whether the (named) operation of a query text declares a `$after` variable. */
function declaresAfter(query: string, operationName: string | undefined): boolean {
  const key = `${operationName ?? ""}\n${query}`;
  let result = declared.get(key);
  if (result === undefined) {
    try {
      const operation = parse(query, { noLocation: true }).definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION &&
          (operationName === undefined || d.name?.value === operationName),
      );
      result = Boolean(
        operation?.variableDefinitions?.some((v) => v.variable.name.value === "after"),
      );
    } catch {
      result = false; // the gateway reports the syntax error
    }
    // A bounded Map, not lru-cache: the client keeps graphql-ws as its one runtime library.
    if (declared.size >= 500) declared.delete(oldestKey(declared));
    declared.set(key, result);
  }
  return result;
}

/** The first-inserted key of a non-empty map (the one a size-bounded cache evicts). */
function oldestKey<K>(map: ReadonlyMap<K, unknown>): K {
  for (const key of map.keys()) return key;
  throw new Error("internal: oldestKey of an empty map");
}
