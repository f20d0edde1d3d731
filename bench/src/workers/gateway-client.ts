/**
 * The bulk pipeline's client of the gateway, in its own process like the floor's and the
 * SDK's clients (so it shares no event loop with the sandbox): `bulkIssueCashbills` HTTP
 * mutations, `concurrency` at a time, over undici's `request` with a keep-alive pool, the
 * same HTTP client the floor's client (korbill's transport) uses.
 */
import { Agent, request } from "undici";
import { BULK_MUTATION, bulkPlan } from "../lib/receipts.js";
import { demoReceipt } from "@korbill/cashbill/testing";
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

const pool = new Agent({ connections: 16, keepAliveTimeout: 4_000 });

/** POSTs one GraphQL operation; throws on any error. */
async function graphql(a: GatewayBulkArgs, query: string, variables?: unknown): Promise<void> {
  const reply = await request(a.graphqlUrl, {
    dispatcher: pool,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${a.key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await reply.body.json()) as { data?: unknown; errors?: unknown[] };
  if (reply.statusCode !== 200 || body.errors?.length || !body.data)
    throw new Error(`GraphQL error (${reply.statusCode}): ${JSON.stringify(body.errors)}`);
}

serveCommands({
  async bulk(a: GatewayBulkArgs): Promise<GatewayBulkResult> {
    const plan = bulkPlan(a.run, a.bulks, a.perBulk);
    const sentAt: number[] = [];
    const answeredAt: number[] = [];
    // Warm: this process's first connection to the gateway (the floor's client does the same).
    await graphql(a, "{ cashbillUnitCost { unitCost } }");
    const startedAt = nowMs();
    await mapConcurrent(plan, a.concurrency, async (b, index) => {
      sentAt[index] = nowMs();
      await graphql(a, BULK_MUTATION, {
        submitId: b.submitId,
        cashbills: b.mgtKeys.map((k, i) => demoReceipt(k, i)),
      });
      answeredAt[index] = nowMs();
    });
    return { startedAt, sentAt, answeredAt };
  },
});
