import { describe, expect, it, vi } from "vitest";
import { RefetchGate } from "./refetch-gate.js";
import type { PaymentAnnotation } from "../wire.js";

const payment = (status: string) =>
  ({ imp_uid: "imp_1", merchant_uid: "m_1", status, cancel_amount: 0 }) as PaymentAnnotation;

function setup(tokens: number, minIntervalMs = 10_000) {
  let now = 0;
  let left = tokens;
  const fetched: string[] = [];
  let answer: PaymentAnnotation | null = payment("paid");
  let release: () => void = () => {};
  let hold = false;
  const gate = new RefetchGate(
    { take: async () => left-- > 0, minIntervalMs },
    async (impUid) => {
      fetched.push(impUid);
      if (hold) await new Promise<void>((r) => (release = r));
      return answer;
    },
    () => now,
  );
  return {
    gate,
    fetched,
    advance: (ms: number) => (now += ms),
    answer: (p: PaymentAnnotation | null) => (answer = p),
    holdNext: () => (hold = true),
    release: () => release(),
  };
}
const paidAgrees = (p: PaymentAnnotation | null) => p?.status === "paid";

describe("webhook re-fetch gate", () => {
  it("shares one re-fetch among concurrent webhooks of one imp_uid", async () => {
    const s = setup(10);
    s.holdNext();
    const results = Array.from({ length: 5 }, () => s.gate.payment("imp_1", paidAgrees));
    await vi.waitFor(() => expect(s.fetched).toEqual(["imp_1"])); // the held re-fetch began
    s.release();
    for (const r of await Promise.all(results)) expect(r).toEqual({ payment: payment("paid") });
    expect(s.fetched).toEqual(["imp_1"]);
  });

  it("re-fetches an imp_uid at most once per interval, deferring a contradicting claim", async () => {
    const s = setup(10);
    await s.gate.payment("imp_1", paidAgrees);
    expect(await s.gate.payment("imp_1", paidAgrees)).toEqual({ payment: payment("paid") });
    expect(await s.gate.payment("imp_1", (p) => p?.status === "cancelled")).toEqual({
      defer: true,
    });
    expect(s.fetched).toHaveLength(1);
    s.advance(10_000);
    s.answer(payment("cancelled"));
    expect(await s.gate.payment("imp_1", (p) => p?.status === "cancelled")).toEqual({
      payment: payment("cancelled"),
    });
    expect(s.fetched).toHaveLength(2);
  });

  it("remembers that i'mport knows no such payment, and defers repeats", async () => {
    const s = setup(10);
    s.answer(null);
    expect(await s.gate.payment("imp_x", paidAgrees)).toEqual({ payment: null });
    expect(await s.gate.payment("imp_x", paidAgrees)).toEqual({ defer: true });
    expect(s.fetched).toEqual(["imp_x"]);
  });

  it("defers once the global budget is spent", async () => {
    const s = setup(2);
    await s.gate.payment("a", paidAgrees);
    await s.gate.payment("b", paidAgrees);
    expect(await s.gate.payment("c", paidAgrees)).toEqual({ defer: true });
    expect(s.fetched).toEqual(["a", "b"]);
  });

  it("re-fetches every time without limits", async () => {
    const gate = new RefetchGate(
      undefined,
      async () => payment("paid"),
      () => 0,
    );
    expect(await gate.payment("imp_1", paidAgrees)).toEqual({ payment: payment("paid") });
  });
});
