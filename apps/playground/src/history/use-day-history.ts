import { tradeDays } from "@korbill/cashbill-import";
import {
  BulkDaySummaryDocument,
  BulkSubmissionsDocument,
  type KorbillDocument,
} from "@korbill/client";
import { useEffect, useState } from "react";
import { useApi } from "../api.js";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";

/** What a document's query returns. */
type DataOf<D> = D extends KorbillDocument<infer T, never> ? T : never;

export type Submission = DataOf<typeof BulkSubmissionsDocument>["bulkSubmissions"]["nodes"][number];
export type DaySummary = DataOf<typeof BulkDaySummaryDocument>["bulkDaySummary"];

/** Pages read at most (100 submissions each: 10,000 bulks, a million receipts). */
const MAX_PAGES = 100;

/** What the history shows: the gateway's day, its summary and its submissions. */
export interface DayHistory {
  day: string | null;
  summary: DaySummary | null;
  submissions: Submission[];
  /** True while pages are still being read. */
  loading: boolean;
  errors: ShownError[];
}

/**
 * Today's bulk submissions from the server's records (`bulkSubmissions`, paged, newest first)
 * and the day's summary (`bulkDaySummary`), so they survive a reload. "Today" is the gateway's
 * Korea-time day (its clock, which the local stage can move). Read again when `refresh`
 * changes; pages are shown as they arrive.
 */
export function useDayHistory(failuresOnly: boolean, refresh: number): DayHistory {
  const { korbill } = useApi();
  const client = korbill.client;
  const [history, setHistory] = useState<DayHistory>({
    day: null,
    summary: null,
    submissions: [],
    loading: true,
    errors: [],
  });
  useEffect(() => {
    let cancelled = false;
    setHistory((h) => ({ ...h, loading: true, errors: [] }));
    void (async () => {
      try {
        const { today } = await tradeDays(client);
        const { bulkDaySummary: summary } = await client.request(BulkDaySummaryDocument, {
          date: today,
        });
        if (cancelled) return;
        setHistory((h) => ({ ...h, day: today, summary }));
        const submissions: Submission[] = [];
        let after: string | null | undefined;
        for (let page = 0; page < MAX_PAGES; page++) {
          const { bulkSubmissions } = await client.request(BulkSubmissionsDocument, {
            from: today,
            to: today,
            failuresOnly,
            first: 100,
            after,
          });
          if (cancelled) return;
          submissions.push(...bulkSubmissions.nodes);
          setHistory((h) => ({ ...h, submissions: [...submissions] }));
          if (!bulkSubmissions.hasNextPage || !bulkSubmissions.endCursor) break;
          after = bulkSubmissions.endCursor;
        }
        setHistory((h) => ({ ...h, submissions, loading: false }));
      } catch (error) {
        if (!cancelled) setHistory((h) => ({ ...h, loading: false, errors: toShownErrors(error) }));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, failuresOnly, refresh]);
  return history;
}
