import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import { createClient } from "graphql-ws";
import { resumableSubscriptions } from "@korbill/client";

/** Where the gateway is and which key to use. */
export interface KorbillApolloOptions {
  /** The GraphQL URL, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The graphql-ws URL (the same path, `ws:` / `wss:`). */
  wsUrl: string;
  apiKey: string;
  /** A WebSocket class where there is no global one (Node 20: `ws`). */
  webSocketImpl?: unknown;
}

/**
 * Apollo Client for korbill: queries and mutations over HttpLink, subscriptions over
 * GraphQLWsLink. The graphql-ws client reconnects for ever, and `resumableSubscriptions` makes
 * every subscription that declares `$after` resume from its last cursor after a reconnect.
 */
export function createKorbillApollo(options: KorbillApolloOptions) {
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
  const http = new HttpLink({
    uri: options.url,
    headers: { authorization: `Bearer ${options.apiKey}` },
  });
  const apollo = new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(ws),
      http,
    ),
    cache: new InMemoryCache(),
  });
  return { apollo, ws };
}
