import type { Sandbox } from "@korbill/sandbox";
import { DEMO_KEYS, startGateway } from "../lib/gateway.js";
import { mustGraphql } from "../lib/graphql-http.js";
import { BULK_MUTATION, bulkPlan, runId } from "../lib/receipts.js";
import { demoReceipt } from "@korbill/cashbill/testing";
import {
  CORP_NUM,
  gatewayEnvFor,
  requestsPerEndpoint,
  sendWebhooksTo,
  startSandbox,
  tokenRequests,
} from "../lib/sandbox.js";
import { mapConcurrent, sleep } from "../lib/stats.js";
import type { Scenario } from "./types.js";

const STATES_QUERY = `query($keys: [String!]!) { cashbills(mgtKeys: $keys) { mgtKey state confirmNum } }`;

/** One screen of a partner's dashboard: several domains in one operation. */
const DASHBOARD_QUERY = `query Dashboard($submitId: String!, $keys: [String!]!) {
  viewer { tenant corpNums }
  points { balance }
  cashbillUnitCost { unitCost }
  cashbillChargeInfo { chargeMethod unitCost }
  bulkSubmission(submitId: $submitId) {
    state successCount
    results { mgtKey success cashbill { state confirmNum } }
  }
  recent: cashbills(mgtKeys: $keys) { mgtKey state }
}`;

/** Waits until the gateway has filed every submission's results. */
async function waitCompleted(graphqlUrl: string, submitIds: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (const submitId of submitIds) {
    for (;;) {
      const data = await mustGraphql<{ bulkSubmission: { state: string } | null }>(
        graphqlUrl,
        DEMO_KEYS.member,
        "query($submitId: String!) { bulkSubmission(submitId: $submitId) { state } }",
        { submitId },
      );
      if (data.bulkSubmission?.state === "COMPLETED") break;
      if (Date.now() > deadline) throw new Error(`bulk ${submitId} never completed`);
      await sleep(100);
    }
  }
}

async function waitIssued(sandbox: Sandbox, keys: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!keys.every((k) => sandbox.cashbill.issuanceCount(CORP_NUM, k) === 1)) {
    if (Date.now() > deadline) throw new Error("receipts were not issued in time");
    await sleep(100);
  }
}

/** Runs `query` after clearing the sandbox's request log; returns the calls it caused. */
async function callsOf(
  sandbox: Sandbox,
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown>,
) {
  sandbox.requests.clear();
  const data = await mustGraphql(graphqlUrl, DEMO_KEYS.member, query, variables);
  const perEndpoint = requestsPerEndpoint(sandbox);
  const counts = Object.values(perEndpoint);
  return {
    data,
    perEndpoint,
    total: counts.reduce((a, b) => a + b, 0),
    maxPerEndpoint: Math.max(0, ...counts),
    tokens: tokenRequests(sandbox),
  };
}

/**
 * Upstream requests the sandbox receives per GraphQL query, per endpoint, with warm tokens:
 * the states of N issued receipts in one query (`cashbills(mgtKeys)`), and a dashboard query
 * over viewer, points, unit cost, charge info, a bulk submission with each result's live
 * state, and the live state of receipts from another bulk (both lists feed one DataLoader).
 */
export const upstreamCalls: Scenario = {
  id: "upstream-calls",
  title: "Upstream calls per query",
  async run(mode) {
    const p = mode === "quick" ? { bulks: 2, perBulk: 50 } : { bulks: 10, perBulk: 100 };
    const sandbox = await startSandbox({
      settings: { bulkAcceptToProcessingMs: 100, bulkProcessingMs: 200, cashbillUnitCost: 1 },
    });
    const gateway = await startGateway(gatewayEnvFor(sandbox));
    try {
      sendWebhooksTo(sandbox, gateway.url);
      const plan = bulkPlan(runId("U"), p.bulks, p.perBulk);
      await mapConcurrent(plan, 4, (b) =>
        mustGraphql(gateway.graphqlUrl, DEMO_KEYS.member, BULK_MUTATION, {
          submitId: b.submitId,
          cashbills: b.mgtKeys.map((k, i) => demoReceipt(k, i)),
        }),
      );
      const keys = plan.flatMap((b) => b.mgtKeys);
      await waitIssued(sandbox, keys, 60_000);
      // The gateway's own background work (GetBulkResult polls) must be over, so that the
      // counts below are the queries' calls only.
      await waitCompleted(
        gateway.graphqlUrl,
        plan.map((b) => b.submitId),
        60_000,
      );
      const dashboardVars = { submitId: plan[0]!.submitId, keys: plan[1]!.mgtKeys.slice(0, 10) };
      // Warm: tokens for both scope sets, so the counts below are the queries' own calls.
      await mustGraphql(gateway.graphqlUrl, DEMO_KEYS.member, DASHBOARD_QUERY, dashboardVars);

      const states = await callsOf(sandbox, gateway.graphqlUrl, STATES_QUERY, { keys });
      const got = (states.data as { cashbills: unknown[] }).cashbills.length;
      if (got !== keys.length) throw new Error(`cashbills returned ${got} of ${keys.length}`);
      const statesCalls = states.perEndpoint["popbill POST /Cashbill/States"] ?? 0;
      const dashboard = await callsOf(sandbox, gateway.graphqlUrl, DASHBOARD_QUERY, dashboardVars);
      const n = keys.length.toLocaleString("en-US");
      return {
        params: { ...p, receipts: keys.length, dashboardQuery: DASHBOARD_QUERY },
        rows: [
          {
            measure: `calls to POST /Cashbill/States for ${n} receipts' states`,
            value: statesCalls,
            unit: "",
            target: {
              text: "exactly 1 (no other call)",
              pass: statesCalls === 1 && states.total === 1,
            },
          },
          {
            measure: `dashboard query: most calls to one endpoint (${Object.keys(dashboard.perEndpoint).length} endpoints, ${dashboard.total} calls)`,
            value: dashboard.maxPerEndpoint,
            unit: "",
            target: { text: "≤ 1 per endpoint", pass: dashboard.maxPerEndpoint <= 1 },
          },
        ],
        details: {
          statesQuery: { perEndpoint: states.perEndpoint, tokenRequests: states.tokens },
          dashboard: { perEndpoint: dashboard.perEndpoint, tokenRequests: dashboard.tokens },
        },
      };
    } finally {
      await gateway.close();
      await sandbox.stop();
    }
  },
};
