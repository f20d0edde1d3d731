import { gql } from "@apollo/client";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import { createKorbillApollo } from "../src/korbill.js";
import { DEMO_KEYS, demoReceipt, startLocalGateway, waitFor } from "@korbill/gateway/testing";

const CASHBILL_EVENTS = gql`
  subscription BulkResults($after: String) {
    cashbillEvents(after: $after, types: [BULKRESULT]) {
      cursor
      submitId
      mgtKey
      success
    }
  }
`;
const BULK_ISSUE = gql`
  mutation BulkIssue($submitId: String!, $cashbills: [CashbillInput!]!) {
    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) {
      submitCount
    }
  }
`;
const BULK_STATE = gql`
  query BulkState($submitId: String!) {
    bulkSubmission(submitId: $submitId) {
      state
    }
  }
`;

interface BulkResult {
  cursor: string;
  submitId: string;
  mgtKey: string;
  success: boolean;
}

describe("Apollo Client (HttpLink + GraphQLWsLink) against a real gateway", () => {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it("resumes a subscription from its last cursor after a forced reconnect", async () => {
    const gw = await startLocalGateway();
    cleanup.push(() => gw.close());
    const { apollo, ws } = createKorbillApollo({
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
    const subscription = apollo
      .subscribe<{ cashbillEvents: BulkResult }>({ query: CASHBILL_EVENTS })
      .subscribe({
        next: ({ data, error }) => {
          if (error) errors.push(error);
          if (data) events.push(data.cashbillEvents);
        },
        error: (error) => errors.push(error),
      });
    cleanup.push(() => subscription.unsubscribe());
    await waitFor(
      () => connections === 1,
      10_000,
      () => "never connected",
    );

    const issue = async (submitId: string, count: number) => {
      const cashbills = Array.from({ length: count }, (_, i) => demoReceipt(`${submitId}-${i}`));
      const { data } = await apollo.mutate<{ bulkIssueCashbills: { submitCount: number } }>({
        mutation: BULK_ISSUE,
        variables: { submitId, cashbills },
      });
      expect(data?.bulkIssueCashbills.submitCount).toBe(count);
    };

    await issue("AP1", 3);
    await waitFor(
      () => events.length === 3,
      30_000,
      () => `${events.length} of 3 events`,
    );

    // Forced reconnect: the server cuts the socket and keeps it out while a bulk completes.
    gw.blockWebSockets(true);
    expect(gw.dropWebSockets()).toBe(1);
    await issue("AP2", 3);
    await waitFor(
      async () => {
        const { data } = await apollo.query<{ bulkSubmission: { state: string } }>({
          query: BULK_STATE,
          variables: { submitId: "AP2" },
          fetchPolicy: "network-only",
        });
        return data?.bulkSubmission.state === "COMPLETED";
      },
      30_000,
      () => "AP2 not completed",
    );
    expect(events).toHaveLength(3); // published while the client was out
    gw.blockWebSockets(false);

    // Back: the missed events arrive by the resume, then live ones, each exactly once.
    await waitFor(
      () => events.length >= 6,
      30_000,
      () => `${events.length} of 6 events`,
    );
    await issue("AP3", 1);
    await waitFor(
      () => events.length >= 7,
      30_000,
      () => `${events.length} of 7 events`,
    );
    expect(connections).toBe(2);
    expect(errors).toEqual([]);
    expect(new Set(events.map((e) => e.cursor)).size).toBe(7);
    expect(events.map((e) => e.submitId)).toEqual([
      ...Array(3).fill("AP1"),
      ...Array(3).fill("AP2"),
      "AP3",
    ]);
    expect(events.map((e) => e.mgtKey).sort()).toEqual([
      "AP1-0",
      "AP1-1",
      "AP1-2",
      "AP2-0",
      "AP2-1",
      "AP2-2",
      "AP3-0",
    ]);
  }, 120_000);
});
