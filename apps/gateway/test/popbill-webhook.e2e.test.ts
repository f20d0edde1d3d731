import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { popbillWebhookHeaders } from "@korbill/cashbill";
import { DEMO_MEMBERS } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { TEST_WEBHOOK_AUTH, type TestGateway, collect, startTestGateway } from "./harness.js";

const CORP_NUM = DEMO_MEMBERS[0].corpNum;
let t: TestGateway;
let seq = 0;

beforeAll(async () => {
  t = await startTestGateway({
    POPBILL_WEBHOOK_USER: TEST_WEBHOOK_AUTH.username,
    POPBILL_WEBHOOK_PASSWORD: TEST_WEBHOOK_AUTH.password,
  });
});
afterAll(() => t.close());

function issueBody(mgtKey: string): string {
  return JSON.stringify({
    eventType: "Issue",
    eventDT: "20261123101010",
    corpNum: CORP_NUM,
    mgtKey,
    tradeDate: "20261123",
    confirmNum: "TB0000001",
    stateCode: 300,
    issueDT: "20261123101010",
  });
}

function headers(mid: string, basic = TEST_WEBHOOK_AUTH) {
  return popbillWebhookHeaders({ mid, corpNum: CORP_NUM, eventType: "Issue", auth: { basic } });
}

async function post(body: string | Buffer, h: Record<string, string>, path = "/webhooks/popbill") {
  const res = await fetch(`${t.url}${path}`, { method: "POST", headers: h, body });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

const ISSUED = `subscription { cashbillEvents(types: [ISSUED]) { type mgtKey confirmNum } }`;

describe("POST /webhooks/popbill (plain listener in front of express)", () => {
  it("files an authenticated delivery once, however often POPBiLL repeats its MID", async () => {
    const mgtKey = `WH-${Date.now()}`;
    const live = t.liveStarted();
    const events = collect<{ cashbillEvents: { mgtKey: string } }>(
      t.ws(DEMO_KEYS.member),
      ISSUED,
      1,
    );
    await live;
    const mid = `016120000002-wh${String(++seq).padStart(20, "0")}`;
    const first = await post(issueBody(mgtKey), headers(mid));
    expect(first).toMatchObject({ status: 200, text: "OK" });
    expect(first.type).toMatch(/^text\/plain/);
    expect((await post(issueBody(mgtKey), headers(mid))).text).toBe("OK");
    const [event] = await events;
    expect(event!.cashbillEvents).toMatchObject({
      type: "ISSUED",
      mgtKey,
      confirmNum: "TB0000001",
    });
    // The repeat made no second event: the next one seen is a new receipt's.
    const nextLive = t.liveStarted();
    const next = collect<{ cashbillEvents: { mgtKey: string } }>(t.ws(DEMO_KEYS.member), ISSUED, 1);
    await nextLive;
    await post(
      issueBody(`${mgtKey}-2`),
      headers(`016120000002-wh${String(++seq).padStart(20, "0")}`),
    );
    expect((await next)[0]!.cashbillEvents.mgtKey).toBe(`${mgtKey}-2`);
  });

  it("takes gzip bodies, and refuses unknown encodings (415), broken ones (400) and bombs (413)", async () => {
    const mgtKey = `WHZ-${Date.now()}`;
    const live = t.liveStarted();
    const events = collect<{ cashbillEvents: { mgtKey: string } }>(
      t.ws(DEMO_KEYS.member),
      ISSUED,
      1,
    );
    await live;
    const h = (enc: string) => ({
      ...headers(`016120000002-wh${String(++seq).padStart(20, "0")}`),
      "content-encoding": enc,
    });
    expect(await post(gzipSync(issueBody(mgtKey)), h("gzip"))).toMatchObject({
      status: 200,
      text: "OK",
    });
    expect((await events)[0]!.cashbillEvents.mgtKey).toBe(mgtKey);
    expect((await post(Buffer.from(issueBody("WHZ-X")), h("br"))).status).toBe(415);
    expect((await post(Buffer.from("not gzip"), h("gzip"))).status).toBe(400);
    const bomb = gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect((await post(bomb, h("gzip"))).status).toBe(413);
  });

  it("refuses wrong credentials (401), a bad body (400), other methods (405) and oversize bodies (413)", async () => {
    const mid = `016120000002-wh${String(++seq).padStart(20, "0")}`;
    const wrong = await post(
      issueBody("WH-X"),
      headers(mid, { ...TEST_WEBHOOK_AUTH, password: "nope" }),
    );
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.text)).toHaveProperty("error");
    expect((await post("not json", headers(mid))).status).toBe(400);
    const get = await fetch(`${t.url}/webhooks/popbill`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const big = await post(Buffer.alloc(3 * 1024 * 1024, 0x20), headers(mid));
    expect(big.status).toBe(413);
    // Other paths still reach express.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await post("{}", headers(mid), "/webhooks/popbill?x=1")).status).toBe(400);
  });
});

/** The gateway's `korbill_live_subscriptions` reading: subscriptions it has taken on. */
async function liveSubscriptions(): Promise<number> {
  const gauge = t.gateway.metrics.registry.getSingleMetric("korbill_live_subscriptions");
  return (await gauge!.get()).values[0]?.value ?? 0;
}

/** A graphql-transport-ws connection by hand: every message it receives, as sent. */
async function rawSubscriber(query: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(t.wsUrl, "graphql-transport-ws");
  const texts: string[] = [];
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const acked = new Promise<void>((resolve) =>
    socket.on("message", (data) => {
      const text = String(data);
      if (text.includes('"connection_ack"')) resolve();
      else texts.push(text);
    }),
  );
  const init = { authorization: `Bearer ${DEMO_KEYS.member}` };
  socket.send(JSON.stringify({ type: "connection_init", payload: init }));
  await acked;
  socket.send(JSON.stringify({ id: "s1", type: "subscribe", payload: { query, variables } }));
  return { socket, texts };
}

describe("live events on the wire", () => {
  it("reach shared live subscribers as the very bytes graphql-ws sends a replaying one", async () => {
    const query = `subscription($after: String) {
      cashbillEvents(after: $after, types: [ISSUED]) { cursor type mgtKey confirmNum tradeDate code success }
    }`;
    // Two live subscribers of one key share one execution and serialization; the replaying
    // one (from the start of the log) is executed and sent by graphql-ws itself.
    const started = t.liveStarted(); // the two live ones share one start
    const live = [await rawSubscriber(query, {}), await rawSubscriber(query, {})];
    const replay = await rawSubscriber(query, { after: Buffer.from("ev:0").toString("base64url") });
    await started;
    // ...and both have joined it (the gauge counts subscriptions the server took on).
    await vi.waitFor(async () => expect(await liveSubscriptions()).toBeGreaterThanOrEqual(3), {
      timeout: 15_000,
    });
    const mgtKey = `WHB-${Date.now()}`;
    const mid = `016120000002-wh${String(++seq).padStart(20, "0")}`;
    expect((await post(issueBody(mgtKey), headers(mid))).status).toBe(200);
    const find = (texts: string[]) => texts.find((m) => m.includes(mgtKey));
    await vi.waitFor(() => expect([...live, replay].every((s) => find(s.texts))).toBe(true), {
      timeout: 15_000,
    });
    const sent = find(replay.texts)!;
    expect(JSON.parse(sent)).toMatchObject({
      id: "s1",
      type: "next",
      payload: { data: { cashbillEvents: { type: "ISSUED", mgtKey, confirmNum: "TB0000001" } } },
    });
    for (const s of live) expect(find(s.texts)).toBe(sent);
    for (const s of [...live, replay]) s.socket.close();
  });
});
