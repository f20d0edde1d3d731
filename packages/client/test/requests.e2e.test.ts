import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulkIssueCashbillsDocument,
  type KorbillClient,
  KorbillError,
  PointsBalanceDocument,
  PointsEventsDocument,
  ViewerDocument,
  createKorbillClient,
} from "../src/index.js";
import { DEMO_KEYS, type RunningGateway, startGateway } from "./gateway.js";

describe("typed requests against a real gateway", () => {
  let gw: RunningGateway;
  let client: KorbillClient;
  beforeAll(async () => {
    gw = await startGateway();
    client = createKorbillClient({
      url: gw.graphqlUrl,
      apiKey: DEMO_KEYS.member,
      webSocketImpl: WebSocket,
    });
  });
  afterAll(async () => {
    await client?.close();
    await gw?.close();
  });

  it("answers the viewer query with typed data", async () => {
    const { viewer } = await client.request(ViewerDocument);
    const kind: "MEMBER" | "PARTNER" = viewer.kind;
    expect(kind).toBe("MEMBER");
    expect(viewer.stage).toBe("local");
    expect(viewer.corpNums).toEqual(["1234567890"]);
    expect(viewer.tenant).toMatch(/demo member/);
  });

  it("passes optional variables through", async () => {
    const { points } = await client.request(PointsBalanceDocument, { corpNum: "1234567890" });
    expect(points.corpNum).toBe("1234567890");
    expect(typeof points.balance).toBe("number");
  });

  it("surfaces BAD_USER_INPUT with its code and every field problem", async () => {
    const error = await client
      .request(BulkIssueCashbillsDocument, {
        submitId: "bad id",
        cashbills: [
          {
            mgtKey: "K 1",
            tradeType: "APPROVAL",
            tradeUsage: "INCOME_DEDUCTION",
            taxationType: "TAXABLE",
            supplyCost: 1000,
            tax: 100,
            serviceFee: 0,
            totalAmount: 1,
            identityNum: "01012345678",
          },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KorbillError);
    const k = error as KorbillError;
    expect(k.code).toBe("BAD_USER_INPUT");
    expect(k.errors[0]?.code).toBe("BAD_USER_INPUT");
    const paths = k.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["submitId", "cashbills.0.mgtKey", "cashbills.0.totalAmount"]),
    );
    for (const problem of k.problems) expect(problem.message).not.toBe("");
  });

  it("surfaces UNAUTHENTICATED for a bad key over HTTP", async () => {
    const stranger = createKorbillClient({ url: gw.graphqlUrl, apiKey: "kb_nobody" });
    const error = (await stranger.request(ViewerDocument).catch((e: unknown) => e)) as KorbillError;
    expect(error).toBeInstanceOf(KorbillError);
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.status).toBe(401);
    await stranger.close();
  });

  it("reports a refused key on a subscription once instead of reconnecting for ever", async () => {
    const stranger = createKorbillClient({
      url: gw.graphqlUrl,
      apiKey: "kb_nobody",
      webSocketImpl: WebSocket,
      reconnect: { minDelayMs: 20, maxDelayMs: 50 },
    });
    const before = gw.upgrades();
    const error = await new Promise<KorbillError>((resolve) => {
      stranger.subscribe(PointsEventsDocument, {}, { onEvent: () => undefined, onError: resolve });
    });
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.closeCode).toBe(4403);
    // No reconnect may follow: 300 ms is fifteen of its 20 ms retry delays (a quiet period;
    // a slow machine could only miss a retry, never fail a correct client).
    await new Promise((r) => setTimeout(r, 300));
    expect(gw.upgrades() - before).toBe(1);
    await stranger.close();
  });

  it("throws NETWORK_ERROR when the gateway cannot be reached", async () => {
    const nowhere = createKorbillClient({ url: "http://127.0.0.1:1/graphql", apiKey: "x" });
    const error = (await nowhere.request(ViewerDocument).catch((e: unknown) => e)) as KorbillError;
    expect(error.code).toBe("NETWORK_ERROR");
    await nowhere.close();
  });
});
