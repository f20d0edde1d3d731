import { GraphQLRequestError, fromGraphQLErrors } from "./errors.js";

/** Posts GraphQL operations over HTTP with a korbill API key. */
export interface HttpClient {
  /** Resolves to `data`, or throws {@link GraphQLRequestError} when the response has errors. */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** An HTTP client for `url`, sending `Authorization: Bearer <apiKey>`. */
export function createHttpClient(
  url: string,
  apiKey: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): HttpClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json().catch(() => null)) as {
        data?: T | null;
        errors?: unknown[];
      } | null;
      if (!body) {
        throw new GraphQLRequestError([
          { code: `HTTP_${response.status}`, message: "the gateway sent no JSON", details: [] },
        ]);
      }
      if (body.errors?.length) throw new GraphQLRequestError(fromGraphQLErrors(body.errors));
      if (body.data === undefined || body.data === null) {
        throw new GraphQLRequestError([
          { code: `HTTP_${response.status}`, message: "the response had no data", details: [] },
        ]);
      }
      return body.data;
    },
  };
}
