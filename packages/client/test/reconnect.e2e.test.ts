import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import {
  BulkIssueCashbillsDocument,
  BulkSubmissionDocument,
  type CashbillEventsSubscription,
  CashbillEventsDocument,
  type ConnectionState,
  type KorbillClient,
  type KorbillError,
  createKorbillClient,
} from "../src/index.js";
import { DEMO_KEYS, type RunningGateway, demoReceipt, startGateway, waitFor } from "./gateway.js";

type CashbillEvent = CashbillEventsSubscription["cashbillEvents"];

function keysOf(submitId: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${submitId}-${i}`);
}

/**
 * The position in the event log. Cursors are opaque to clients; the test peeks at the
 * gateway's encoding (base64url of `ev:<n>`) only to check the delivery order.
 */
function position(cursor: string): number {
  const match = /^ev:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new Error(`not a korbill cursor: ${cursor}`);
  return Number(match[1]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("subscriptions reconnect and resume from the last cursor (real gateway, real sockets)", () => {
  let gw: RunningGateway | undefined;
  let client: KorbillClient | undefined;
  afterEach(async () => {
    await client?.close();
    await gw?.close();
    client = undefined;
    gw = undefined;
  });

  async function start() {
    gw = await startGateway();
    const states: ConnectionState[] = [];
    client = createKorbillClient({
      url: gw.graphqlUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
      reconnect: { minDelayMs: 50, maxDelayMs: 200 },
      onConnectionChange: (state) => states.push(state),
    });
    return { gw, client, states };
  }

  async function issueBulk(c: KorbillClient, submitId: string, count: number) {
    const cashbills = keysOf(submitId, count).map((key) => demoReceipt(key));
    const { bulkIssueCashbills } = await c.request(BulkIssueCashbillsDocument, {
      submitId,
      cashbills,
    });
    expect(bulkIssueCashbills.submitCount).toBe(count);
  }

  /** The submission's per-receipt results once it is COMPLETED, else null. */
  async function completedResults(c: KorbillClient, submitId: string) {
    const { bulkSubmission } = await c.request(BulkSubmissionDocument, { submitId });
    if (bulkSubmission.state !== "COMPLETED" || !bulkSubmission.results) return null;
    return bulkSubmission.results;
  }

  it("delivers every BULKRESULT exactly once, in cursor order, across a server-side drop", async () => {
    const { gw, client, states } = await start();
    const events: CashbillEvent[] = [];
    const errors: KorbillError[] = [];
    let droppedSockets = 0;
    let receivedAtDrop = 0;
    const live = gw.liveStarted();
    const subscription = client.subscribe(
      CashbillEventsDocument,
      { types: ["BULKRESULT"] },
      {
        onEvent: ({ cashbillEvents }) => {
          events.push(cashbillEvents);
          if (events.length === 10) {
            // Mid-stream: cut the client off from the server side and keep it out.
            gw.blockWebSockets(true);
            droppedSockets = gw.dropWebSockets();
            receivedAtDrop = events.length;
          }
        },
        onError: (error) => errors.push(error),
      },
    );
    await waitFor(
      () => states.includes("connected"),
      10_000,
      () => states.join(),
    );
    await live; // the subscription is live before anything is published

    // A: 40 receipts; the socket is destroyed after the 10th event arrives.
    await issueBulk(client, "RA", 40);
    await waitFor(
      () => droppedSockets > 0,
      30_000,
      () => `${events.length} events`,
    );
    expect(droppedSockets).toBe(1);

    // B: submitted and completed while the client cannot reconnect.
    await issueBulk(client, "RB", 30);
    await waitFor(
      async () => (await completedResults(client, "RB")) !== null,
      30_000,
      () => "RB not completed",
    );
    // A quiet moment in which events could (wrongly) arrive while the client is kept out.
    await sleep(500);
    const receivedWhileDown = events.length;
    const upgradesWhileDown = gw.upgrades();
    expect(receivedWhileDown).toBeLessThan(70);
    expect(states).toContain("disconnected");

    // Back online: the subscription is sent again with `after` = the last cursor received.
    gw.blockWebSockets(false);
    await waitFor(
      () => events.length >= 70,
      30_000,
      () =>
        `${events.length} of 70 events; states ${states.join()}; upgrades ${gw.upgrades()}; errors ${errors.map((e) => e.code + e.message).join()}`,
    );
    expect(gw.upgrades()).toBeGreaterThan(upgradesWhileDown);

    // C: live again after the resume.
    await issueBulk(client, "RC", 20);
    await waitFor(
      () => events.length >= 90,
      30_000,
      () => `${events.length} of 90 events`,
    );
    // Nothing more may arrive: a quiet second in which a duplicate would show (a slow machine
    // could only miss one, never fail a correct run).
    await sleep(1_000);

    expect(errors).toEqual([]);
    expect(receivedAtDrop).toBe(10);
    const expectedKeys = [...keysOf("RA", 40), ...keysOf("RB", 30), ...keysOf("RC", 20)];
    expect(events).toHaveLength(expectedKeys.length);
    expect(events.map((e) => e.mgtKey).sort()).toEqual([...expectedKeys].sort());
    // Each exactly once, in cursor order, and A before B before C.
    const positions = events.map((e) => position(e.cursor));
    for (let i = 1; i < positions.length; i++) {
      expect(positions[i]!, `event ${i}`).toBeGreaterThan(positions[i - 1]!);
    }
    expect(events.map((e) => e.submitId)).toEqual([
      ...Array(40).fill("RA"),
      ...Array(30).fill("RB"),
      ...Array(20).fill("RC"),
    ]);
    expect(subscription.cursor).toBe(events.at(-1)!.cursor);

    // The events say what bulkSubmission says, receipt by receipt.
    for (const submitId of ["RA", "RB", "RC"]) {
      const results = (await completedResults(client, submitId))!;
      expect(results).toHaveLength(submitId === "RA" ? 40 : submitId === "RB" ? 30 : 20);
      for (const result of results) {
        const event = events.find((e) => e.mgtKey === result.mgtKey)!;
        expect(event, result.mgtKey).toBeDefined();
        expect(event.success).toBe(result.success);
        expect(event.code).toBe(result.code);
        expect(event.confirmNum).toBe(result.confirmNum);
      }
    }
    subscription.unsubscribe();
  }, 120_000);

  it("resumes the async-iterator form too, with the caller's filters kept", async () => {
    const { gw, client } = await start();
    const live = gw.liveStarted();
    const stream = client.iterate(CashbillEventsDocument, {
      submitId: "IT",
      types: ["BULKRESULT"],
    });
    const received: CashbillEvent[] = [];
    const reading = (async () => {
      for await (const { cashbillEvents } of stream) {
        received.push(cashbillEvents);
        if (received.length === 5) {
          // A bulk's 25 results arrive in one burst (one GetBulkResult files them all): hold
          // the reader until the client has reconnected, so the rest comes by the resume.
          const upgrades = gw.upgrades();
          gw.dropWebSockets();
          await waitFor(
            () => gw.upgrades() > upgrades,
            30_000,
            () => "the client did not reconnect",
          );
        }
        if (received.length === 25) break;
      }
    })();
    await live;
    await issueBulk(client, "OTHER", 10); // filtered out before and after the resume
    await issueBulk(client, "IT", 25);
    await reading;
    expect(received.map((e) => e.mgtKey).sort()).toEqual(keysOf("IT", 25).sort());
    expect(new Set(received.map((e) => e.cursor)).size).toBe(25);
    expect(gw.upgrades()).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
