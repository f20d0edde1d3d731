import {
  type GraphiQLPlugin,
  useHeadersEditorState,
  useOperationsEditorState,
  useVariablesEditorState,
} from "@graphiql/react";
import { useState } from "react";
import { snippetsFor } from "./code-snippets.js";

function CodeIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" aria-hidden>
      <path d="M8 7l-5 5 5 5M16 7l5 5-5 5" strokeWidth="1.5" />
    </svg>
  );
}

/** The active tab's operation as curl, fetch and @korbill/client code, with copy buttons. */
function CodeContent({ url }: { url: string }) {
  const [query] = useOperationsEditorState();
  const [variables] = useVariablesEditorState();
  const [headers] = useHeadersEditorState();
  const [copied, setCopied] = useState<string | null>(null);
  const snippets = snippetsFor({ url, query, variables, headers });
  return (
    <div className="code-plugin" data-testid="code-plugin">
      <div className="graphiql-doc-explorer-title">Code</div>
      {snippets.map((snippet) => (
        <section key={snippet.label}>
          <h4>
            {snippet.label}
            <button
              type="button"
              className="graphiql-un-styled"
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(snippet.code)
                  .then(() => setCopied(snippet.label))
              }
            >
              {copied === snippet.label ? "copied" : "copy"}
            </button>
          </h4>
          <pre>{snippet.code}</pre>
        </section>
      ))}
    </div>
  );
}

/** A GraphiQL plugin showing the current operation as code (for the gateway at `url`). */
export function codePlugin(url: string): GraphiQLPlugin {
  return { title: "Code", icon: CodeIcon, content: () => <CodeContent url={url} /> };
}
