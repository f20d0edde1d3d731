import { gql } from "@urql/core";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import { createKorbillUrql } from "../src/korbill.js";
import { DEMO_KEYS, demoReceipt, startLocalGateway, waitFor } from "@korbill/gateway/testing";

interface BulkResult {
  cursor: string;
  submitId: string;
  mgtKey: string;
  success: boolean;
}

const CASHBILL_EVENTS = gql<{ cashbillEvents: BulkResult }, { after?: string }>`
  subscription BulkResults($after: String) {
    cashbillEvents(after: $after, types: [BULKRESULT]) {
      cursor
      submitId
      mgtKey
      success
    }
  }
`;
const BULK_ISSUE = gql<{ bulkIssueCashbills: { submitCount: number } }>`
  mutation BulkIssue($submitId: String!, $cashbills: [CashbillInput!]!) {
    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) {
      submitCount
    }
  }
`;
const BULK_STATE = gql<{ bulkSubmission: { state: string } }, { submitId: string }>`
  query BulkState($submitId: String!) {
    bulkSubmission(submitId: $submitId) {
      state
    }
  }
`;

describe("urql (fetchExchange + graphql-ws subscriptionExchange) against a real gateway", () => {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it("resumes a subscription from its last cursor after a forced reconnect", async () => {
    const gw = await startLocalGateway();
    cleanup.push(() => gw.close());
    const { urql, ws } = createKorbillUrql({
      url: gw.graphqlUrl,
      wsUrl: gw.wsUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
    });
    cleanup.push(() => ws.dispose());
    let connections = 0;
    ws.on("connected", () => connections++);

    const events: BulkResult[] = [];
    const errors: unknown[] = [];
    const subscription = urql.subscription(CASHBILL_EVENTS, {}).subscribe((result) => {
      if (result.error) errors.push(result.error);
      if (result.data) events.push(result.data.cashbillEvents);
    });
    cleanup.push(() => subscription.unsubscribe());
    await waitFor(
      () => connections === 1,
      10_000,
      () => "never connected",
    );

    const issue = async (submitId: string, count: number) => {
      const cashbills = Array.from({ length: count }, (_, i) => demoReceipt(`${submitId}-${i}`));
      const result = await urql.mutation(BULK_ISSUE, { submitId, cashbills }).toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data?.bulkIssueCashbills.submitCount).toBe(count);
    };

    await issue("UQ1", 3);
    await waitFor(
      () => events.length === 3,
      30_000,
      () => `${events.length} of 3 events`,
    );

    // Forced reconnect: the server cuts the socket and keeps it out while a bulk completes.
    gw.blockWebSockets(true);
    expect(gw.dropWebSockets()).toBe(1);
    await issue("UQ2", 3);
    await waitFor(
      async () => {
        const result = await urql
          .query(BULK_STATE, { submitId: "UQ2" }, { requestPolicy: "network-only" })
          .toPromise();
        return result.data?.bulkSubmission.state === "COMPLETED";
      },
      30_000,
      () => "UQ2 not completed",
    );
    expect(events).toHaveLength(3); // published while the client was out
    gw.blockWebSockets(false);

    // Back: the missed events arrive by the resume, then live ones, each exactly once.
    await waitFor(
      () => events.length >= 6,
      30_000,
      () => `${events.length} of 6 events`,
    );
    await issue("UQ3", 1);
    await waitFor(
      () => events.length >= 7,
      30_000,
      () => `${events.length} of 7 events`,
    );
    expect(connections).toBe(2);
    expect(errors).toEqual([]);
    expect(new Set(events.map((e) => e.cursor)).size).toBe(7);
    expect(events.map((e) => e.submitId)).toEqual([
      ...Array(3).fill("UQ1"),
      ...Array(3).fill("UQ2"),
      "UQ3",
    ]);
    expect(events.map((e) => e.mgtKey).sort()).toEqual([
      "UQ1-0",
      "UQ1-1",
      "UQ1-2",
      "UQ2-0",
      "UQ2-1",
      "UQ2-2",
      "UQ3-0",
    ]);
  }, 120_000);
});
