import { useEffect, useState } from "react";
import { formatSeconds } from "../ui/format.js";
import type { BulkRunView } from "./session.js";

/** The run's status line; `data-phase` carries the phase for tests. */
export function BulkStatus({ view, running }: { view: BulkRunView; running: boolean }) {
  const now = useNow(running);
  return (
    <span className="status" data-testid="bulk-status" data-phase={view.phase}>
      {statusText(view, now)}
    </span>
  );
}

/** How long after issuance a missing filing result deserves an explanation. */
const FILING_HINT_AFTER_MS = 15_000;

function statusText(view: BulkRunView, now: number): string {
  const since = (at: number | null) =>
    at !== null && view.startedAt !== null ? formatSeconds(at - view.startedAt) : "";
  switch (view.phase) {
    case "idle":
      return "Ready.";
    case "submitting":
      return `Submitting bulk ${Math.min(view.bulksSent + 1, view.bulksTotal)} of ${view.bulksTotal}…`;
    case "waiting":
      if (view.issuedAt === null) return `${view.bulksTotal} bulk(s) sent; waiting for results…`;
      if (now - view.issuedAt > FILING_HINT_AFTER_MS)
        return (
          `All issued in ${since(view.issuedAt)}. Still waiting for the NTS: POPBiLL files after ` +
          "midnight and answers the next morning; a sandbox on its fast schedule answers in seconds."
        );
      return `All issued in ${since(view.issuedAt)}; waiting for the NTS filing results…`;
    case "stopped":
      return "Stopped: the live connection failed (see the errors below).";
    case "done":
      return `Done: issued in ${since(view.issuedAt)}, filed in ${since(view.finishedAt)}.`;
  }
}

/** The time, updated every second while `active` (for the status line). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
