import { describe, expect, it } from "vitest";
import {
  type IamportHost,
  ISSUE_BODY,
  useIamport,
  useReceiver,
  VECTOR_NOW,
} from "./iamport.test-helpers.js";

const UID = "cust_1";

async function paid(host: IamportHost, merchantUid = "order_1", noticeUrl?: string) {
  await host.api.post(`/subscribe/customers/${UID}`, ISSUE_BODY);
  const reply = await host.api.post("/subscribe/payments/again", {
    customer_uid: UID,
    merchant_uid: merchantUid,
    amount: 10_000,
    notice_url: noticeUrl,
  });
  return reply.response.imp_uid as string;
}

describe("POST /payments/cancel", () => {
  const start = useIamport();
  const receiver = useReceiver();

  it("cancels in full when amount is omitted", async () => {
    const host = await start();
    const impUid = await paid(host);
    host.at(VECTOR_NOW + 100);
    const reply = await host.api.post("/payments/cancel", { imp_uid: impUid, reason: "단순 변심" });
    expect(reply.response).toMatchObject({
      status: "cancelled",
      cancel_amount: 10_000,
      cancelled_at: VECTOR_NOW + 100,
      cancel_reason: "단순 변심",
      cancel_history: [
        {
          amount: 10_000,
          cancelled_at: VECTOR_NOW + 100,
          reason: "단순 변심",
          pg_tid: expect.any(String),
        },
      ],
    });
    expect(reply.response.cancel_receipt_urls).toHaveLength(1);
  });

  it("keeps a partial cancel paid, then cancels the rest by merchant_uid", async () => {
    const host = await start();
    await paid(host);
    const partial = await host.api.post("/payments/cancel", {
      merchant_uid: "order_1",
      amount: 3000,
    });
    expect(partial.response).toMatchObject({ status: "paid", cancel_amount: 3000 });
    const rest = await host.api.post("/payments/cancel", {
      merchant_uid: "order_1",
      amount: 0,
      checksum: 7000,
    });
    expect(rest.response).toMatchObject({ status: "cancelled", cancel_amount: 10_000 });
    expect(rest.response.cancel_history.map((c: { amount: number }) => c.amount)).toEqual([
      3000, 7000,
    ]);
  });

  it("refuses a second full cancel, an unknown payment and a wrong checksum", async () => {
    const host = await start();
    const impUid = await paid(host);
    const wrong = await host.api.post("/payments/cancel", { imp_uid: impUid, checksum: 5000 });
    expect(wrong).toMatchObject({ status: 200, code: 1, response: null });
    expect((await host.api.get(`/payments/${impUid}`)).response.status).toBe("paid");
    await host.api.post("/payments/cancel", { imp_uid: impUid });
    expect(await host.api.post("/payments/cancel", { imp_uid: impUid })).toMatchObject({
      status: 200,
      code: 1,
      message: "이미 전액취소된 주문입니다.",
      response: null,
    });
    expect(await host.api.post("/payments/cancel", { imp_uid: "imp_999999999999" })).toMatchObject({
      code: 1,
      message: "취소할 결제건이 존재하지 않습니다.",
    });
    expect(await host.api.post("/payments/cancel", { merchant_uid: "order_1" })).toMatchObject({
      code: 1,
      message: "이미 전액취소된 주문입니다.",
    });
  });

  it("refuses more than the refundable balance", async () => {
    const host = await start();
    const impUid = await paid(host);
    expect(
      (await host.api.post("/payments/cancel", { imp_uid: impUid, amount: 10_001 })).code,
    ).toBe(1);
  });

  it("keeps a cancelled merchant_uid from being charged again", async () => {
    const host = await start();
    const impUid = await paid(host);
    await host.api.post("/payments/cancel", { imp_uid: impUid });
    const again = await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "order_1",
      amount: 1,
    });
    expect(again.message).toContain("이미 주문이 이루어진 건입니다");
  });

  it("sends the cancelled webhook only with enable_webhook true", async () => {
    const host = await start();
    const hooks = await receiver();
    const impUid = await paid(host, "order_1", hooks.url);
    await host.api.post("/payments/cancel", { imp_uid: impUid, amount: 1000 });
    await host.api.post("/payments/cancel", {
      imp_uid: impUid,
      amount: 1000,
      enable_webhook: true,
    });
    await host.state.webhooks.settled();
    expect(hooks.received.map((hook) => JSON.parse(hook.body))).toEqual([
      { imp_uid: impUid, merchant_uid: "order_1", status: "paid" },
      {
        imp_uid: impUid,
        merchant_uid: "order_1",
        status: "cancelled",
        cancellation_id: expect.any(String),
      },
    ]);
  });

  it("accepts a form-encoded cancel", async () => {
    const host = await start();
    const impUid = await paid(host);
    const form = `imp_uid=${impUid}&amount=2500&enable_webhook=true`;
    const reply = await host.api.post("/payments/cancel", undefined, { form });
    expect(reply.response).toMatchObject({ status: "paid", cancel_amount: 2500 });
  });
});
