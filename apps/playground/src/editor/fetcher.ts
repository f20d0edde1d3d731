import { type Fetcher, type FetcherParams, createGraphiQLFetcher } from "@graphiql/toolkit";
import { Repeater } from "@repeaterjs/repeater";
import { GraphQLError } from "graphql";
import type { Client } from "graphql-ws";
import type { EditorSocket } from "./editor-socket.js";
import { type EventLog, EventLogBuilder } from "./event-log.js";
import { anonymousOperationsHint, isSubscription } from "./operations.js";

/**
 * GraphiQL's fetcher: queries and mutations over HTTP with the editor's Headers (GraphiQL's
 * own fetcher), subscriptions over the editor's socket opened with the same Headers, shown
 * as a log of every event with its time. A document of several operations some of which
 * have no name is answered with what to do, instead of being sent.
 */
export function createEditorFetcher(httpUrl: string, socket: EditorSocket): Fetcher {
  const http = createGraphiQLFetcher({ url: httpUrl, enableIncrementalDelivery: false });
  return (params, opts) => {
    const hint = anonymousOperationsHint(params.query);
    if (hint)
      return { errors: [new GraphQLError(hint, { extensions: { code: "ANONYMOUS_OPERATIONS" } })] };
    if (!isSubscription(params.query, params.operationName)) return http(params, opts);
    // GraphiQL shows whatever JSON it is given last; the log is not an ExecutionResult.
    return subscriptionLog(socket, opts?.headers ?? {}, params) as unknown as AsyncIterable<
      Record<string, unknown>
    >;
  };
}

/**
 * Subscribes with `headers` and yields the growing log. When the Headers are edited while it
 * runs, the socket reconnects with them and this subscribes again on the new connection.
 */
function subscriptionLog(
  socket: EditorSocket,
  headers: Record<string, unknown>,
  params: FetcherParams,
): AsyncIterableIterator<EventLog> {
  return new Repeater<EventLog>(async (push, stop) => {
    const log = new EventLogBuilder(params.operationName || "subscription");
    let generation = 0;
    let unsubscribe = () => {};
    const start = (client: Client) => {
      const current = ++generation;
      const live = () => current === generation;
      unsubscribe = client.subscribe(
        {
          query: params.query,
          variables: params.variables as Record<string, unknown> | undefined,
          operationName: params.operationName ?? undefined,
        },
        {
          next: (result) => live() && void push(log.add(result)),
          error: (error) => {
            if (!live()) return;
            void push(log.note("the subscription ended", errorsOf(error)));
            stop();
          },
          complete: () => live() && stop(),
        },
      );
    };
    // Connect (or reconnect, for new headers) before listening for later header changes.
    const client = socket.clientFor(headers);
    const offReconnect = socket.onReconnect(() => {
      const previous = unsubscribe;
      if (!socket.client) return;
      start(socket.client); // bumps the generation first: the old subscription's end is ignored
      previous();
      void push(log.note("the Headers changed: reconnected with them and subscribed again"));
    });
    start(client);
    await stop;
    offReconnect();
    generation += 1;
    unsubscribe();
  });
}

/** What graphql-ws ended a subscription with, as GraphQL errors with a code. */
function errorsOf(error: unknown): readonly unknown[] {
  if (Array.isArray(error)) return error;
  if (typeof error === "object" && error !== null && "code" in error && "reason" in error) {
    const code = Number(error.code);
    const message =
      code === 4403
        ? "the gateway refused the key in Headers (4403 Forbidden)"
        : `the connection closed (${code}${error.reason ? `: ${String(error.reason)}` : ""})`;
    const extensionCode = code === 4403 ? "UNAUTHENTICATED" : "CONNECTION_CLOSED";
    return [{ message, extensions: { code: extensionCode, closeCode: code } }];
  }
  const message = error instanceof Error ? error.message : "the connection failed";
  return [{ message, extensions: { code: "NETWORK_ERROR" } }];
}
