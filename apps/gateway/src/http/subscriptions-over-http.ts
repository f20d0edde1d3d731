import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Logger } from "../logger.js";
import { ErrorCode } from "@korbill/error-codes";

/**
 * Refuses a subscription sent over HTTP with a client error that says where subscriptions
 * are served. Without it, Apollo executes the subscription field like a query, gets no
 * value and answers INTERNAL_SERVER_ERROR (logged as an unexpected error with a stack).
 * `publicUrl` (KORBILL_PUBLIC_URL) wins over the request's Host header when set.
 */
export function subscriptionsOverWebSocketOnly(
  logger: Logger,
  publicUrl?: string,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, request }) {
          if (operation?.operation !== "subscription") return;
          const wsUrl = webSocketUrl(publicUrl, request.http?.headers.get("host"));
          logger.debug("subscription sent over HTTP refused", { operationName });
          throw new GraphQLError(
            `subscriptions are served over WebSocket at ${wsUrl} (graphql-transport-ws protocol), not over HTTP`,
            { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
          );
        },
      };
    },
  };
}

function webSocketUrl(publicUrl: string | undefined, host: string | undefined): string {
  const base = publicUrl?.replace(/\/$/, "") ?? `http://${host ?? "localhost"}`;
  return `${base.replace(/^http/, "ws")}/graphql`;
}
