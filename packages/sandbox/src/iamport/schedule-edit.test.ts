import { describe, expect, it } from "vitest";
import { type IamportHost, ISSUE_BODY, useIamport, VECTOR_NOW } from "./iamport.test-helpers.js";

const UID = "cust_1";
const AT = VECTOR_NOW + 3600;

async function scheduled(host: IamportHost, merchantUid = "s1"): Promise<void> {
  await host.api.post(`/subscribe/customers/${UID}`, ISSUE_BODY);
  await host.api.post("/subscribe/payments/schedule", {
    customer_uid: UID,
    schedules: [{ merchant_uid: merchantUid, schedule_at: AT, amount: 1000 }],
  });
}

describe("schedule edits", () => {
  const start = useIamport();

  it("moves a pending schedule, but not into the past", async () => {
    const host = await start();
    await scheduled(host);
    const moved = await host.api.call("PUT", "/subscribe/payments/schedule/s1", {
      schedule_at: AT + 60,
    });
    expect(moved.response).toMatchObject({ schedule_at: AT + 60, schedule_status: "scheduled" });
    const past = await host.api.call("PUT", "/subscribe/payments/schedule/s1", {
      schedule_at: VECTOR_NOW - 1,
    });
    expect(past).toMatchObject({ status: 400, code: -1 });
  });

  it("reschedules and retries only failed or revoked schedules", async () => {
    const host = await start();
    await scheduled(host);
    const early = await host.api.post("/subscribe/payments/schedule/s1/retry", {});
    expect(early.status).toBe(400);
    host.state.outcomes.set(UID, { kind: "decline", reason: "한도초과" });
    host.at(AT);
    host.state.tick();
    await host.api.login();
    const retried = await host.api.post("/subscribe/payments/schedule/s1/retry", {});
    expect(retried.response).toMatchObject({
      status: "paid",
      customer_uid_usage: "payment.scheduled",
    });
    const again = await host.api.post("/subscribe/payments/schedule/s1/reschedule", {
      schedule_at: AT + 60,
    });
    expect(again).toMatchObject({ status: 400, code: -1 });
    expect(host.state.schedules()[0]).toMatchObject({ payment_status: "paid" });
  });

  it("reschedules a revoked schedule, which then runs", async () => {
    const host = await start();
    await scheduled(host);
    await host.api.post("/subscribe/payments/unschedule", { merchant_uid: "s1" });
    const reply = await host.api.post("/subscribe/payments/schedule/s1/reschedule", {
      schedule_at: AT + 60,
    });
    expect(reply.response).toMatchObject({
      schedule_status: "scheduled",
      revoked_at: 0,
      schedule_at: AT + 60,
    });
    const report = host.state.tick((AT + 60) * 1000);
    expect(report.executed).toMatchObject([{ merchant_uid: "s1", payment_status: "paid" }]);
  });

  it("lists a customer's schedules at the alias path too", async () => {
    const host = await start();
    await scheduled(host);
    const reply = await host.api.get(`/subscribe/payments/schedule/customers/${UID}`);
    expect(reply.response).toMatchObject({ total: 1, list: [{ merchant_uid: "s1" }] });
  });

  it("runs due schedules as soon as the clock moves when ticking", async () => {
    const host = await start();
    await scheduled(host);
    const stop = host.state.startTicking(1_000);
    try {
      host.clock.advance(3600 * 1000);
      expect(host.state.schedules()[0]).toMatchObject({ schedule_status: "executed" });
    } finally {
      stop();
    }
  });
});
