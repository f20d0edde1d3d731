import { useCallback, useEffect, useRef, useState } from "react";
import { useApi } from "../api.js";
import { type ShownError, toShownErrors } from "../graphql/shown-errors.js";
import {
  CASHBILL_SUMMARY_QUERY,
  type HometaxService,
  JOB_EVENTS_SUBSCRIPTION,
  type JobEventView,
  type JobView,
  REQUEST_JOB_MUTATION,
  type SummaryView,
  TAXINVOICE_SUMMARY_QUERY,
} from "./queries.js";

/** A crawl in the panel: the job, its events so far, its totals once COMPLETED, errors. */
export interface CrawlView {
  busy: boolean;
  job: JobView | null;
  events: JobEventView[];
  summary: SummaryView | null;
  errors: ShownError[];
}

const EMPTY: CrawlView = { busy: false, job: null, events: [], summary: null, errors: [] };

/**
 * Requests a crawl and follows it on `hometaxJobEvents` until COMPLETED, FAILED or EXPIRED,
 * then reads the totals. The subscription starts before the request (and keeps only this
 * job's events), so the first events cannot be missed.
 */
export function useCrawl(): {
  view: CrawlView;
  request(input: { service: HometaxService; direction: string; from: string; to: string }): void;
} {
  const { korbill } = useApi();
  const [view, setView] = useState<CrawlView>(EMPTY);
  const stopRef = useRef<(() => void) | null>(null);
  useEffect(() => () => stopRef.current?.(), [korbill]);

  const request = useCallback(
    (input: { service: HometaxService; direction: string; from: string; to: string }) => {
      stopRef.current?.();
      setView({ ...EMPTY, busy: true });
      let jobId: string | null = null;
      const early: JobEventView[] = [];
      const fail = (errors: ShownError[]) =>
        setView((v) => ({ ...v, busy: false, errors: [...v.errors, ...errors] }));
      const finish = async (job: string) => {
        stop();
        const query =
          input.service === "CASHBILL" ? CASHBILL_SUMMARY_QUERY : TAXINVOICE_SUMMARY_QUERY;
        try {
          const data = await korbill.request<{ summary: SummaryView }>(query, { jobId: job });
          setView((v) => ({ ...v, busy: false, summary: data.summary }));
        } catch (error) {
          fail(toShownErrors(error));
        }
      };
      const accept = (event: JobEventView) => {
        setView((v) => ({ ...v, events: [...v.events, event] }));
        if (event.type === "COMPLETED") void finish(event.jobId);
        else if (event.type === "FAILED" || event.type === "EXPIRED") {
          stop();
          setView((v) => ({ ...v, busy: false }));
        }
      };
      const stop = korbill.subscribe<JobEventView>(
        { query: JOB_EVENTS_SUBSCRIPTION, field: "hometaxJobEvents" },
        {
          next: (event) => {
            if (jobId === null) early.push(event);
            else if (event.jobId === jobId) accept(event);
          },
          error: fail,
        },
      );
      stopRef.current = stop;
      void (async () => {
        await korbill.whenConnected();
        try {
          const body = {
            service: input.service,
            direction: input.direction,
            from: input.from,
            to: input.to,
          };
          const data = await korbill.request<{ requestHometaxJob: JobView }>(REQUEST_JOB_MUTATION, {
            input: input.service === "TAXINVOICE" ? { ...body, dateType: "WRITE" } : body,
          });
          jobId = data.requestHometaxJob.jobId;
          setView((v) => ({ ...v, job: data.requestHometaxJob }));
          early.filter((e) => e.jobId === jobId).forEach(accept);
        } catch (error) {
          stop();
          fail(toShownErrors(error));
        }
      })();
    },
    [korbill],
  );
  return { view, request };
}
