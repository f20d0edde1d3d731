import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient } from "graphql-ws";
import { resumableSubscriptions } from "@korbill/client";

/** Where the gateway is and which key to use. */
export interface KorbillUrqlOptions {
  /** The GraphQL URL, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The graphql-ws URL (the same path, `ws:` / `wss:`). */
  wsUrl: string;
  apiKey: string;
  /** A WebSocket class where there is no global one (Node 20: `ws`). */
  webSocketImpl?: unknown;
}

/**
 * urql for korbill: queries and mutations over `fetchExchange`, subscriptions over graphql-ws
 * through `subscriptionExchange`. The graphql-ws client reconnects for ever, and
 * `resumableSubscriptions` makes every subscription that declares `$after` resume from its last
 * cursor after a reconnect.
 */
export function createKorbillUrql(options: KorbillUrqlOptions) {
  const ws = resumableSubscriptions(
    createClient({
      url: options.wsUrl,
      webSocketImpl: options.webSocketImpl,
      connectionParams: { authorization: `Bearer ${options.apiKey}` },
      retryAttempts: Infinity,
      // A dropped socket is retried too (graphql-ws's default treats a socket error as fatal).
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(3_000, 100 * 2 ** retries))),
    }),
  );
  const urql = new Client({
    url: options.url,
    fetchOptions: { headers: { authorization: `Bearer ${options.apiKey}` } },
    // urql sends queries as GET by default; the gateway's CSRF prevention refuses a GET without
    // a preflight header, so POST everything (as Apollo's HttpLink does).
    preferGetMethod: false,
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || "" };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { urql, ws };
}
