import type { GraphQLFormattedError } from "graphql";
import { currentRequest } from "./request-context.js";

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Adds `extensions.requestId` to an error formatted for the client. */
export function stampRequestId(f: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return { ...f, extensions: { ...f.extensions, requestId } };
}

/**
 * Every error a client sees names the request it came from (`extensions.requestId`), the id
 * its log lines carry. Over WebSocket the formatter runs outside the request: ws/access.ts
 * stamps those.
 */
export function withRequestId(format: Format): Format {
  return (formatted, error) => {
    const f = format(formatted, error);
    const id = currentRequest()?.requestId;
    return id ? stampRequestId(f, id) : f;
  };
}
