/**
 * Conformance: the official i'mport (PortOne V1) clients `iamport` 0.3.4 and
 * `iamport-rest-client-nodejs` 0.9.12, unmodified, against the standalone sandbox
 * (`dist/main.js`) over real sockets, for every i'mport operation korbill's gateway uses
 * (packages/billing/src/client/client.ts): token, billing keys (issue, get, get several, delete),
 * again, onetime, schedule, unschedule, a schedule by merchant_uid, a customer's schedules
 * and payments, payments by imp_uid and merchant_uid, cancel. Both clients are pointed at the
 * sandbox by their own host setting (`Iamport.DEFAULT_HOST`, `baseUrl`).
 */
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_IAMPORT } from "../iamport/state.js";
import { type Standalone, startStandalone } from "./standalone.test-helpers.js";

const require = createRequire(import.meta.url);
const RUN = Date.now().toString(36);
const CARD = {
  card_number: "4111-1111-1111-1111",
  expiry: "2030-12",
  birth: "900101",
  pwd_2digit: "12",
};

let sandbox: Standalone;
beforeAll(async () => {
  sandbox = await startStandalone();
}, 30_000);
afterAll(() => sandbox?.stop());

/** Seconds from now, as i'mport's `schedule_at`. */
const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;

describe("iamport 0.3.4", () => {
  let client: any;
  beforeAll(() => {
    const Iamport = require("iamport");
    Iamport.DEFAULT_HOST = sandbox.iamportUrl; // its documented host setting, read at construction
    client = new Iamport({ impKey: DEMO_IAMPORT.impKey, impSecret: DEMO_IAMPORT.impSecret });
  });

  it("issues, reads and deletes a billing key", async () => {
    const uid = `c-${RUN}-a`;
    const issued = await client.subscribe_customer.create({ customer_uid: uid, ...CARD });
    expect(issued).toMatchObject({ customer_uid: uid, card_number: expect.stringMatching(/\*/) });
    expect(JSON.stringify(issued)).not.toContain("4111111111111111");
    expect(await client.subscribe_customer.get({ customer_uid: uid })).toMatchObject({
      customer_uid: uid,
    });
    expect(await client.subscribe_customer.delete({ customer_uid: uid })).toMatchObject({
      customer_uid: uid,
    });
    await expect(client.subscribe_customer.get({ customer_uid: uid })).rejects.toThrow();
  });

  it("charges again and onetime, finds the payments, cancels one", async () => {
    const uid = `c-${RUN}-b`;
    await client.subscribe_customer.create({ customer_uid: uid, ...CARD });
    const again = await client.subscribe.again({
      customer_uid: uid,
      merchant_uid: `m-${RUN}-again`,
      amount: 1000,
      name: "conformance again",
    });
    expect(again).toMatchObject({ status: "paid", amount: 1000 });
    const onetime = await client.subscribe.onetime({
      merchant_uid: `m-${RUN}-onetime`,
      amount: 2000,
      name: "conformance onetime",
      ...CARD,
    });
    expect(onetime).toMatchObject({ status: "paid", amount: 2000 });
    expect(await client.payment.getByImpUid({ imp_uid: again.imp_uid })).toMatchObject({
      merchant_uid: `m-${RUN}-again`,
    });
    expect(await client.payment.getByMerchant({ merchant_uid: `m-${RUN}-onetime` })).toMatchObject({
      imp_uid: onetime.imp_uid,
    });
    const cancelled = await client.payment.cancel({
      imp_uid: onetime.imp_uid,
      amount: 500,
      reason: "partial",
    });
    expect(cancelled).toMatchObject({ cancel_amount: 500, status: "paid" });
  });

  it("schedules and unschedules", async () => {
    const uid = `c-${RUN}-c`;
    await client.subscribe_customer.create({ customer_uid: uid, ...CARD });
    const scheduled = await client.subscribe.schedule({
      customer_uid: uid,
      schedules: [
        { merchant_uid: `s-${RUN}-1`, schedule_at: inSeconds(3600), amount: 1000 },
        { merchant_uid: `s-${RUN}-2`, schedule_at: inSeconds(7200), amount: 1000 },
      ],
    });
    expect(scheduled).toHaveLength(2);
    const revoked = await client.subscribe.unschedule({
      customer_uid: uid,
      merchant_uid: [`s-${RUN}-1`],
    });
    expect(revoked).toEqual([expect.objectContaining({ merchant_uid: `s-${RUN}-1` })]);
  });
});

describe("iamport-rest-client-nodejs 0.9.12", () => {
  const { Iamport, Request } = require("iamport-rest-client-nodejs");
  const { Customers, Subscribe, Payments } = Request;
  let iamport: any;
  const send = async (request: any) => (await request.request(iamport)).data.response;
  beforeAll(() => {
    iamport = new Iamport({
      apiKey: DEMO_IAMPORT.impKey,
      apiSecret: DEMO_IAMPORT.impSecret,
      baseUrl: sandbox.iamportUrl,
    });
  });

  it("billing keys: post, get, get several, delete", async () => {
    const [a, b] = [`r-${RUN}-a`, `r-${RUN}-b`];
    for (const uid of [a, b])
      expect(await send(Customers.postBillingKey({ customer_uid: uid, ...CARD }))).toMatchObject({
        customer_uid: uid,
      });
    expect(await send(Customers.getBillingKey({ customer_uid: a }))).toMatchObject({
      customer_uid: a,
    });
    const several = await send(Customers.getBillingKeys({ customer_uid: [a, b] }));
    expect(JSON.stringify(several)).toContain(b);
    expect(await send(Customers.deleteBillingKey({ customer_uid: b }))).toMatchObject({
      customer_uid: b,
    });
  });

  it("again, onetime, payments by imp_uid and merchant_uid, a customer's payments, cancel", async () => {
    const uid = `r-${RUN}-p`;
    await send(Customers.postBillingKey({ customer_uid: uid, ...CARD }));
    const again = await send(
      Subscribe.again({
        customer_uid: uid,
        merchant_uid: `rm-${RUN}-1`,
        amount: 3000,
        name: "again",
      }),
    );
    expect(again).toMatchObject({ status: "paid", amount: 3000, imp_uid: expect.any(String) });
    const onetime = await send(
      Subscribe.onetime({
        merchant_uid: `rm-${RUN}-2`,
        amount: 4000,
        name: "onetime",
        customer_uid: `r-${RUN}-o`,
        ...CARD,
      }),
    );
    expect(onetime).toMatchObject({ status: "paid", amount: 4000 });
    expect(await send(Customers.getBillingKey({ customer_uid: `r-${RUN}-o` }))).toMatchObject({
      customer_uid: `r-${RUN}-o`,
    });
    expect(await send(Payments.getByImpUid({ imp_uid: again.imp_uid }))).toMatchObject({
      merchant_uid: `rm-${RUN}-1`,
    });
    expect(
      await send(Payments.getByMerchantUid({ merchant_uid: `rm-${RUN}-2`, status: "paid" })),
    ).toMatchObject({
      imp_uid: onetime.imp_uid,
    });
    const payments = await send(Customers.getPayments({ customer_uid: uid, page: 1 }));
    expect(JSON.stringify(payments)).toContain(again.imp_uid);
    const cancelled = await send(
      Payments.cancel({ imp_uid: again.imp_uid, amount: 3000, reason: "full" }),
    );
    expect(cancelled).toMatchObject({ status: "cancelled", cancel_amount: 3000 });
  });

  it("schedule, a schedule by merchant_uid, a customer's schedules, unschedule", async () => {
    const uid = `r-${RUN}-s`;
    await send(Customers.postBillingKey({ customer_uid: uid, ...CARD }));
    const at = inSeconds(3600);
    const scheduled = await send(
      Subscribe.schedule({
        customer_uid: uid,
        schedules: [
          { merchant_uid: `rs-${RUN}-1`, schedule_at: at, amount: 5000, name: "monthly" },
        ],
      }),
    );
    expect(scheduled).toEqual([expect.objectContaining({ merchant_uid: `rs-${RUN}-1` })]);
    expect(await send(Subscribe.getScheduled({ merchant_uid: `rs-${RUN}-1` }))).toMatchObject({
      customer_uid: uid,
      amount: 5000,
    });
    const list = await send(
      Customers.getScheduleds({
        customer_uid: uid,
        from: at - 60,
        to: at + 60,
        "schedule-status": "scheduled",
      }),
    );
    expect(JSON.stringify(list)).toContain(`rs-${RUN}-1`);
    const revoked = await send(
      Subscribe.unschedule({ customer_uid: uid, merchant_uid: [`rs-${RUN}-1`] }),
    );
    expect(revoked).toEqual([expect.objectContaining({ merchant_uid: `rs-${RUN}-1` })]);
  });
});
