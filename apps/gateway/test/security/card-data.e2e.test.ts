import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { waitUntil } from "../cashbill-helpers.js";
import { externalSandboxEnv } from "../harness.js";
import { type GatewayProcess, processTimeout, spawnGateway } from "../processes.js";
import { type TestCard, filesUnder, scanForCards } from "./card-scan.js";
import { sendRaw } from "./http.js";

/**
 * No card data anywhere, including what i'mport echoes: the billing flows run against the
 * built gateway (its own process, NODE_ENV unset as in production, SQLite in a fresh data
 * directory) and a sandbox whose card company quotes card fields back in declines and
 * refusals; malformed requests carry card fields too. Then every database file (with -wal
 * and -shm), everything the gateway wrote, every reply and every event is scanned.
 */

const CARD_A: TestCard = {
  number: "4111-1111-1111-1111",
  expiry: "2031-12",
  birth: "900101",
  pinPrefix: "12",
};
const CARD_B: TestCard = {
  number: "5555-5555-5555-4444",
  expiry: "2032-06",
  birth: "880202",
  pinPrefix: "34",
};
/** A corporate card: `birth` is the 10-digit business registration number. */
const CARD_C: TestCard = {
  number: "3782-822463-10005",
  expiry: "2033-01",
  birth: "2208112345",
  pinPrefix: "56",
};
const CARDS = [CARD_A, CARD_B, CARD_C];

const DAY = 86_400_000;
const kstIso = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00";

interface GqlReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe("card data is never stored, logged, published or returned", () => {
  let sandbox: Sandbox;
  let gateway: GatewayProcess;
  let dataDir: string;
  let ws: Client;
  /** Every reply body and every event, as received. */
  const seen: string[] = [];
  const events: { type: string; merchantUid: string; failReason: string | null }[] = [];

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const reply = await sendRaw(gateway.graphqlUrl, {
      headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_KEYS.member}` },
      body: JSON.stringify({ query, variables }),
    });
    seen.push(reply.text);
    return JSON.parse(reply.text) as GqlReply;
  };
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const reply = await gql(query, variables);
    expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
    return reply.data!;
  };
  const eventFor = (merchantUid: string, type: string) =>
    waitUntil(
      () => events.some((e) => e.merchantUid === merchantUid && e.type === type),
      20_000,
      () => `no ${type} for ${merchantUid} in ${JSON.stringify(events)}`,
    );

  beforeAll(async () => {
    sandbox = createSandbox();
    const urls = await sandbox.start();
    dataDir = mkdtempSync(join(tmpdir(), "korbill-card-data-"));
    gateway = await spawnGateway({
      NODE_ENV: undefined,
      KORBILL_STAGE: "local",
      KORBILL_DATA_DIR: dataDir,
      KORBILL_LOG_LEVEL: "debug",
      ...externalSandboxEnv(urls),
    });
    sandbox.iamport.webhooks.configure({ url: `${gateway.url}/webhooks/iamport`, mode: "json" });
    ws = createClient({
      url: gateway.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${DEMO_KEYS.member}` },
      retryAttempts: 0,
    });
    const connected = new Promise<void>((resolve) => ws.on("connected", () => resolve()));
    ws.subscribe<{ paymentEvents: (typeof events)[number] }>(
      {
        query:
          "subscription { paymentEvents { cursor type impUid merchantUid status failReason } }",
      },
      {
        next: (value) => {
          seen.push(JSON.stringify(value));
          if (value.data) events.push(value.data.paymentEvents);
        },
        error: (error) => seen.push(`subscription error ${JSON.stringify(error)}`),
        complete: () => undefined,
      },
    );
    await connected;
  }, processTimeout());

  afterAll(async () => {
    await ws?.dispose();
    await gateway?.kill();
    await sandbox?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs the billing flows with declines and refusals that echo card data", async () => {
    const issue = `mutation($uid: String!, $card: CardInput!) {
      issueBillingKey(customerUid: $uid, card: $card, customer: { name: "홍길동", tel: "010-1234-5678" }) {
        customerUid cardNumber cardName } }`;
    const charge = `mutation($uid: String!, $m: String!) {
      chargeBillingKey(customerUid: $uid, merchantUid: $m, amount: 9900, name: "월간 이용권") {
        impUid status failReason cardNumber cardName } }`;
    const payOnce = `mutation($m: String!, $card: CardInput!) {
      payOnce(merchantUid: $m, amount: 1000, card: $card, name: "단건", customer: { name: "김철수" }) {
        impUid status failReason cardNumber } }`;

    await ok(issue, { uid: "cust_cd_1", card: CARD_A });
    await ok(charge, { uid: "cust_cd_1", m: "ord_cd_1" });
    await eventFor("ord_cd_1", "PAID");

    // A billing-key charge declined with a reason that quotes card A in other shapes.
    sandbox.iamport.outcomes.set("cust_cd_1", {
      kind: "decline",
      reason: `한도초과 (카드 4111 1111 1111 1111 유효 12/31 exp 203112 생년월일 900101 pwd_2digit=12)`,
    });
    const declined = await ok(charge, { uid: "cust_cd_1", m: "ord_cd_2" });
    expect(declined.chargeBillingKey).toMatchObject({ status: "FAILED" });
    expect(JSON.stringify(declined)).toContain("한도초과");
    await eventFor("ord_cd_2", "FAILED");

    // A key-in charge declined by a PG that quotes the request's card fields.
    sandbox.iamport.outcomes.set("*", { kind: "decline", reason: "잔액부족", echoCard: true });
    const keyIn = await ok(payOnce, { m: "ord_cd_3", card: CARD_B });
    expect(keyIn.payOnce).toMatchObject({ status: "FAILED" });
    await eventFor("ord_cd_3", "FAILED");

    // Refusals (errors, not payments) that quote the card: issue of a corporate card, key-in.
    sandbox.iamport.cardRefusals.add({ reason: "[F113]거래거절 분실카드", echoCard: true });
    const refused = await gql(issue, { uid: "cust_cd_2", card: CARD_C });
    expect(refused.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    expect(refused.errors?.[0]?.message).toContain("[F113]");
    sandbox.iamport.cardRefusals.add({ reason: "[F113]거래거절 정지카드", echoCard: true });
    const refusedKeyIn = await gql(payOnce, { m: "ord_cd_4", card: CARD_A });
    expect(refusedKeyIn.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");

    // Schedules: one runs, one is declined with card B's fields as labelled text.
    await ok(issue, { uid: "cust_cd_3", card: CARD_B });
    sandbox.iamport.outcomes.set("cust_cd_3", [
      { kind: "approve" },
      {
        kind: "decline",
        reason:
          "잔액부족 card_number: 5555555555554444, expiry: 2032-06, birth: 880202, 비밀번호 앞 2자리 34",
      },
    ]);
    const now = sandbox.clock.now().getTime();
    await ok(
      `mutation($s: [ScheduleInput!]!) { schedulePayments(customerUid: "cust_cd_3", schedules: $s) { merchantUid } }`,
      {
        s: [1, 2].map((m) => ({
          merchantUid: `ord_cd_s${m}`,
          scheduleAt: kstIso(now + m * DAY),
          amount: 9900,
          name: "월간 이용권",
        })),
      },
    );
    sandbox.clock.set(new Date(now + 3 * DAY));
    await eventFor("ord_cd_s1", "SCHEDULED_EXECUTED");
    await eventFor("ord_cd_s2", "FAILED");

    // A partial refund: cancel reason and history come back from i'mport too.
    await ok(
      `mutation { cancelPayment(merchantUid: "ord_cd_1", amount: 100, reason: "부분 환불") { status cancelAmount cancelReason } }`,
    );
    await eventFor("ord_cd_1", "CANCELLED");

    // Everything korbill returns about those payments and schedules.
    const failed = events.filter((e) => e.type === "FAILED").map((e) => e.merchantUid);
    expect(failed).toEqual(expect.arrayContaining(["ord_cd_2", "ord_cd_3", "ord_cd_s2"]));
    for (const m of ["ord_cd_1", "ord_cd_2", "ord_cd_3", "ord_cd_s2"])
      await ok(
        `query($m: String!) { payment(merchantUid: $m) { impUid status failReason cardName cardNumber name } }`,
        { m },
      );
    await ok(
      `query { billingKeyPayments(customerUid: "cust_cd_1") { items { failReason cardName name } } }`,
    );
    await ok(
      `query($from: String!, $to: String!) { billingKeySchedules(customerUid: "cust_cd_3", from: $from, to: $to) { items { failReason name status } } }`,
      { from: kstIso(now), to: kstIso(now + 30 * DAY) },
    );
    await ok(`query { billingKeys { items { customerUid cardNumber cardName } } }`);

    // The sandbox really echoed the cards, so korbill had them to leak.
    const upstream = JSON.stringify(sandbox.iamport.payments());
    expect(scanForCards("sandbox", upstream, CARDS).length).toBeGreaterThan(3);
  }, 120_000);

  it("refuses malformed requests that carry card fields without logging or echoing them", async () => {
    const variables = `"variables":{"card":{"number":"${CARD_A.number}","expiry":"${CARD_A.expiry}","birth":"${CARD_A.birth}","pinPrefix":"${CARD_A.pinPrefix}"}`;
    const query = `"query":"mutation($card: CardInput!) { issueBillingKey(customerUid: \\"cust_x\\", card: $card) { customerUid } }"`;
    const bodies: [Record<string, string>, Buffer | string][] = [
      [{}, `{${query},${variables},}}`],
      [{}, `{${query},${variables}}}}`],
      [{}, JSON.stringify(JSON.stringify({ card: CARD_A }))],
      [{ "content-encoding": "gzip" }, gzipSync(`{${query},${variables},}}`)],
      [{ "content-encoding": "gzip" }, `{${query},${variables}}`],
      [{ "content-type": "application/json; charset=latin1" }, `{${query},${variables}}}`],
    ];
    for (const [headers, body] of bodies) {
      for (const path of ["/graphql", "/webhooks/iamport", "/webhooks/popbill", "/nope"]) {
        const reply = await sendRaw(`${gateway.url}${path}`, {
          headers: { "content-type": "application/json", ...headers },
          body,
        });
        seen.push(reply.text);
        expect(reply.status, `${path}: ${reply.text}`).toBeGreaterThanOrEqual(400);
      }
    }
    // Well-formed JSON whose variables GraphQL refuses: the messages quote the value.
    const issue = `mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_x", card: $card) { customerUid } }`;
    for (const card of [
      { ...CARD_B, cvc: "123" },
      { ...CARD_B, pinPrefix: 34 },
      { ...CARD_B, number: 5555555555554444 },
    ]) {
      const refused = await gql(issue, { card });
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|BAD_REQUEST/);
    }
    // A forged webhook naming a card number as its payment id.
    const forged = await sendRaw(`${gateway.url}/webhooks/iamport`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ imp_uid: CARD_B.number, merchant_uid: "ord_cd_1", status: "paid" }),
    });
    seen.push(forged.text);
    expect(forged.status).toBe(200);
  });

  it("finds no card number, expiry, birth date or PIN digits anywhere", async () => {
    await waitUntil(
      () => gateway.stderr.join("").includes("webhook"),
      10_000,
      () => "no webhook log line",
    );
    const running = filesUnder(dataDir);
    // The write-ahead log is read while the gateway runs, before SIGTERM folds it in.
    expect(running.map((f) => f.path).some((p) => p.endsWith("-wal"))).toBe(true);
    const hits = [
      ...running.flatMap((f) => scanForCards(f.path, f.text, CARDS)),
      ...scanForCards("gateway output", gateway.output.join(""), CARDS),
      ...scanForCards("replies and events", seen.join("\n"), CARDS),
    ];
    // SIGTERM checkpoints the WAL into the database file: scan what is left once more.
    await gateway.kill();
    hits.push(...filesUnder(dataDir).flatMap((f) => scanForCards(f.path, f.text, CARDS)));
    hits.push(...scanForCards("gateway output", gateway.output.join(""), CARDS));
    expect(hits, JSON.stringify(hits.slice(0, 20), null, 1)).toEqual([]);
    // The scan reads what it should: the database holds the masked card and the decline text.
    const db = filesUnder(dataDir)
      .map((f) => f.text)
      .join("");
    expect(db).toContain("411111******1111");
    expect(db).toContain("한도초과");
  });
});
