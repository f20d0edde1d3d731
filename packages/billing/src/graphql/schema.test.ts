import "reflect-metadata";
import { type ExecutionResult, graphql, parse, printSchema, subscribe } from "graphql";
import { type PubSub, buildSchema } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "@korbill/core-domain";
import { authChecker } from "@korbill/core-tenancy/graphql";
import { A, CARD, type Harness, openHarness } from "../testing/harness.js";
import type { BillingContext } from "./context.js";
import { billingResolvers } from "./index.js";

const pubSub: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error("unused");
  },
};
const schema = await buildSchema({
  resolvers: [...billingResolvers] as unknown as [Function, ...Function[]], // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  authChecker,
  authMode: "error",
  validate: false,
  pubSub,
});

describe("billing schema", () => {
  let h: Harness;
  let ctx: BillingContext;
  beforeAll(async () => {
    h = await openHarness("sqlite");
    ctx = {
      tenant: {
        keyId: A.keyId,
        kind: "member",
        name: "A",
        stage: "local",
        corpNums: [A.corpNum],
        userId: null,
      },
      stage: "local",
      requestId: "req-1",
      events: h.events,
      billing: h.billing,
    };
  });
  afterAll(() => h.dispose());

  const run = (source: string, variableValues?: Record<string, unknown>) =>
    graphql({ schema, source, contextValue: ctx, variableValues });

  it("documents that reusing a customerUid replaces its card and deletes the old key (seed 004)", () => {
    const sdl = printSchema(schema);
    expect(sdl).toContain("REPLACES its card");
    expect(sdl).toContain("previous billing key is deleted");
    expect(sdl).not.toMatch(/not\s+revoked/i);
    for (const name of [
      "issueBillingKey",
      "chargeBillingKey",
      "payOnce",
      "schedulePayments",
      "unschedulePayments",
      "cancelPayment",
      "deleteBillingKey",
      "billingKeys",
      "billingKeyPayments",
      "billingKeySchedules",
      "paymentEvents",
    ])
      expect(sdl).toContain(`${name}(`);
  });

  it("issues a key and shows only the masked card, times in +09:00", async () => {
    const result = await run(
      `mutation ($card: CardInput!) { issueBillingKey(customerUid: "cust_1", card: $card, customer: { name: "홍길동" }) {
        customerUid cardNumber cardName cardCode issuer insertedAt updatedAt replaced replacementCount } }`,
      { card: CARD },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.issueBillingKey).toEqual({
      customerUid: "cust_1",
      cardNumber: "411111******1111",
      cardName: "신한카드",
      cardCode: "366",
      issuer: "신한카드",
      insertedAt: "2025-01-01T09:00:00+09:00",
      updatedAt: "2025-01-01T09:00:00+09:00",
      replaced: false,
      replacementCount: 0,
    });
  });

  it("answers bad input with the domain error and its paths", async () => {
    const result = await run(
      `mutation { chargeBillingKey(customerUid: "cust_1", merchantUid: "", amount: 0, name: "x") { impUid } }`,
    );
    const original = result.errors?.[0]?.originalError;
    expect(original).toBeInstanceOf(InputError);
    expect((original as InputError).problems.map((p) => p.path)).toEqual(["merchantUid", "amount"]);
  });

  it("maps an unknown upstream status to UNKNOWN and 0 times to null", async () => {
    const paid = await h.billing.chargeBillingKey(A, {
      customerUid: "cust_1",
      merchantUid: "m9",
      amount: 9900,
      name: "x",
    });
    Object.assign(
      h.fake.payments.find((p) => p.imp_uid === paid.imp_uid)!,
      { status: "partial_refunded" },
    );
    const result = await run(
      `{ payment(impUid: "${paid.imp_uid}") { status amount paidAt failedAt cancelledAt scheduled } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.payment).toEqual({
      status: "UNKNOWN",
      amount: 9900,
      paidAt: "2025-01-01T09:00:00+09:00",
      failedAt: null,
      cancelledAt: null,
      scheduled: false,
    });
  });

  it("replays payment events after a cursor, filtered by customerUid", async () => {
    await h.billing.issueBillingKey(A, "cust_2", CARD);
    await h.billing.chargeBillingKey(A, {
      customerUid: "cust_2",
      merchantUid: "m10",
      amount: 500,
      name: "x",
    });
    const stream = (await subscribe({
      schema,
      document:
        parse(`subscription { paymentEvents(after: "${Buffer.from("ev:0").toString("base64url")}", customerUid: "cust_2") {
        cursor type merchantUid customerUid amount status at } }`),
      contextValue: ctx,
    })) as AsyncGenerator<ExecutionResult>;
    const first = await stream.next();
    await stream.return(undefined);
    expect(first.value.data.paymentEvents).toMatchObject({
      type: "PAID",
      merchantUid: "m10",
      customerUid: "cust_2",
      amount: 500,
      status: "PAID",
      at: "2025-01-01T09:00:00+09:00",
    });
  });
});
