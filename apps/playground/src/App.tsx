import { type ReactNode, Suspense, lazy, useEffect, useState } from "react";
import { ApiProvider } from "./api.js";
import { BillingPanel } from "./billing/BillingPanel.js";
import { BulkPanel } from "./bulk/BulkPanel.js";
import { DEMO_MEMBER_KEY } from "./config.js";
import { Header } from "./Header.js";
import { HometaxPanel } from "./hometax/HometaxPanel.js";
import { ImportPanel } from "./import/ImportPanel.js";
import { SandboxClockBar } from "./sandbox/SandboxClockBar.js";

// GraphiQL is most of the bundle: load it on the editor tab's first visit only.
const EditorPanel = lazy(() =>
  import("./editor/EditorPanel.js").then((m) => ({ default: m.EditorPanel })),
);

const TABS = [
  { id: "bulk", label: "Cash receipts", ko: "현금영수증" },
  { id: "import", label: "Import file", ko: "파일 발행" },
  { id: "billing", label: "Billing", ko: "정기결제" },
  { id: "hometax", label: "HomeTax", ko: "홈택스" },
  { id: "editor", label: "GraphQL editor", ko: "" },
] as const;

type TabId = (typeof TABS)[number]["id"];

const PANELS: Record<TabId, () => ReactNode> = {
  bulk: () => <BulkPanel />,
  import: () => <ImportPanel />,
  billing: () => <BillingPanel />,
  hometax: () => <HometaxPanel />,
  editor: () => (
    <Suspense fallback={<p className="muted-text">Loading the editor…</p>}>
      <EditorPanel />
    </Suspense>
  ),
};

/** The playground: a header, tabs (kept in the URL's hash) and the panels. */
export function App() {
  const [apiKey, setApiKey] = useState(DEMO_MEMBER_KEY);
  const tab = useHashTab();
  // A panel is mounted on its first visit and then kept, so a running demo survives a tab switch.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  useEffect(() => setVisited((v) => (v.has(tab) ? v : new Set([...v, tab]))), [tab]);
  return (
    <ApiProvider apiKey={apiKey}>
      <Header onApiKey={setApiKey} />
      <nav className="tabs" aria-label="Panels">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={`#${t.id}`}
            className={t.id === tab ? "tab active" : "tab"}
            aria-current={t.id === tab ? "page" : undefined}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
            {t.ko && <span className="ko">{t.ko}</span>}
          </a>
        ))}
      </nav>
      <SandboxClockBar />
      <main className={tab === "editor" ? "main wide" : "main"}>
        {TABS.filter((t) => visited.has(t.id)).map((t) => (
          <div key={t.id} hidden={t.id !== tab} className="panel-slot">
            {PANELS[t.id]()}
          </div>
        ))}
      </main>
    </ApiProvider>
  );
}

function useHashTab(): TabId {
  const read = (): TabId => {
    const id = window.location.hash.slice(1);
    return TABS.some((t) => t.id === id) ? (id as TabId) : "bulk";
  };
  const [tab, setTab] = useState<TabId>(read);
  useEffect(() => {
    const onHash = () => setTab(read());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return tab;
}
