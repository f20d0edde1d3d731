import type { HometaxJobRow } from "../store/store.js";
import { OPEN_STATES } from "../store/store.js";
import type { HometaxJobReads } from "../service/job-service.js";
import type { HometaxContext } from "./context.js";

/** Per request context (one per HTTP request and per WebSocket operation): its job reads. */
const READS = new WeakMap<HometaxContext, HometaxJobReads>();

/**
 * The job reads of one GraphQL request: each (member, JobID) is read from the store once
 * and, when open, asked from POPBiLL once, whichever field asks first. So `hometaxJob` and a
 * search or summary in the same request agree: a summary that refreshed the job to COMPLETED
 * and returned its data is never beside a `hometaxJob` still saying PENDING or PROCESSING.
 */
export function requestJobReads(ctx: HometaxContext): HometaxJobReads {
  let reads = READS.get(ctx);
  if (reads) return reads;
  const stored = new Map<string, Promise<HometaxJobRow>>();
  const refreshed = new Map<string, Promise<HometaxJobRow>>();
  const once = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = load()));
    return found;
  };
  reads = {
    job: (corpNum, jobId) =>
      once(stored, `${corpNum}:${jobId}`, () => ctx.hometaxJobs.job(corpNum, jobId)),
    refresh: (row) =>
      once(refreshed, `${row.corpNum}:${row.jobId}`, () => ctx.hometaxJobs.refresh(row)),
  };
  READS.set(ctx, reads);
  return reads;
}

/**
 * The job as this request sees it: an open one refreshed from POPBiLL (once per request).
 * When POPBiLL cannot be asked, the stored row answers (the worker keeps polling); a result
 * query of the same request then fails with that upstream error, so nothing disagrees.
 */
export async function currentJob(
  ctx: HometaxContext,
  corpNum: string,
  jobId: string,
): Promise<HometaxJobRow> {
  const reads = requestJobReads(ctx);
  const row = await reads.job(corpNum, jobId);
  return OPEN_STATES.includes(row.state) ? reads.refresh(row).catch(() => row) : row;
}
