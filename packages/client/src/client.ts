import type { Client } from "graphql-ws";
import { type KorbillDocument, type VariablesArgs } from "./documents.js";
import { postOperation } from "./http.js";
import {
  type ConnectionState,
  type ReconnectOptions,
  createSocketClient,
  webSocketUrl,
} from "./socket.js";
import { type KorbillEventStream, streamResumable } from "./stream.js";
import {
  type KorbillSubscription,
  type SubscriptionHandlers,
  subscribeResumable,
} from "./subscriptions.js";

/** Where and how to reach the gateway. */
export interface KorbillClientOptions {
  /** The GraphQL URL, e.g. `http://127.0.0.1:4000/graphql` (WebSocket on the same path). */
  url: string;
  /** A korbill API key; sent as `Authorization: Bearer` and in graphql-ws connectionParams. */
  apiKey: string;
  /**
   * The graphql-ws URL; default: `url` with `http(s):` replaced by `ws(s):` (a relative `url`
   * is resolved against the page's location first).
   */
  wsUrl?: string;
  /** A WebSocket class where there is no global one (Node 20: `import WebSocket from "ws"`). */
  webSocketImpl?: unknown;
  /** A fetch implementation; default: the global one. */
  fetch?: typeof fetch;
  /** Reconnect backoff (default: jittered, 500 ms doubling up to 3 s, for ever). */
  reconnect?: ReconnectOptions;
  /** Ping interval of the WebSocket (default 10 s; 0 turns pings off). */
  keepAliveMs?: number;
  /** Called when the WebSocket connects, drops or reconnects. */
  onConnectionChange?: (state: ConnectionState) => void;
}

/** The typed korbill client. */
export interface KorbillClient {
  /** Runs a query or mutation over HTTP; throws a `KorbillError` on any GraphQL error. */
  request<TResult, TVariables>(
    document: KorbillDocument<TResult, TVariables>,
    ...variables: VariablesArgs<TVariables>
  ): Promise<TResult>;
  /**
   * Subscribes over graphql-ws. Reconnects for ever; an operation with an `$after` variable
   * resumes from the last cursor received, so every event arrives exactly once.
   */
  subscribe<TResult, TVariables>(
    document: KorbillDocument<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TResult>,
  ): KorbillSubscription;
  /** `subscribe` as an async iterator: `for await (const event of client.iterate(...))`. */
  iterate<TResult, TVariables>(
    document: KorbillDocument<TResult, TVariables>,
    ...variables: VariablesArgs<TVariables>
  ): KorbillEventStream<TResult>;
  /** Ends every subscription and closes the WebSocket. */
  close(): Promise<void>;
}

/** Creates a client; nothing connects until the first request or subscription. */
export function createKorbillClient(options: KorbillClientOptions): KorbillClient {
  const http = {
    url: options.url,
    apiKey: options.apiKey,
    // Called as a plain function: browsers refuse `fetch` invoked on another object.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  } satisfies Parameters<typeof postOperation>[0];
  // Created on first use, so an HTTP-only client needs no WebSocket implementation.
  let socket: Client | undefined;
  const ws = () =>
    (socket ??= createSocketClient({
      url: options.wsUrl ?? webSocketUrl(options.url),
      apiKey: options.apiKey,
      webSocketImpl: options.webSocketImpl,
      reconnect: options.reconnect,
      keepAliveMs: options.keepAliveMs,
      onConnectionChange: options.onConnectionChange,
    }));
  return {
    async request(document, ...[variables]) {
      return (await postOperation(http, document, asRecord(variables))) as never;
    },
    subscribe(document, variables, handlers) {
      return subscribeResumable(ws(), document, asRecord(variables), handlers);
    },
    iterate(document, ...[variables]) {
      return streamResumable(ws(), document, asRecord(variables));
    },
    async close() {
      await socket?.dispose();
    },
  };
}

function asRecord(variables: unknown): Record<string, unknown> | undefined {
  return typeof variables === "object" && variables !== null
    ? (variables as Record<string, unknown>)
    : undefined;
}
