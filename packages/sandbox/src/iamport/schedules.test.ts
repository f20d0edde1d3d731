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
const AT = 1_738_368_000;

function scheduleBody(noticeUrl: string, merchantUid = "sub_1001_202502", scheduleAt = AT) {
  return {
    customer_uid: UID,
    schedules: [
      {
        merchant_uid: merchantUid,
        schedule_at: scheduleAt,
        currency: "KRW",
        amount: 9900,
        name: "월간 이용권",
        notice_url: noticeUrl,
      },
    ],
  };
}

/** The §8.4 response item. */
const SCHEDULED = {
  customer_uid: UID,
  merchant_uid: "sub_1001_202502",
  imp_uid: null,
  schedule_at: AT,
  executed_at: 0,
  revoked_at: 0,
  amount: 9900,
  currency: "KRW",
  name: "월간 이용권",
  buyer_name: "홍길동",
  buyer_email: "gildong@example.com",
  buyer_tel: "010-1234-5678",
  buyer_addr: "서울특별시 강남구 테헤란로 1",
  buyer_postcode: "06236",
  custom_data: null,
  schedule_status: "scheduled",
  payment_status: null,
  fail_reason: null,
};

async function withKey(host: IamportHost): Promise<void> {
  await host.api.post(`/subscribe/customers/${UID}`, ISSUE_BODY);
}

/** Moves the clock to `seconds`, runs the scheduler hook and waits for the webhooks. */
async function runAt(host: IamportHost, seconds: number): Promise<void> {
  host.at(seconds);
  host.state.tick();
  await host.state.webhooks.settled();
}

describe("POST /subscribe/payments/schedule", () => {
  const start = useIamport();
  const receiver = useReceiver();

  it("schedules the §8.4 charge exactly", async () => {
    const host = await start();
    await withKey(host);
    const reply = await host.api.post("/subscribe/payments/schedule", scheduleBody("http://x"));
    expect(reply).toEqual(
      expect.objectContaining({ status: 200, code: 0, message: null, response: [SCHEDULED] }),
    );
  });

  it("executes at schedule_at and sends the paid webhook as JSON", async () => {
    const host = await start();
    const hooks = await receiver();
    await withKey(host);
    await host.api.post("/subscribe/payments/schedule", scheduleBody(hooks.url));
    await runAt(host, AT - 1);
    expect(hooks.received).toEqual([]);
    await runAt(host, AT);
    const [payment] = host.state.payments();
    expect(payment).toMatchObject({
      imp_uid: "imp_123456789012",
      merchant_uid: "sub_1001_202502",
      status: "paid",
      amount: 9900,
      customer_uid_usage: "payment.scheduled",
      started_at: AT,
    });
    expect(hooks.received).toEqual([
      {
        path: "/iamport/webhook",
        contentType: "application/json",
        body: '{"imp_uid":"imp_123456789012","merchant_uid":"sub_1001_202502","status":"paid"}',
      },
    ]);
    await host.api.login();
    const schedule = await host.api.get("/subscribe/payments/schedule/sub_1001_202502");
    expect(schedule.response).toEqual({
      ...SCHEDULED,
      imp_uid: "imp_123456789012",
      executed_at: AT,
      schedule_status: "executed",
      payment_status: "paid",
    });
  });

  it("sends the webhook form-encoded in form mode, also for a decline", async () => {
    const host = await start();
    const hooks = await receiver();
    host.state.webhooks.configure({ url: hooks.url, mode: "form" });
    await withKey(host);
    host.state.outcomes.set(UID, { kind: "decline", reason: "한도초과" });
    await host.api.post("/subscribe/payments/schedule", scheduleBody(""));
    await runAt(host, AT);
    expect(hooks.received).toEqual([
      {
        path: "/iamport/webhook",
        contentType: "application/x-www-form-urlencoded",
        body: "imp_uid=imp_123456789012&merchant_uid=sub_1001_202502&status=failed",
      },
    ]);
    expect(host.state.schedules()[0]).toMatchObject({
      schedule_status: "executed",
      payment_status: "failed",
      fail_reason: "한도초과",
    });
  });

  it("executes on any request after the clock passed schedule_at", async () => {
    const host = await start();
    await withKey(host);
    await host.api.post("/subscribe/payments/schedule", scheduleBody(""));
    host.at(AT + 5);
    await host.api.login();
    const reply = await host.api.get("/subscribe/payments/schedule/sub_1001_202502");
    expect(reply.response).toMatchObject({ schedule_status: "executed", executed_at: AT });
  });

  it("refuses an unknown customer_uid without card data", async () => {
    const { api } = await start();
    const reply = await api.post("/subscribe/payments/schedule", scheduleBody(""));
    expect(reply).toMatchObject({ status: 200, code: 1, message: "등록된 고객정보가 없습니다." });
  });

  it("issues the key from card data for a new customer_uid", async () => {
    const { api } = await start();
    const body = { ...scheduleBody(""), card_number: OTHER_CARD, expiry: "2030-01" };
    expect((await api.post("/subscribe/payments/schedule", body)).code).toBe(0);
    expect((await api.get(`/subscribe/customers/${UID}`)).response.card_number).toBe(
      "411111******1111",
    );
    const bad = {
      ...scheduleBody("", "other"),
      customer_uid: "new",
      card_number: "1111-1111-1111-1111",
      expiry: "2030-01",
    };
    expect(await api.post("/subscribe/payments/schedule", bad)).toMatchObject({ code: 1 });
  });

  it("refuses a merchant_uid already scheduled or paid", async () => {
    const host = await start();
    await withKey(host);
    await host.api.post("/subscribe/payments/schedule", scheduleBody(""));
    expect((await host.api.post("/subscribe/payments/schedule", scheduleBody(""))).code).toBe(1);
    await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "paid_1",
      amount: 100,
    });
    expect(
      (await host.api.post("/subscribe/payments/schedule", scheduleBody("", "paid_1"))).code,
    ).toBe(1);
  });

  it("accepts form-encoded schedules[0][…] fields", async () => {
    const host = await start();
    await withKey(host);
    const form = [
      `customer_uid=${UID}`,
      "schedules[0][merchant_uid]=f1",
      `schedules[0][schedule_at]=${AT}`,
      "schedules[0][amount]=9900",
      "schedules%5B1%5D%5Bmerchant_uid%5D=f2",
      `schedules%5B1%5D%5Bschedule_at%5D=${AT + 60}`,
      "schedules%5B1%5D%5Bamount%5D=100",
    ].join("&");
    const reply = await host.api.post("/subscribe/payments/schedule", undefined, { form });
    expect(reply.response).toMatchObject([
      { merchant_uid: "f1", amount: 9900, schedule_at: AT },
      { merchant_uid: "f2", amount: 100, schedule_at: AT + 60 },
    ]);
  });
});

describe("unscheduling and listing", () => {
  const start = useIamport();

  it("revokes pending schedules and refuses when none match", async () => {
    const host = await start();
    await withKey(host);
    await host.api.post("/subscribe/payments/schedule", scheduleBody(""));
    const reply = await host.api.post("/subscribe/payments/unschedule", {
      customer_uid: UID,
      merchant_uid: ["sub_1001_202502"],
    });
    expect(reply.response).toEqual([
      { ...SCHEDULED, schedule_status: "revoked", revoked_at: VECTOR_NOW },
    ]);
    const nothing = await host.api.post("/subscribe/payments/unschedule", { customer_uid: UID });
    expect(nothing).toMatchObject({
      status: 200,
      code: 1,
      message: "취소할 예약결제 기록이 존재하지 않습니다.",
    });
    await runAt(host, AT);
    expect(host.state.payments()).toEqual([]);
  });

  it("revokes the pending schedules of a deleted key", async () => {
    const host = await start();
    await withKey(host);
    await host.api.post("/subscribe/payments/schedule", scheduleBody(""));
    await host.api.call("DELETE", `/subscribe/customers/${UID}`);
    expect(host.state.schedules()[0]).toMatchObject({ schedule_status: "revoked" });
  });

  it("answers an unknown merchant_uid with 404", async () => {
    const { api } = await start();
    const reply = await api.get("/subscribe/payments/schedule/nothing");
    expect(reply).toMatchObject({ status: 404, response: null });
  });

  it("pages schedules with filters and sorting", async () => {
    const host = await start();
    await withKey(host);
    for (let index = 0; index < 3; index++)
      await host.api.post(
        "/subscribe/payments/schedule",
        scheduleBody("", `s${index}`, AT + index),
      );
    await host.api.post("/subscribe/payments/unschedule", { merchant_uid: ["s1"] });
    const all = await host.api.get("/subscribe/payments/schedule?limit=2");
    expect(all.response).toMatchObject({ total: 3, previous: 0, next: 2 });
    expect(all.response.list.map((s: { merchant_uid: string }) => s.merchant_uid)).toEqual([
      "s2",
      "s1",
    ]);
    const oldest = await host.api.get(
      "/subscribe/payments/schedule?sorting=scheduled&schedule_status=scheduled",
    );
    expect(oldest.response.list.map((s: { merchant_uid: string }) => s.merchant_uid)).toEqual([
      "s0",
      "s2",
    ]);
    const mine = await host.api.get(
      `/subscribe/customers/${UID}/schedules?from=${AT}&to=${AT + 2}&schedule-status=revoked`,
    );
    expect(mine.response).toMatchObject({ total: 1, list: [{ merchant_uid: "s1" }] });
    expect((await host.api.get("/subscribe/payments/schedule?schedule_status=x")).status).toBe(400);
  });
});

describe("webhook retries", () => {
  const start = useIamport();
  const receiver = useReceiver();

  it("resends after a 5xx on the sandbox clock and records every attempt", async () => {
    const host = await start();
    const hooks = await receiver();
    hooks.statuses.push(500, 503);
    host.state.webhooks.configure({
      url: hooks.url,
      mode: "json",
      retries: 2,
      retryDelayMs: 60_000,
    });
    await withKey(host);
    await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "r1",
      amount: 1,
    });
    await host.state.webhooks.settled();
    await runAt(host, VECTOR_NOW + 59);
    expect(hooks.received).toHaveLength(1);
    await runAt(host, VECTOR_NOW + 60);
    await runAt(host, VECTOR_NOW + 120);
    expect(hooks.received).toHaveLength(3);
    expect(host.state.webhooks.deliveries()).toMatchObject([
      { attempt: 1, result: "failed", responseStatus: 500 },
      { attempt: 2, result: "failed", responseStatus: 503 },
      { attempt: 3, result: "delivered", responseStatus: 200 },
    ]);
  });

  it("does not resend without configured retries, nor after a 4xx", async () => {
    const host = await start();
    const hooks = await receiver();
    hooks.statuses.push(500, 404);
    await withKey(host);
    await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "r1",
      amount: 1,
      notice_url: hooks.url,
    });
    host.state.webhooks.configure({ mode: "json", retries: 5, retryDelayMs: 0 });
    await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "r2",
      amount: 1,
      notice_url: hooks.url,
    });
    await runAt(host, VECTOR_NOW + 600);
    expect(host.state.webhooks.deliveries().map((d) => d.responseStatus)).toEqual([500, 404]);
  });

  it("records a network error as a failed attempt", async () => {
    const host = await start();
    await withKey(host);
    await host.api.post("/subscribe/payments/again", {
      customer_uid: UID,
      merchant_uid: "r1",
      amount: 1,
      notice_url: "http://127.0.0.1:1/hook",
    });
    await host.state.webhooks.settled();
    expect(host.state.webhooks.deliveries()).toMatchObject([
      { attempt: 1, result: "failed", responseStatus: null, error: expect.any(String) },
    ]);
  });
});
