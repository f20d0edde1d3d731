import { describe, expect, it } from "vitest";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";
import { useReceiver } from "./receiver.test-helpers.js";

const MID = /^\d{12}-[0-9a-f]{23}$/;

describe("webhooks", () => {
  const start = usePopbill();
  const receiver = useReceiver();

  it("posts an Issue event with the POPBiLL headers and Basic auth", async () => {
    const { issue, sandbox } = await start();
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url, basic: { username: "korbill", password: "s3cret" } });
    await issue();
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [(typeof received)[number]];
    expect(headers).toMatchObject({
      "content-type": "application/json",
      "pb-webhook-type": "CASHBILL.STATE",
      "pb-webhook-eventtype": "Issue",
      "pb-webhook-mid": expect.stringMatching(MID),
      "pb-webhook-corpnum": "1234567890",
      authorization: `Basic ${Buffer.from("korbill:s3cret").toString("base64")}`,
    });
    expect(headers["x-api-key"]).toBeUndefined();
    expect(body).toMatchObject({
      eventType: "Issue",
      eventDT: "20261123100203",
      corpNum: "1234567890",
      franchiseCorpNum: "1234567890",
      mgtKey: "MK-1",
      itemKey: expect.stringMatching(/^\d{18}$/),
      tradeDate: "20261123",
      confirmNum: expect.any(String),
      stateCode: 300,
      stateDT: "20261123100203",
      issueDT: "20261123100203",
    });
    expect(sandbox.webhooks.deliveries()).toMatchObject([
      { attempt: 1, ok: true, status: 200, eventType: "Issue" },
    ]);
  });

  it("sends X-Api-Key instead of Basic auth when configured so", async () => {
    const { issue, sandbox } = await start();
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url, apiKey: "key-123" });
    await issue();
    await sandbox.webhooks.settled();
    expect(received[0]?.headers["x-api-key"]).toBe("key-123");
    expect(received[0]?.headers["authorization"]).toBeUndefined();
  });

  it("posts one BULKRESULT per receipt, failures included", async () => {
    const { bulk, sandbox } = await start();
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url });
    await bulk("SUB-1", [
      receipt({ mgtKey: "A" }),
      receipt({ mgtKey: "B", identityNum: "01000004444" }),
    ]);
    sandbox.clock.advance(3_000);
    await sandbox.webhooks.settled();
    const bodies = received.map((r) => r.body).sort((a, b) => a.mgtKey.localeCompare(b.mgtKey));
    expect(received.map((r) => r.headers["pb-webhook-eventtype"])).toEqual([
      "BULKRESULT",
      "BULKRESULT",
    ]);
    expect(bodies).toEqual([
      {
        eventType: "BULKRESULT",
        eventDT: "20261123100206",
        corpNum: "1234567890",
        submitID: "SUB-1",
        mgtKey: "A",
        itemKey: expect.stringMatching(/^\d{18}$/),
        code: 1,
        message: expect.any(String),
        confirmNum: expect.any(String),
        tradeDate: "20261123",
        issueDT: "20261123100206",
        stateCode: 300,
      },
      expect.objectContaining({
        mgtKey: "B",
        code: -14001006,
        confirmNum: null,
        itemKey: null,
        stateCode: null,
      }),
    ]);
    expect(new Set(received.map((r) => r.headers["pb-webhook-mid"])).size).toBe(2);
  });

  it("posts NTS with the filing fields after the receipt's BULKRESULT", async () => {
    const { bulk, sandbox } = await start({ filingSchedule: "fast" });
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url });
    await bulk("SUB-1", [
      receipt({ mgtKey: "A" }),
      receipt({ mgtKey: "F", identityNum: "01000000305" }),
    ]);
    sandbox.clock.advance(3_000);
    sandbox.clock.advance(3_000);
    await sandbox.webhooks.settled();
    const events = received.map((r) => `${r.body.eventType}:${r.body.mgtKey}`);
    expect(events.indexOf("BULKRESULT:A")).toBeLessThan(events.indexOf("NTS:A"));
    expect(events.indexOf("BULKRESULT:F")).toBeLessThan(events.indexOf("NTS:F"));
    const nts = received.find((r) => r.body.eventType === "NTS" && r.body.mgtKey === "F")!;
    expect(nts.headers["pb-webhook-eventtype"]).toBe("NTS");
    expect(nts.body).toMatchObject({
      stateCode: 305,
      ntssendDT: "20261123100209",
      ntsresultDT: "20261123100209",
      ntsresultCode: "TS1",
      ntsresultMessage: expect.any(String),
      confirmNum: expect.any(String),
      itemKey: expect.any(String),
    });
  });

  it("retries a failed message with the same MID after retryDelayMs of sandbox time", async () => {
    const { issue, sandbox } = await start();
    const { url, received } = await receiver((_, n) =>
      n < 2 ? { status: 500, body: "busy" } : { status: 200, body: '{"result":"OK"}' },
    );
    sandbox.webhooks.configure({ url, retryDelayMs: 1_000 });
    await issue();
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    expect(sandbox.webhooks.pending()).toMatchObject([
      { attempts: 1, state: "retry", nextAttemptAt: new Date("2026-11-23T01:02:04.000Z") },
    ]);
    sandbox.clock.advance(999);
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
    sandbox.clock.advance(1);
    await sandbox.webhooks.settled();
    sandbox.clock.advance(1_000);
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers["pb-webhook-mid"])).size).toBe(1);
    expect(sandbox.webhooks.deliveries().map((d) => [d.attempt, d.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(sandbox.webhooks.pending()).toEqual([]);
  });

  it("gives up after retries and counts anything but 200 OK as a failure", async () => {
    const { issue, sandbox } = await start();
    const { url, received } = await receiver(() => ({ status: 200, body: "NOT OK" }));
    sandbox.webhooks.configure({ url, retries: 2, retryDelayMs: 10 });
    await issue();
    for (let i = 0; i < 4; i++) {
      await sandbox.webhooks.settled();
      sandbox.clock.advance(10);
    }
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(3);
    expect(sandbox.webhooks.pending()).toEqual([]);
  });

  it("records a network error as a failed attempt and retries it", async () => {
    const { issue, sandbox } = await start();
    sandbox.webhooks.configure({ url: "http://127.0.0.1:1/nowhere", retries: 1, retryDelayMs: 10 });
    await issue();
    await sandbox.webhooks.settled();
    sandbox.clock.advance(10);
    await sandbox.webhooks.settled();
    const deliveries = sandbox.webhooks.deliveries();
    expect(deliveries).toMatchObject([
      { attempt: 1, ok: false, status: undefined, error: expect.any(String) },
      { attempt: 2 },
    ]);
    expect(deliveries[0]?.mid).toBe(deliveries[1]?.mid);
  });

  it("holds NTS until the receipt's earlier message is delivered", async () => {
    const { issue, sandbox } = await start({ filingSchedule: "fast" });
    const { url, received } = await receiver((_, n) =>
      n === 0 ? { status: 503, body: "" } : { status: 200, body: "OK" },
    );
    sandbox.webhooks.configure({ url, retryDelayMs: 5_000 });
    await issue();
    await sandbox.webhooks.settled();
    sandbox.clock.advance(3_000); // filed: NTS queued behind the Issue retry
    await sandbox.webhooks.settled();
    expect(sandbox.webhooks.pending().map((p) => p.eventType)).toEqual(["Issue", "NTS"]);
    sandbox.clock.advance(2_000);
    await sandbox.webhooks.settled();
    expect(received.map((r) => r.body.eventType)).toEqual(["Issue", "Issue", "NTS"]);
  });

  it("sends nothing while disabled, and nothing without a config", async () => {
    const { issue, sandbox } = await start();
    await issue({ mgtKey: "NO-CONFIG" });
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url });
    sandbox.webhooks.disable();
    await issue();
    await sandbox.webhooks.settled();
    expect(received).toEqual([]);
    expect(sandbox.webhooks.pending()).toEqual([]);
    sandbox.webhooks.enable();
    await issue({ mgtKey: "MK-2" });
    await sandbox.webhooks.settled();
    expect(received.map((r) => r.body.mgtKey)).toEqual(["MK-2"]);
  });

  it("queues while paused and delivers on resume", async () => {
    const { issue, sandbox } = await start();
    const { url, received } = await receiver();
    sandbox.webhooks.configure({ url });
    sandbox.webhooks.pause();
    await issue();
    await sandbox.webhooks.settled();
    expect(received).toEqual([]);
    expect(sandbox.webhooks.pending()).toMatchObject([
      { eventType: "Issue", state: "queued", attempts: 0 },
    ]);
    sandbox.webhooks.resume();
    await sandbox.webhooks.settled();
    expect(received).toHaveLength(1);
  });

  it("routes a partner's members to that partner's URL", async () => {
    const { issue, sandbox } = await start();
    const all = await receiver();
    const tester = await receiver();
    sandbox.webhooks.configure({ url: all.url });
    sandbox.webhooks.configure({ url: tester.url, linkId: "TESTER" });
    await issue();
    await sandbox.webhooks.settled();
    expect([all.received.length, tester.received.length]).toEqual([0, 1]);
  });

  it("refuses a config with a bad URL or negative retries", async () => {
    const { sandbox } = await start();
    expect(() => sandbox.webhooks.configure({ url: "ftp://x" })).toThrow(RangeError);
    expect(() => sandbox.webhooks.configure({ url: "http://x", retries: -1 })).toThrow(RangeError);
  });

  it("defaults to 3 retries, 5 s apart on the fast schedule and 5 min on popbill", async () => {
    const fast = await start({ filingSchedule: "fast" });
    expect(fast.sandbox.webhooks.configure({ url: "http://127.0.0.1:9/" })).toMatchObject({
      retries: 3,
      retryDelayMs: 5_000,
    });
    const popbill = await start();
    expect(popbill.sandbox.webhooks.configure({ url: "http://127.0.0.1:9/" }).retryDelayMs).toBe(
      300_000,
    );
  });
});
