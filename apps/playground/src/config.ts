/** The local stage's public demo member key; it only ever unlocks the in-process sandbox. */
export const DEMO_MEMBER_KEY = "kb_local_demo_member_key";

/** Where the gateway's GraphQL endpoint is, over HTTP and over graphql-ws. */
export interface Endpoints {
  http: string;
  ws: string;
}

/** The GraphQL URLs of the gateway that served this page (same origin, path `/graphql`). */
export function endpointsFor(location: Pick<Location, "href">): Endpoints {
  const http = new URL("/graphql", location.href).href;
  return { http, ws: http.replace(/^http/, "ws") };
}
