import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api.js";
import { type BulkRunView, type BulkSession, IDLE_VIEW, startBulkSession } from "./session.js";

/** The bulk demo's state, and `start` for a new run (which ends the previous one). */
export function useBulkRun(): {
  view: BulkRunView;
  start(count: number, sampleFailures: boolean): void;
} {
  const api = useApi();
  const [view, setView] = useState<BulkRunView>(IDLE_VIEW);
  const session = useRef<BulkSession | null>(null);
  useEffect(() => () => session.current?.stop(), [api]);
  const start = useCallback(
    (count: number, sampleFailures: boolean) => {
      session.current?.stop();
      session.current = startBulkSession(api, { count, sampleFailures }, setView);
    },
    [api],
  );
  return { view, start };
}
