import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { demoReceipt } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const CLOCK = "{ sandboxClock { now aheadMs timing } }";
const ADVANCE = `mutation($by: String, $to: String) {
  advanceSandboxClock(by: $by, to: $to) { now aheadMs timing }
}`;
const kstIso = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00";
const DAY = 86_400_000;

interface ClockView {
  now: string;
  aheadMs: number;
  timing: string;
}

describe("the sandbox clock users can move (local stage, seed timing)", () => {
  let gw: TestGateway;
  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    gw.gql<T>(query, variables, DEMO_KEYS.member).then((r) => r.body);
  const advance = async (variables: { by?: string; to?: string }) => {
    const r = await gql<{ advanceSandboxClock: ClockView }>(ADVANCE, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.advanceSandboxClock;
  };
  const until = async <T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000) => {
    const start = Date.now();
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - start > ms) throw new Error(`timed out: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    gw = await startTestGateway({ KORBILL_SANDBOX_TIMING: "seed" });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it("reads the sandbox time and refuses bad moves with BAD_USER_INPUT", async () => {
    const r = await gql<{ sandboxClock: ClockView }>(CLOCK);
    expect(r.errors).toBeUndefined();
    expect(r.data!.sandboxClock.timing).toBe("seed");
    expect(r.data!.sandboxClock.now).toMatch(/\+09:00$/);
    for (const variables of [
      {},
      { by: "soon" },
      { to: "2020-01-01T00:00:00+09:00" },
      { by: "1d", to: kstIso(Date.now()) },
    ]) {
      const bad = await gql(ADVANCE, variables);
      expect(bad.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });

  it("files receipts overnight: results appear once the clock reaches 11:00 KST the next day", async () => {
    const issued = await gql(
      "mutation($input: CashbillInput!) { issueCashbill(input: $input) { mgtKey confirmNum } }",
      { input: demoReceipt("CLOCK-1") },
    );
    expect(issued.errors, JSON.stringify(issued.errors)).toBeUndefined();
    const read = () =>
      gql<{ cashbill: { state: string; issuedAt: string; expectedFilingResultAt: string } }>(
        '{ cashbill(mgtKey: "CLOCK-1") { state issuedAt expectedFilingResultAt } }',
      ).then((r) => r.data!.cashbill);
    const before = await read();
    expect(before.state).toBe("ISSUED");
    const day = new Date(Date.parse(before.issuedAt) + 9 * 3600_000).toISOString().slice(0, 10);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    expect(before.expectedFilingResultAt).toBe(`${next}T11:00:00+09:00`);

    // An hour later nothing is filed yet (seed timing, not demo).
    await advance({ by: "PT1H" });
    expect((await read()).state).toBe("ISSUED");

    const moved = await advance({ to: before.expectedFilingResultAt });
    expect(Date.parse(moved.now)).toBeGreaterThanOrEqual(Date.parse(before.expectedFilingResultAt));
    await until(read, (c) => c.state === "NTS_FILED");
  });

  it("charges a scheduled payment once the clock passes its time", async () => {
    const key = await gql(
      'mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_clock", card: $card) { customerUid } }',
      {
        card: {
          number: "4111-1111-1111-1111",
          expiry: "2031-12",
          birth: "900101",
          pinPrefix: "12",
        },
      },
    );
    expect(key.errors, JSON.stringify(key.errors)).toBeUndefined();
    const clock = (await gql<{ sandboxClock: ClockView }>(CLOCK)).data!.sandboxClock;
    const at = Date.parse(clock.now) + 2 * DAY;
    const scheduled = await gql(
      'mutation($s: [ScheduleInput!]!) { schedulePayments(customerUid: "cust_clock", schedules: $s) { merchantUid status } }',
      {
        s: [
          { merchantUid: "ord_clock_1", scheduleAt: kstIso(at), amount: 9900, name: "월간 이용권" },
        ],
      },
    );
    expect(scheduled.errors, JSON.stringify(scheduled.errors)).toBeUndefined();
    const status = () =>
      gql<{ billingKeySchedules: { items: { merchantUid: string; status: string }[] } }>(
        `{ billingKeySchedules(customerUid: "cust_clock", from: "${kstIso(at - DAY)}", to: "${kstIso(at + DAY)}") { items { merchantUid status } } }`,
      ).then(
        (r) =>
          r.data?.billingKeySchedules.items.find((i) => i.merchantUid === "ord_clock_1")?.status,
      );
    expect(await status()).toBe("SCHEDULED");
    await advance({ by: "P2DT1M" });
    await until(status, (s) => s === "EXECUTED");
  });

  it("expires a 30-second popup URL once the clock moved 31 s", async () => {
    const r = await gql<{ points: { chargeUrl: { url: string } } }>(
      "{ points { chargeUrl { url } } }",
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { url } = r.data!.points.chargeUrl;
    expect((await fetch(url)).status).toBe(200);
    await advance({ by: "31s" });
    expect((await fetch(url)).status).toBe(403);
  });
});
