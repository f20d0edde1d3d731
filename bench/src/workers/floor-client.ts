/**
 * The floor of the bulk pipeline: korbill's bare upstream client (core-upstream transport and
 * cash-receipt client, no gateway) in its own process, submitting straight to the sandbox and
 * then polling each bulk every 10 ms from the moment it can be done.
 */
import { createDirectClient, type DirectTarget } from "../lib/direct-client.js";
import { bulkPlan, warmUpKeys, wireReceipt } from "../lib/receipts.js";
import { mapConcurrent, nowMs, sleep } from "../lib/stats.js";
import { serveCommands } from "../lib/workers.js";

/** Arguments of the floor run. */
export interface FloorArgs {
  target: DirectTarget;
  corpNum: string;
  run: string;
  bulks: number;
  perBulk: number;
  concurrency: number;
  /** Accept-to-done time of one bulk from the sandbox settings. */
  processingMs: number;
  timeoutMs: number;
}

/** What the floor run measured (wall-clock ms). */
export interface FloorResult {
  startedAt: number;
  lastAcceptedAt: number;
  finishedAt: number;
  polls: number;
}

serveCommands({
  async bulk(a: FloorArgs): Promise<FloorResult> {
    const direct = createDirectClient(a.target);
    try {
      await direct.cashbill.getUnitCost(a.corpNum); // warm: first token, first connection
      // and one full-size bulk, as the gateway's run warms up with one
      await direct.cashbill.bulkSubmit(
        a.corpNum,
        `${a.run}-W`,
        warmUpKeys(a.run, a.perBulk).map((k, i) => wireReceipt(a.corpNum, k, i)),
      );
      const plan = bulkPlan(a.run, a.bulks, a.perBulk);
      const startedAt = nowMs();
      const acceptedAt = await mapConcurrent(plan, a.concurrency, async (b) => {
        const cashbills = b.mgtKeys.map((k, i) => wireReceipt(a.corpNum, k, i));
        await direct.cashbill.bulkSubmit(a.corpNum, b.submitId, cashbills);
        return nowMs();
      });
      const doneAt: (number | undefined)[] = plan.map(() => undefined);
      const deadline = Date.now() + a.timeoutMs;
      let polls = 0;
      while (doneAt.some((d) => d === undefined)) {
        if (Date.now() > deadline) throw new Error("floor: bulks did not complete in time");
        await Promise.all(
          plan.map(async (b, i) => {
            if (doneAt[i] !== undefined || nowMs() < acceptedAt[i]! + a.processingMs - 50) return;
            polls++;
            const r = await direct.cashbill.getBulkResult(a.corpNum, b.submitId);
            if (r.txState === 2) doneAt[i] = nowMs();
          }),
        );
        await sleep(10);
      }
      return {
        startedAt,
        lastAcceptedAt: Math.max(...acceptedAt),
        finishedAt: Math.max(...(doneAt as number[])),
        polls,
      };
    } finally {
      await direct.close();
    }
  },
});
