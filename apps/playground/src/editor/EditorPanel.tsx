import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { useMemo } from "react";
import { useApi } from "../api.js";

const DEFAULT_QUERY = `# korbill playground (local stage). The demo member key is
# preset under Headers. Ctrl-Space completes from the schema,
# Ctrl-Enter runs, and Docs explains every field.
#
# Subscriptions run over graphql-ws on the same /graphql URL:
#   subscription {
#     cashbillEvents { cursor type mgtKey success confirmNum }
#   }

query Me {
  viewer { tenant kind corpNums stage }
  points { corpNum balance }
}
`;

/** GraphiQL over the gateway: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function EditorPanel() {
  const { endpoints, live, apiKey } = useApi();
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: endpoints.http,
        wsClient: live,
        enableIncrementalDelivery: false,
      }),
    [endpoints.http, live],
  );
  const headers = JSON.stringify({ authorization: `Bearer ${apiKey}` }, null, 2);
  return (
    <section className="panel editor-panel" aria-label="GraphQL editor" data-testid="editor">
      <GraphiQL
        key={apiKey}
        fetcher={fetcher}
        defaultQuery={DEFAULT_QUERY}
        defaultHeaders={headers}
        defaultEditorToolsVisibility="headers"
        shouldPersistHeaders={false}
        isHeadersEditorEnabled
      />
    </section>
  );
}
