import { Client, type Exchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";
import type { DocumentNode } from "graphql";
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
  /**
   * For a gateway that runs only trusted documents: a document's id in the deployed manifest
   * (with GraphQL Code Generator's client preset, `(document) => document.__meta__.hash`). The
   * id goes in `extensions.persistedQuery.sha256Hash`, over HTTP and over graphql-ws alike.
   */
  documentId?: (document: DocumentNode) => string;
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
      ...persisted(options.documentId),
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

/** urql's persistedExchange sending ids from a manifest, for every kind of operation. */
function persisted(documentId: KorbillUrqlOptions["documentId"]): Exchange[] {
  if (!documentId) return [];
  return [
    persistedExchange({
      generateHash: async (_query, document) => documentId(document),
      // The ids come from a deployed manifest: never fall back to registering text.
      enforcePersistedQueries: true,
      enableForMutation: true,
      enableForSubscriptions: true,
      // POST, as for every other operation (CSRF prevention refuses a plain GET).
      preferGetForPersistedQueries: false,
    }),
  ];
}
