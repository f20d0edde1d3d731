import { explorerPlugin } from "@graphiql/plugin-explorer";
import "@graphiql/plugin-explorer/dist/style.css";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { useEffect, useMemo, useRef, useState } from "react";
import { useApi } from "../api.js";
import { codePlugin } from "./CodePlugin.js";
import { EditorSocket } from "./editor-socket.js";
import { exampleTabs } from "./examples.js";
import { createEditorFetcher } from "./fetcher.js";
import { anonymousOperationsHint } from "./operations.js";

/** Edits of the Headers settle this long before the socket reconnects with them. */
const HEADERS_SETTLE_MS = 600;

const explorer = explorerPlugin({ showAttribution: false });

/**
 * GraphiQL over the gateway: HTTP for queries and mutations, graphql-ws for subscriptions,
 * both with the Headers of the editor; the README's operations as named tabs; the explorer
 * and the operation as code.
 */
export function EditorPanel() {
  const { endpoints, apiKey } = useApi();
  const [socket] = useState(() => new EditorSocket(endpoints.ws));
  useEffect(() => () => void socket.dispose(), [socket]);
  const fetcher = useMemo(
    () => createEditorFetcher(endpoints.http, socket),
    [endpoints.http, socket],
  );
  const headers = JSON.stringify({ authorization: `Bearer ${apiKey}` }, null, 2);
  const tabs = useMemo(() => exampleTabs(headers), [headers]);
  const plugins = useMemo(() => [explorer, codePlugin(endpoints.http)], [endpoints.http]);
  const [hint, setHint] = useState<string | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  const onEditHeaders = (text: string) => {
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      const parsed = parseHeaders(text);
      if (parsed) socket.update(parsed);
    }, HEADERS_SETTLE_MS);
  };
  return (
    <section className="panel editor-panel" aria-label="GraphQL editor" data-testid="editor">
      {hint && (
        <p className="editor-hint" role="status" data-testid="editor-hint">
          {hint}
        </p>
      )}
      <GraphiQL
        key={apiKey}
        fetcher={fetcher}
        defaultTabs={tabs}
        defaultHeaders={headers}
        defaultEditorToolsVisibility="headers"
        shouldPersistHeaders={false}
        isHeadersEditorEnabled
        plugins={plugins}
        onEditQuery={(query) => setHint(anonymousOperationsHint(query))}
        onEditHeaders={onEditHeaders}
      />
    </section>
  );
}

function parseHeaders(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
