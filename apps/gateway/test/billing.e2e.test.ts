import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { waitUntil } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/** Luhn-valid test cards; neither may ever be found in the database or the logs. */
const CARD_A = {
  number: "4111-1111-1111-1111",
  expiry: "2031-12",
  birth: "900101",
  pinPrefix: "12",
};
const CARD_B = {
  number: "5555-5555-5555-4444",
  expiry: "2032-06",
  birth: "880202",
  pinPrefix: "34",
};
const SECRETS = [
  "4111111111111111",
  "4111-1111-1111-1111",
  "5555555555554444",
  "5555-5555-5555-4444",
  "2031-12",
  "2032-06",
];

interface PaymentEvent {
  cursor: string;
  type: string;
  impUid: string;
  merchantUid: string;
  status: string;
  amount: number;
  failReason: string | null;
}

const kstIso = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00";
const DAY = 86_400_000;

describe("billing end to end: billing keys, charges, schedules and verified webhooks", () => {
  let t: TestGateway;
  const events: PaymentEvent[] = [];
  let dispose: () => void;
  const gql = async <T = Record<string, unknown>>(
    q: string,
    v: Record<string, unknown> = {},
    key: string = DEMO_KEYS.member,
  ) => {
    const r = await t.gql<T>(q, v, key);
    return r.body;
  };
  const sandbox = () => t.gateway.sandbox!.sandbox!;

  beforeAll(async () => {
    t = await startTestGateway();
    sandbox().iamport.webhooks.configure({ url: `${t.url}/webhooks/iamport`, mode: "json" });
    const client = t.ws(DEMO_KEYS.member);
    const live = t.liveStarted();
    dispose = client.subscribe<{ paymentEvents: PaymentEvent }>(
      {
        query:
          "subscription { paymentEvents { cursor type impUid merchantUid status amount failReason } }",
      },
      {
        next: (v) => v.data && events.push(v.data.paymentEvents),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await live;
  });
  afterAll(async () => {
    dispose?.();
    await t?.close();
  });

  it("issues a key, charges it, runs three monthly schedules (one declined) and replaces and deletes the key", async () => {
    const issued = await gql<{
      issueBillingKey: {
        customerUid: string;
        cardNumber: string;
        replaced: boolean;
        updatedAt: string;
      };
    }>(
      'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_e2e_1", card: $card, customer: { name: "홍길동" }) { customerUid cardNumber replaced updatedAt insertedAt } }',
      { card: CARD_A },
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueBillingKey).toMatchObject({
      customerUid: "cust_e2e_1",
      replaced: false,
    });
    expect(issued.data!.issueBillingKey.cardNumber).toMatch(/\*{4}/);

    const charged = await gql<{
      chargeBillingKey: { status: string; impUid: string; amount: number };
    }>(
      'mutation { chargeBillingKey(customerUid: "cust_e2e_1", merchantUid: "ord_e2e_001", amount: 9900, name: "월간 이용권") { status impUid amount } }',
    );
    expect(charged.errors).toBeUndefined();
    expect(charged.data!.chargeBillingKey).toMatchObject({ status: "PAID", amount: 9900 });
    await waitUntil(
      () => events.some((e) => e.merchantUid === "ord_e2e_001" && e.type === "PAID"),
      10_000,
      () => JSON.stringify(events),
    );

    // Three monthly charges; the second one is declined by the sandbox's outcome control.
    const now = sandbox().clock.now().getTime();
    sandbox().iamport.outcomes.set("cust_e2e_1", [
      { kind: "approve" },
      { kind: "decline", reason: "한도초과" },
      { kind: "approve" },
    ]);
    const scheduled = await gql<{ schedulePayments: { merchantUid: string }[] }>(
      'mutation($s: [ScheduleInput!]!) { schedulePayments(customerUid: "cust_e2e_1", schedules: $s) { merchantUid status scheduleAt } }',
      {
        s: [1, 2, 3].map((m) => ({
          merchantUid: `ord_e2e_m${m}`,
          scheduleAt: kstIso(Date.now() + m * 30 * DAY),
          amount: 9900,
          name: "월간 이용권",
        })),
      },
    );
    expect(scheduled.errors, JSON.stringify(scheduled.errors)).toBeUndefined();
    expect(scheduled.data!.schedulePayments).toHaveLength(3);
    for (const m of [1, 2, 3]) {
      sandbox().clock.set(new Date(now + m * 30 * DAY + 60_000));
      await waitUntil(
        () => events.some((e) => e.merchantUid === `ord_e2e_m${m}`),
        15_000,
        () => JSON.stringify(events),
      );
    }
    const executions = ["ord_e2e_m1", "ord_e2e_m2", "ord_e2e_m3"].map((m) =>
      events.find((e) => e.merchantUid === m)!,
    );
    expect(executions.map((e) => e.type)).toEqual([
      "SCHEDULED_EXECUTED",
      "FAILED",
      "SCHEDULED_EXECUTED",
    ]);
    expect(executions[1]!.failReason).toBe("한도초과");

    // The payment state agrees with a re-fetch from i'mport.
    for (const e of executions) {
      const p = await gql<{ payment: { status: string; amount: number } }>(
        "query($i: String!) { payment(impUid: $i) { status amount } }",
        { i: e.impUid },
      );
      expect(p.errors).toBeUndefined();
      expect(p.data!.payment).toMatchObject({
        status: e.type === "FAILED" ? "FAILED" : "PAID",
        amount: 9900,
      });
    }

    // Reusing the customerUid replaces the card: `updatedAt` changes, `replaced` says so.
    const replaced = await gql<{
      issueBillingKey: { replaced: boolean; updatedAt: string; insertedAt: string };
    }>(
      'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_e2e_1", card: $card) { replaced updatedAt insertedAt } }',
      { card: CARD_B },
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.issueBillingKey.replaced).toBe(true);
    expect(replaced.data!.issueBillingKey.updatedAt).not.toBe(
      issued.data!.issueBillingKey.updatedAt,
    );
    // The previous key is deleted (seed 004): the customerUid now charges card B only.
    const afterReplace = await gql<{ chargeBillingKey: { status: string; cardNumber: string } }>(
      'mutation { chargeBillingKey(customerUid: "cust_e2e_1", merchantUid: "ord_e2e_replaced", amount: 9900, name: "x") { status cardNumber } }',
    );
    expect(afterReplace.errors).toBeUndefined();
    expect(afterReplace.data!.chargeBillingKey).toMatchObject({
      status: "PAID",
      cardNumber: expect.stringMatching(/4444$/),
    });

    const deleted = await gql(
      'mutation { deleteBillingKey(customerUid: "cust_e2e_1") { customerUid } }',
    );
    expect(deleted.errors).toBeUndefined();
    const refused = await gql(
      'mutation { chargeBillingKey(customerUid: "cust_e2e_1", merchantUid: "ord_e2e_after", amount: 9900, name: "x") { status } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|UPSTREAM_ERROR/);
    expect(events.filter((e) => e.merchantUid === "ord_e2e_after")).toHaveLength(0);
  }, 90_000);

  it("keeps a billing key to the member that issued it: another member can neither read, charge, schedule nor delete it", async () => {
    const issued = await gql(
      'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_owned", card: $card) { customerUid } }',
      { card: CARD_A },
    );
    expect(issued.errors).toBeUndefined();
    const other = DEMO_KEYS.member2;
    const read = await gql(
      'query { billingKey(customerUid: "cust_owned") { customerUid } }',
      {},
      other,
    );
    const charge = await gql(
      'mutation { chargeBillingKey(customerUid: "cust_owned", merchantUid: "ord_steal", amount: 100, name: "x") { status } }',
      {},
      other,
    );
    const schedule = await gql(
      'mutation($s: [ScheduleInput!]!) { schedulePayments(customerUid: "cust_owned", schedules: $s) { merchantUid } }',
      {
        s: [
          {
            merchantUid: "ord_steal_s",
            scheduleAt: kstIso(Date.now() + DAY),
            amount: 100,
            name: "x",
          },
        ],
      },
      other,
    );
    const del = await gql(
      'mutation { deleteBillingKey(customerUid: "cust_owned") { customerUid } }',
      {},
      other,
    );
    for (const r of [read, charge, schedule, del])
      expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const still = await gql<{ billingKey: { customerUid: string } }>(
      'query { billingKey(customerUid: "cust_owned") { customerUid } }',
    );
    expect(still.data?.billingKey.customerUid).toBe("cust_owned");
  });

  it("treats webhooks as hints: forged and replayed deliveries change nothing", async () => {
    const post = (body: string, type = "application/json") =>
      fetch(`${t.url}/webhooks/iamport`, {
        method: "POST",
        headers: { "content-type": type },
        body,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { result?: string } }));
    const before = events.length;
    const paid = events.find((e) => e.merchantUid === "ord_e2e_001")!;
    // Unknown payment, a status the payment does not have, a merchant_uid that is not ours.
    expect(
      (
        await post(
          JSON.stringify({
            imp_uid: "imp_999999999999",
            merchant_uid: "ord_e2e_001",
            status: "paid",
          }),
        )
      ).body.result,
    ).toBe("rejected");
    expect(
      (
        await post(
          JSON.stringify({
            imp_uid: paid.impUid,
            merchant_uid: "ord_e2e_001",
            status: "cancelled",
          }),
        )
      ).body.result,
      // Within the re-fetch interval of this imp_uid a contradicting claim is deferred: a
      // background pass looks the order up later (and finds it paid).
    ).toMatch(/^(rejected|deferred)$/);
    expect(
      (
        await post(
          `imp_uid=${paid.impUid}&merchant_uid=somebody_else&status=paid`,
          "application/x-www-form-urlencoded",
        )
      ).body.result,
    ).toBe("rejected");
    // A genuine delivery sent again (replay) is a no-op.
    expect(
      (
        await post(
          JSON.stringify({ imp_uid: paid.impUid, merchant_uid: "ord_e2e_001", status: "paid" }),
        )
      ).body.result,
    ).toBe("duplicate");
    expect((await post("not json at all")).status).toBe(400);
    await expect
      .poll(() => t.gateway.services.billingWebhooks.pendingDeferred(), { timeout: 10_000 })
      .toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(events.length).toBe(before);
  });

  it("validates card data and amounts before calling i'mport", async () => {
    sandbox().requests.clear();
    const cases: [string, Record<string, unknown>][] = [
      ["Luhn", { card: { ...CARD_A, number: "4111-1111-1111-1112" } }],
      ["expired", { card: { ...CARD_A, expiry: "2020-01" } }],
      ["birth length", { card: { ...CARD_A, birth: "9001" } }],
      ["card format", { card: { ...CARD_A, number: "4111" } }],
    ];
    for (const [, v] of cases) {
      const r = await gql(
        'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_bad", card: $card) { customerUid } }',
        v,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(r)).not.toContain("4111-1111-1111-1112");
    }
    const zero = await gql(
      'mutation { chargeBillingKey(customerUid: "cust_owned", merchantUid: "ord_zero", amount: 0, name: "x") { status } }',
    );
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const longUid = await gql(
      `mutation { chargeBillingKey(customerUid: "cust_owned", merchantUid: "${"m".repeat(41)}", amount: 100, name: "x") { status } }`,
    );
    expect(longUid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const reused = await gql(
      'mutation { chargeBillingKey(customerUid: "cust_owned", merchantUid: "ord_e2e_001", amount: 100, name: "x") { status } }',
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(sandbox().requests.count({ host: "iamport" })).toBe(0);
  });

  it("never writes card data to the database or the logs", async () => {
    const dir = t.gateway.config.dataDir;
    const files = readdirSync(dir).filter((f) => f.startsWith("korbill-local.db"));
    expect(files.length).toBeGreaterThan(0);
    const haystacks = [
      ...files.map((f) => readFileSync(join(dir, f)).toString("latin1")),
      t.logs.join("\n"),
    ];
    for (const secret of SECRETS)
      for (const h of haystacks) expect(h.includes(secret), `found ${secret}`).toBe(false);
    // The scan would find them: the masked cards are there.
    expect(haystacks.some((h) => h.includes("cust_e2e_1"))).toBe(true);
  });
});
