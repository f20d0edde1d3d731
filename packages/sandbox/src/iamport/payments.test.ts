import { describe, expect, it } from "vitest";
import {
  type IamportHost,
  ISSUE_BODY,
  OTHER_CARD,
  useIamport,
  useReceiver,
  VECTOR_NOW,
} from "./iamport.test-helpers.js";

const UID = "cust_1001_3456";

/** The §8.3 request, with the receiver as notice_url. */
function againBody(noticeUrl: string, merchantUid = "sub_1001_202501") {
  return {
    customer_uid: UID,
    merchant_uid: merchantUid,
    amount: 9900,
    tax_free: 0,
    name: "월간 이용권",
    buyer_name: "홍길동",
    buyer_email: "gildong@example.com",
    buyer_tel: "010-1234-5678",
    custom_data: '{"plan":"monthly"}',
    notice_url: noticeUrl,
  };
}

/** The §8.3 approved payment. */
const APPROVED = {
  imp_uid: "imp_123456789012",
  merchant_uid: "sub_1001_202501",
  pay_method: "card",
  channel: "api",
  pg_provider: "nice",
  emb_pg_provider: null,
  pg_tid: "nictest04m01162501010000001234",
  pg_id: "nictest04m",
  sandbox: true,
  escrow: false,
  apply_num: "30012345",
  bank_code: null,
  bank_name: null,
  card_code: "366",
  card_name: "신한카드",
  card_quota: 0,
  card_number: "123456******3456",
  card_type: 0,
  vbank_code: null,
  vbank_name: null,
  vbank_num: null,
  vbank_holder: null,
  vbank_date: 0,
  vbank_issued_at: 0,
  name: "월간 이용권",
  amount: 9900,
  cancel_amount: 0,
  currency: "KRW",
  buyer_name: "홍길동",
  buyer_email: "gildong@example.com",
  buyer_tel: "010-1234-5678",
  buyer_addr: "서울특별시 강남구 테헤란로 1",
  buyer_postcode: "06236",
  custom_data: '{"plan":"monthly"}',
  user_agent: "sorry_not_supported_anymore",
  status: "paid",
  started_at: 1_735_689_700,
  paid_at: 1_735_689_701,
  failed_at: 0,
  cancelled_at: 0,
  fail_reason: null,
  cancel_reason: null,
  receipt_url: "https://receipt.pg.example/slip?tid=nictest04m01162501010000001234",
  cancel_history: [],
  cancel_receipt_urls: [],
  cash_receipt_issued: false,
  customer_uid: UID,
  customer_uid_usage: "payment",
};

async function withKey(host: IamportHost): Promise<void> {
  host.at(VECTOR_NOW + 60);
  await host.api.post(`/subscribe/customers/${UID}`, ISSUE_BODY);
  host.at(1_735_689_700);
}

describe("POST /subscribe/payments/again", () => {
  const start = useIamport();
  const receiver = useReceiver();

  it("approves the §8.3 charge exactly and sends the paid webhook", async () => {
    const host = await start();
    const hooks = await receiver();
    await withKey(host);
    const reply = await host.api.post("/subscribe/payments/again", againBody(hooks.url));
    expect(reply).toEqual(
      expect.objectContaining({ status: 200, code: 0, message: null, response: APPROVED }),
    );
    await host.state.webhooks.settled();
    expect(hooks.received).toEqual([
      {
        path: "/iamport/webhook",
        contentType: "application/json",
        body: '{"imp_uid":"imp_123456789012","merchant_uid":"sub_1001_202501","status":"paid"}',
      },
    ]);
  });

  it("declines by the outcome control with code 0, status failed and no webhook", async () => {
    const host = await start();
    const hooks = await receiver();
    await withKey(host);
    host.state.outcomes.set(UID, { kind: "decline", reason: "한도초과" });
    const reply = await host.api.post("/subscribe/payments/again", againBody(hooks.url));
    expect(reply).toMatchObject({ status: 200, code: 0, message: null });
    expect(reply.response).toEqual({
      ...APPROVED,
      status: "failed",
      paid_at: 0,
      failed_at: 1_735_689_701,
      apply_num: null,
      receipt_url: null,
      fail_reason: "한도초과",
    });
    await host.state.webhooks.settled();
    expect(hooks.received).toEqual([]);
    expect(host.state.webhooks.deliveries()).toEqual([]);
  });

  it("uses queued outcomes first, then the sticky default", async () => {
    const host = await start();
    await withKey(host);
    host.state.outcomes
      .set(UID, [{ kind: "decline", reason: "잔액부족" }])
      .setDefault(UID, { kind: "decline", reason: "정지카드" });
    const reasons = [];
    for (const merchantUid of ["a", "b", "c"]) {
      const reply = await host.api.post("/subscribe/payments/again", againBody("", merchantUid));
      reasons.push(reply.response.fail_reason);
    }
    expect(reasons).toEqual(["잔액부족", "정지카드", "정지카드"]);
    host.state.outcomes.setDefault(UID, undefined);
    expect(
      (await host.api.post("/subscribe/payments/again", againBody("", "d"))).response.status,
    ).toBe("paid");
  });

  it("refuses an unknown customer_uid with code 1", async () => {
    const { api } = await start();
    const reply = await api.post("/subscribe/payments/again", againBody("http://x"));
    expect(reply).toEqual(
      expect.objectContaining({
        status: 200,
        code: 1,
        message: "등록되지 않은 구매자입니다.",
        response: null,
      }),
    );
  });

  it("refuses a merchant_uid that was paid, but reuses a failed one", async () => {
    const host = await start();
    await withKey(host);
    host.state.outcomes.set(UID, { kind: "decline", reason: "한도초과" });
    const body = againBody("");
    expect((await host.api.post("/subscribe/payments/again", body)).response.status).toBe("failed");
    expect((await host.api.post("/subscribe/payments/again", body)).response.status).toBe("paid");
    const third = await host.api.post("/subscribe/payments/again", body);
    expect(third).toMatchObject({ status: 200, code: 1, response: null });
    expect(third.message).toContain("이미 주문이 이루어진 건입니다");
  });

  it("answers 400 for missing parameters", async () => {
    const { api } = await start();
    const reply = await api.post("/subscribe/payments/again", { amount: 1 });
    expect(reply).toMatchObject({ status: 400, code: -1 });
    expect(reply.message).toBe("customer_uid, merchant_uid 파라메터가 누락되었습니다.");
  });

  it("accepts a form-encoded body with numeric text", async () => {
    const host = await start();
    await withKey(host);
    const form = `customer_uid=${UID}&merchant_uid=form_1&amount=1500&name=%ED%8F%BC`;
    const reply = await host.api.post("/subscribe/payments/again", undefined, { form });
    expect(reply.response).toMatchObject({ amount: 1500, name: "폼", status: "paid" });
  });
});

describe("POST /subscribe/payments/onetime", () => {
  const start = useIamport();

  it("charges a card and saves it under customer_uid with usage issue", async () => {
    const { api } = await start();
    const reply = await api.post("/subscribe/payments/onetime", {
      merchant_uid: "one_1",
      amount: 5000,
      card_number: OTHER_CARD,
      expiry: "2030-01",
      customer_uid: "saved_1",
      buyer_name: "김구매",
    });
    expect(reply.response).toMatchObject({
      status: "paid",
      customer_uid: "saved_1",
      customer_uid_usage: "issue",
      card_number: "411111******1111",
    });
    const customer = await api.get("/subscribe/customers/saved_1");
    expect(customer.response).toMatchObject({
      customer_name: "김구매",
      card_number: "411111******1111",
    });
  });

  it("charges without saving when no customer_uid is given", async () => {
    const { api, state } = await start();
    const reply = await api.post("/subscribe/payments/onetime", {
      merchant_uid: "one_2",
      amount: 5000,
      card_number: OTHER_CARD,
      expiry: "2030-01",
    });
    expect(reply.response).toMatchObject({ customer_uid: null, customer_uid_usage: null });
    expect(state.customers()).toEqual([]);
  });

  it("refuses a bad card with the onetime wording", async () => {
    const { api } = await start();
    const reply = await api.post("/subscribe/payments/onetime", {
      merchant_uid: "one_3",
      amount: 5000,
      card_number: "4111-1111-1111-1112",
      expiry: "2030-01",
    });
    expect(reply).toMatchObject({
      code: -1,
      message: "카드정보 인증에 실패하였습니다. [F113]거래거절 카드번호틀림",
    });
  });
});

describe("payment lookups", () => {
  const start = useIamport();

  it("finds payments by imp_uid, merchant_uid and status, and lists several", async () => {
    const host = await start();
    await withKey(host);
    host.state.outcomes.set(UID, { kind: "decline", reason: "한도초과" });
    await host.api.post("/subscribe/payments/again", againBody("", "m1"));
    host.at(1_735_689_800);
    await host.api.post("/subscribe/payments/again", againBody("", "m1"));
    const one = await host.api.get("/payments/imp_123456789012");
    expect(one.response).toMatchObject({ status: "failed", merchant_uid: "m1" });
    expect((await host.api.get("/payments/find/m1")).response.imp_uid).toBe("imp_123456789013");
    expect((await host.api.get("/payments/find/m1/failed")).response.imp_uid).toBe(
      "imp_123456789012",
    );
    expect((await host.api.get("/payments/find/m1?sorting=started")).response.imp_uid).toBe(
      "imp_123456789012",
    );
    expect((await host.api.get("/payments/find/m1/cancelled")).status).toBe(404);
    expect((await host.api.get("/payments/find/m1/bogus")).status).toBe(400);
    const several = await host.api.get("/payments?imp_uid[]=imp_123456789012&merchant_uid[]=m1");
    expect(several.status).toBe(200);
    expect(several.response).toHaveLength(2);
    expect((await host.api.get("/payments?imp_uid[]=imp_123456789012&imp_uid[]=x")).status).toBe(
      207,
    );
  });

  it("answers an unknown imp_uid with 404 and the observed message", async () => {
    const { api } = await start();
    const reply = await api.get("/payments/imp_000000000000");
    expect(reply.status).toBe(404);
    expect(reply).toMatchObject({
      code: -1,
      message: "존재하지 않는 결제정보입니다.",
      response: null,
    });
    expect((await api.get("/payments?imp_uid[]=nope")).status).toBe(404);
  });
});
