import { type FormEvent, useEffect, useState } from "react";
import { useApi, useLiveStatus } from "./api.js";
import { type ShownError, toShownErrors } from "./graphql/shown-errors.js";

interface ViewerView {
  tenant: string;
  kind: string;
  stage: string;
  corpNums: string[];
}

const VIEWER_QUERY = `query Viewer { viewer { tenant kind stage corpNums } }`;

/** Brand, who the key acts as, the API key and the live connection's state. */
export function Header({ onApiKey }: { onApiKey(key: string): void }) {
  const { korbill, apiKey, endpoints } = useApi();
  const status = useLiveStatus();
  const [viewer, setViewer] = useState<ViewerView | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [draft, setDraft] = useState(apiKey);
  useEffect(() => {
    let current = true;
    korbill.request<{ viewer: ViewerView }>(VIEWER_QUERY).then(
      (data) => current && (setViewer(data.viewer), setErrors([])),
      (error: unknown) => current && (setViewer(null), setErrors(toShownErrors(error))),
    );
    return () => void (current = false);
  }, [korbill]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) onApiKey(draft.trim());
  };
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          K
        </span>
        <div>
          <h1>korbill playground</h1>
          <span className="endpoint mono">{endpoints.http}</span>
        </div>
      </div>
      <div className="viewer" data-testid="viewer">
        {viewer ? (
          <>
            <span className="pill">{viewer.stage}</span>
            <span>{viewer.tenant}</span>
            <span className="mono muted">{viewer.corpNums.join(", ")}</span>
          </>
        ) : (
          errors.map((e, i) => (
            <span key={i} className="viewer-error" role="alert">
              <code className="error-code">{e.code}</code> {e.message}
            </span>
          ))
        )}
      </div>
      <form className="key" onSubmit={onSubmit}>
        <label>
          <span>API key</span>
          <input
            className="mono"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            spellCheck={false}
            data-testid="api-key"
          />
        </label>
        <span className={`live live-${status}`} title={`graphql-ws: ${status}`}>
          {status === "live" ? "live" : status === "connecting" ? "connecting…" : "idle"}
        </span>
      </form>
    </header>
  );
}
