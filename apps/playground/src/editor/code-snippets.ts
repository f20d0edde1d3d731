import { parse, print } from "graphql";
import { isSubscription } from "./operations.js";

/** What a snippet is made of: the active tab's operation and the gateway's URL. */
export interface SnippetInput {
  url: string;
  query: string;
  variables: string;
  headers: string;
}

/** One way to run the operation outside the editor. */
export interface Snippet {
  label: string;
  code: string;
}

function parsed(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The operation without comments and with GraphQL's own layout (as typed when it does not parse). */
function source(query: string): string {
  try {
    return print(parse(query));
  } catch {
    return query.trim();
  }
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The operation as code: curl and fetch for queries and mutations, and @korbill/client
 * (which resumes subscriptions from their last cursor) for everything. Stands in for
 * @graphiql/plugin-code-exporter, which has no release for GraphiQL 3.9 (README).
 */
export function snippetsFor(input: SnippetInput): Snippet[] {
  const query = source(input.query);
  const variables = parsed(input.variables);
  const headers = parsed(input.headers);
  const apiKey = String(headers.authorization ?? headers.Authorization ?? "").replace(
    /^Bearer\s+/i,
    "",
  );
  const body = JSON.stringify({ query, variables });
  const vars = Object.keys(variables).length ? JSON.stringify(variables, null, 2) : "{}";
  const client = [
    `import { createKorbillClient } from "@korbill/client";`,
    `import { parse } from "graphql";`,
    ``,
    `const korbill = createKorbillClient({ url: ${JSON.stringify(input.url)}, apiKey: ${JSON.stringify(apiKey)} });`,
    `const operation = parse(\`${query.replace(/[`\\$]/g, "\\$&")}\`);`,
    ``,
  ];
  if (isSubscription(query)) {
    client.push(
      `korbill.subscribe(operation, ${vars}, {`,
      `  onEvent: (event) => console.log(event),`,
      `  onError: (error) => console.error(error.code, error.message),`,
      `});`,
    );
    return [{ label: "@korbill/client", code: client.join("\n") }];
  }
  client.push(`console.log(await korbill.request(operation, ${vars}));`);
  const headerLines = Object.entries({ "content-type": "application/json", ...headers });
  const curl = [
    `curl ${shellQuote(input.url)}`,
    ...headerLines.map(([k, v]) => `  -H ${shellQuote(`${k}: ${String(v)}`)}`),
    `  --data ${shellQuote(body)}`,
  ].join(" \\\n");
  const fetchCode = [
    `const response = await fetch(${JSON.stringify(input.url)}, {`,
    `  method: "POST",`,
    `  headers: ${JSON.stringify(Object.fromEntries(headerLines))},`,
    `  body: JSON.stringify(${body}),`,
    `});`,
    `console.log(await response.json());`,
  ].join("\n");
  return [
    { label: "curl", code: curl },
    { label: "@korbill/client", code: client.join("\n") },
    { label: "fetch", code: fetchCode },
  ];
}
