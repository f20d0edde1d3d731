import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { type DocumentNode, OperationTypeNode } from "graphql";
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
  /**
   * For a gateway that runs only trusted documents: a document's id in the deployed manifest
   * (with GraphQL Code Generator's client preset, `(document) => document.__meta__.hash`). The
   * id goes in `extensions.persistedQuery.sha256Hash`, over HTTP and over graphql-ws alike.
   */
  documentId?: (document: DocumentNode) => string;
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
  const transports = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    http,
  );
  const { documentId } = options;
  const apollo = new ApolloClient({
    // Before the split, so subscriptions carry the id too (GraphQLWsLink sends `extensions`).
    link: documentId
      ? ApolloLink.from([new PersistedQueryLink({ generateHash: documentId }), transports])
      : transports,
    cache: new InMemoryCache(),
  });
  return { apollo, ws };
}
