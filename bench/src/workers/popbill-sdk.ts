/**
 * The baseline client: the official `popbill` SDK in its own process (fresh token cache),
 * used the way its guide says.
 */
import { createSdkClient, type SdkClient, type SdkTarget } from "../lib/popbill-sdk.js";
import { bulkPlan, warmUpKeys, wireReceipt } from "../lib/receipts.js";
import { mapConcurrent, nowMs, sleep } from "../lib/stats.js";
import { serveCommands } from "../lib/workers.js";

let client: SdkClient | undefined;

function sdk(): SdkClient {
  if (!client) throw new Error("call setup first");
  return client;
}

/** Arguments of the bulk run. */
export interface SdkBulkArgs {
  corpNum: string;
  run: string;
  bulks: number;
  perBulk: number;
  concurrency: number;
  pollMinMs: number;
  pollMaxMs: number;
}

/** What the bulk run measured (times are wall-clock ms, comparable across processes). */
export interface SdkBulkResult {
  startedAt: number;
  lastSubmittedAt: number;
  finishedAt: number;
  polls: number;
  completed: number;
}

serveCommands({
  setup(target: SdkTarget) {
    client = createSdkClient(target);
    return { ok: true };
  },
  /** `count` concurrent first calls of getBalance (a fresh process: an empty token cache). */
  async balanceStorm(a: { corpNum: string; count: number }) {
    const started = nowMs();
    const outcomes = await Promise.allSettled(
      Array.from({ length: a.count }, () => sdk().getBalance(a.corpNum)),
    );
    const failed = outcomes.filter((o) => o.status === "rejected");
    return {
      ok: outcomes.length - failed.length,
      failed: failed.length,
      firstError: failed[0] ? String((failed[0] as PromiseRejectedResult).reason) : undefined,
      ms: nowMs() - started,
    };
  },
  /** The guide's flow: bulkSubmit, then getBulkResult every 2-5 s until txState 2. */
  async bulk(a: SdkBulkArgs): Promise<SdkBulkResult> {
    await sdk().getUnitCost(a.corpNum); // warm: first token, first connection
    // and one full-size bulk, as the gateway's run warms up with one
    const warm = warmUpKeys(a.run, a.perBulk).map((k, i) => wireReceipt(a.corpNum, k, i));
    const warmed = await sdk().bulkSubmit(a.corpNum, `${a.run}-W`, warm);
    if (warmed.code !== 1) throw new Error(`warm-up bulkSubmit: ${JSON.stringify(warmed)}`);
    const plan = bulkPlan(a.run, a.bulks, a.perBulk);
    let polls = 0;
    let lastSubmittedAt = 0;
    const polling: Promise<number>[] = [];
    const startedAt = nowMs();
    // Submissions run `concurrency` at a time; each one's polling goes on beside them.
    await mapConcurrent(plan, a.concurrency, async (b) => {
      const cashbills = b.mgtKeys.map((k, i) => wireReceipt(a.corpNum, k, i));
      const reply = await sdk().bulkSubmit(a.corpNum, b.submitId, cashbills);
      if (reply.code !== 1) throw new Error(`bulkSubmit ${b.submitId}: ${JSON.stringify(reply)}`);
      lastSubmittedAt = Math.max(lastSubmittedAt, nowMs());
      polling.push(poll(b.submitId));
    });
    const doneAt = await Promise.all(polling);
    async function poll(submitId: string): Promise<number> {
      for (;;) {
        await sleep(a.pollMinMs + Math.random() * (a.pollMaxMs - a.pollMinMs));
        polls++;
        const result = await sdk().getBulkResult(a.corpNum, submitId);
        if (result.txState === 2) return nowMs();
      }
    }
    return {
      startedAt,
      lastSubmittedAt,
      finishedAt: Math.max(...doneAt),
      polls,
      completed: doneAt.length,
    };
  },
});
