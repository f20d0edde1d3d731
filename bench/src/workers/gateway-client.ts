/**
 * The bulk pipeline's client of the gateway, in its own process like the floor's and the
 * SDK's clients (so it shares no event loop with the sandbox): `bulkIssueCashbills` HTTP
 * mutations, `concurrency` at a time.
 */
import { mustGraphql } from "../lib/graphql-http.js";
import { BULK_MUTATION, bulkPlan, receiptInput } from "../lib/receipts.js";
import { mapConcurrent, nowMs } from "../lib/stats.js";
import { serveCommands } from "../lib/workers.js";

/** Arguments of one run of mutations. */
export interface GatewayBulkArgs {
  graphqlUrl: string;
  key: string;
  run: string;
  bulks: number;
  perBulk: number;
  concurrency: number;
}

/** When each mutation was sent and answered (wall-clock ms, comparable across processes). */
export interface GatewayBulkResult {
  startedAt: number;
  sentAt: number[];
  answeredAt: number[];
}

serveCommands({
  async bulk(a: GatewayBulkArgs): Promise<GatewayBulkResult> {
    const plan = bulkPlan(a.run, a.bulks, a.perBulk);
    const sentAt: number[] = [];
    const answeredAt: number[] = [];
    // Warm: this process's first connection to the gateway (the floor's client does the same).
    await mustGraphql(a.graphqlUrl, a.key, "{ cashbillUnitCost { unitCost } }");
    const startedAt = nowMs();
    await mapConcurrent(plan, a.concurrency, async (b, index) => {
      sentAt[index] = nowMs();
      await mustGraphql(a.graphqlUrl, a.key, BULK_MUTATION, {
        submitId: b.submitId,
        cashbills: b.mgtKeys.map((k, i) => receiptInput(k, i)),
      });
      answeredAt[index] = nowMs();
    });
    return { startedAt, sentAt, answeredAt };
  },
});
