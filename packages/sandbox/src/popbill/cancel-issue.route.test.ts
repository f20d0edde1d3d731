import { describe, expect, it } from "vitest";
import { usePopbill } from "./popbill.test-helpers.js";

describe("POST /Cashbill/{MgtKey} (CANCELISSUE, legacy cancelIssue)", () => {
  const start = usePopbill();

  it("cancels an issued receipt before NTS filing: {code: 1}, stateCode 400, never filed", async () => {
    const { issue, call, info, sandbox } = await start({ filingSchedule: "fast" });
    expect((await issue()).status).toBe(200);
    const reply = await call("POST", "/Cashbill/MK-1", {
      override: "CANCELISSUE",
      body: { memo: "발행취소 메모" },
    });
    expect(reply).toMatchObject({ status: 200, body: { code: 1, message: expect.any(String) } });
    expect((await info("MK-1")).body).toMatchObject({
      stateCode: 400,
      stateMemo: "발행취소 메모",
      stateDT: "20261123100203",
    });
    sandbox.clock.advance(60_000); // fast filing: sent and answered 3 s after issue
    expect((await info("MK-1")).body).toMatchObject({ stateCode: 400, ntssendDT: null });
  });

  it("takes an empty body ({}) as the SDK sends it for an empty memo", async () => {
    const { issue, call } = await start();
    await issue();
    const reply = await call("POST", "/Cashbill/MK-1", { override: "CANCELISSUE", body: {} });
    expect(reply.body.code).toBe(1);
  });

  it("refuses an unknown MgtKey (-14000003), a second cancel and a filed receipt", async () => {
    const { issue, call, sandbox } = await start({ filingSchedule: "fast" });
    const cancel = (mgtKey: string) =>
      call("POST", `/Cashbill/${mgtKey}`, { override: "CANCELISSUE", body: {} });
    expect((await cancel("NOPE")).body.code).toBe(-14000003);
    await issue({ mgtKey: "MK-1" });
    expect((await cancel("MK-1")).body.code).toBe(1);
    const again = await cancel("MK-1");
    expect(again.status).toBe(400);
    expect(again.body.code).toBeLessThan(0);
    await issue({ mgtKey: "MK-2" });
    sandbox.clock.advance(60_000); // fast filing: sent and answered 3 s after issue
    const filed = await cancel("MK-2");
    expect(filed.status).toBe(400);
    expect(filed.body.code).toBeLessThan(0);
  });
});
