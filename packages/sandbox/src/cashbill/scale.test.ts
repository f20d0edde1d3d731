import { describe, expect, it } from "vitest";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";

describe("scale", () => {
  const start = usePopbill();

  it("issues and files 10,000 receipts in 100 bulks within seconds", async () => {
    const { bulk, bulkState, call, sandbox } = await start({
      settings: { tokenLifetimeMs: 7 * 86_400_000 },
    });
    sandbox.state.member("1234567890")!.chargePoint = 1_000_000;
    const began = performance.now();
    for (let b = 0; b < 100; b++) {
      const cashbills = Array.from({ length: 100 }, (_, i) => receipt({ mgtKey: `B${b}-${i}` }));
      expect((await bulk(`SUB-${b}`, cashbills)).status).toBe(200);
    }
    sandbox.clock.advance(3_000);
    expect((await bulkState("SUB-99")).body).toMatchObject({ txState: 2, successCount: 100 });
    sandbox.clock.advance(25 * 3_600_000); // past 11:00 KST next day: all filed
    const search = await call(
      "GET",
      "/Cashbill/Search?DType=R&SDate=20261123&EDate=20261123&State=304&PerPage=1000&Page=10",
    );
    expect(search.body).toMatchObject({ total: 10_000, pageCount: 10 });
    expect(search.body.list).toHaveLength(1_000);
    const keys = Array.from({ length: 1_000 }, (_, i) => `B${i % 100}-${Math.floor(i / 10)}`);
    expect((await call("POST", "/Cashbill/States", { body: keys })).body).toHaveLength(1_000);
    expect(sandbox.cashbill.issuances("1234567890")).toHaveLength(10_000);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
    expect(performance.now() - began).toBeLessThan(15_000);
  });
});
