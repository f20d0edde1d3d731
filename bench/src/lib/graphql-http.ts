/** A GraphQL reply over HTTP. */
export interface GraphqlReply<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation with `Authorization: Bearer <key>`. */
export async function postGraphql<T = Record<string, unknown>>(
  graphqlUrl: string,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlReply<T>> {
  const res = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphqlReply<T>, "status">;
  return { status: res.status, ...body };
}

/** Like {@link postGraphql}, but throws on any GraphQL error. */
export async function mustGraphql<T = Record<string, unknown>>(
  graphqlUrl: string,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const reply = await postGraphql<T>(graphqlUrl, key, query, variables);
  if (reply.errors?.length || !reply.data) {
    throw new Error(`GraphQL error (${reply.status}): ${JSON.stringify(reply.errors)}`);
  }
  return reply.data;
}
