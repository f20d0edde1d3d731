import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { waitUntil } from "../cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "../harness.js";

interface PaymentEvent {
  type: string;
  impUid: string;
  merchantUid: string;
}

const CARD = { number: "4111-1111-1111-1111", expiry: "2031-12", birth: "900101", pinPrefix: "12" };
const RATE = 2;
const BURST = 4;
const DAY = 86_400_000;
const kstIso = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00";

/**
 * The most re-fetches the budget allows in `seconds`: RATE per second plus BURST more per
 * BURST/RATE-second window (rate-limiter-flexible's BurstyRateLimiter; see refetch budget).
 */
function budgetFor(seconds: number): number {
  const windows = Math.ceil(seconds / Math.ceil(BURST / RATE)) + 1;
  return RATE * (Math.ceil(seconds) + 1) + BURST * windows;
}

describe("forged i'mport webhooks cost bounded upstream calls", () => {
  let t: TestGateway;
  const events: PaymentEvent[] = [];
  let dispose: () => void;
  const sandbox = () => t.gateway.sandbox!.sandbox!;

  beforeAll(async () => {
    t = await startTestGateway({
      KORBILL_IAMPORT_WEBHOOK_REFETCH: `${RATE},${BURST}`,
      KORBILL_IAMPORT_WEBHOOK_MIN_INTERVAL_MS: "10000",
    });
    const client = t.ws(DEMO_KEYS.member);
    const live = t.liveStarted();
    let subscribed = false;
    dispose = client.subscribe<{ paymentEvents: PaymentEvent }>(
      { query: "subscription { paymentEvents { type impUid merchantUid } }" },
      {
        next: (v) => v.data && events.push(v.data.paymentEvents),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    client.on("connected", () => (subscribed = true));
    await waitUntil(
      () => subscribed,
      10_000,
      () => "no subscription",
    );
    await live;
  }, 60_000);

  afterAll(async () => {
    dispose?.();
    await t?.close();
  });

  it("re-fetches within the budget during a flood and still verifies the real payment's webhook", async () => {
    const issued = await t.gql(
      'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_flood", card: $card) { customerUid } }',
      { card: CARD },
      DEMO_KEYS.member,
    );
    expect(issued.body.errors).toBeUndefined();
    const now = sandbox().clock.now().getTime();
    const scheduled = await t.gql(
      'mutation($s: [ScheduleInput!]!) { schedulePayments(customerUid: "cust_flood", schedules: $s) { merchantUid } }',
      {
        s: [
          {
            merchantUid: "ord_flood_real",
            scheduleAt: kstIso(now + 30 * DAY),
            amount: 9900,
            name: "flood",
          },
        ],
      },
      DEMO_KEYS.member,
    );
    expect(scheduled.body.errors).toBeUndefined();

    const isRefetch = { host: "iamport" as const, method: "GET", path: /^\/payments\// };
    const before = sandbox().requests.count(isRefetch);
    const started = Date.now();
    const rand = () => randomBytes(6).toString("hex");
    const forged = [
      // Random everything: no order of korbill's, nothing to re-fetch.
      ...Array.from({ length: 150 }, () => ({
        imp_uid: `imp_${rand()}`,
        merchant_uid: `x_${rand()}`,
      })),
      // A real merchant_uid with made-up imp_uids: bounded by the budget.
      ...Array.from({ length: 100 }, () => ({
        imp_uid: `imp_${rand()}`,
        merchant_uid: "ord_flood_real",
      })),
      // One imp_uid again and again: coalesced.
      ...Array.from({ length: 100 }, () => ({
        imp_uid: "imp_flood_same",
        merchant_uid: "ord_flood_real",
      })),
    ].sort(() => Math.random() - 0.5);
    const statuses: number[] = [];
    const results: string[] = [];
    const send = async (body: object) => {
      const res = await fetch(`${t.url}/webhooks/iamport`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, status: "paid" }),
      });
      statuses.push(res.status);
      results.push(((await res.json()) as { result?: string }).result ?? "");
    };
    let next = 0;
    let realSent = false;
    const worker = async () => {
      while (next < forged.length) {
        const i = next++;
        // Once the budget is spent (or halfway), the real payment runs and the sandbox sends
        // its webhook.
        if (!realSent && (results.includes("deferred") || i >= forged.length / 2)) {
          realSent = true;
          sandbox().clock.set(new Date(now + 30 * DAY + 60_000));
        }
        await send(forged[i]!);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    await waitUntil(
      () => events.some((e) => e.merchantUid === "ord_flood_real"),
      60_000,
      () => JSON.stringify(events),
    );
    const real = events.filter((e) => e.merchantUid === "ord_flood_real");
    expect(real.map((e) => e.type)).toEqual(["SCHEDULED_EXECUTED"]);
    expect(real[0]!.impUid).not.toBe("imp_flood_same");

    const refetches = sandbox().requests.count(isRefetch) - before;
    const seconds = (Date.now() - started) / 1000;
    expect(refetches).toBeLessThanOrEqual(budgetFor(seconds));
    expect(refetches).toBeLessThan(forged.length / 5);
    expect(results).toContain("deferred");
    // Nothing is left unverified.
    await expect
      .poll(() => t.gateway.services.billingWebhooks.pendingDeferred(), { timeout: 30_000 })
      .toBe(0);
  }, 120_000);
});
