import { describe, expect, it } from "vitest";
import { memberToken } from "../linkhub/linkhub.test-helpers.js";
import { receipt, usePopbill } from "../popbill/popbill.test-helpers.js";

describe("fault injection", () => {
  const start = usePopbill();

  it("answers an injected 5xx with a 503 JSON error and does not process", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["5xx"], hosts: ["popbill"] });
    const reply = await issue();
    expect(reply).toMatchObject({
      status: 503,
      type: "application/json;charset=utf-8",
      body: { code: -10009998 },
    });
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
    expect(sandbox.faults.stats().byKind["5xx"]).toBe(1);
  });

  it("answers an injected 429 with Retry-After and does not process", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["429"], hosts: ["popbill"], retryAfterSeconds: 42 });
    expect((await issue()).status).toBe(429);
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
    expect(sandbox.faults.stats().byKind["429"]).toBe(1);
  });

  it("drops the connection without processing", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["drop"] });
    await expect(issue()).rejects.toThrow();
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
    expect(sandbox.requests.last({ host: "popbill" })?.status).toBeUndefined();
  });

  it("holds a timeout for timeoutMs, then hangs up without processing", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["timeout"], timeoutMs: 200 });
    const started = performance.now();
    await expect(issue()).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(0);
  });

  it("delays by latencyMs and then processes normally", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["latency"], latencyMs: 150 });
    const started = performance.now();
    expect((await issue()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("processes a lost-reply registIssue fully, so a retry meets -14001019", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["lost-reply"], limit: 1 });
    await expect(issue()).rejects.toThrow();
    expect(sandbox.cashbill.issuanceCount("1234567890", "MK-1")).toBe(1);
    expect((await issue()).body.code).toBe(-14001019);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
  });

  it("leaves a lost-reply BULKISSUE accepted: State shows it and a resubmit meets -14003001", async () => {
    const { bulk, bulkState, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["lost-reply"], overrides: ["BULKISSUE"] });
    const cashbills = [receipt({ mgtKey: "L-1" }), receipt({ mgtKey: "L-2" })];
    await expect(bulk("LOST-1", cashbills)).rejects.toThrow();
    expect(sandbox.faults.stats().byKind["lost-reply"]).toBe(1);
    expect((await bulkState("LOST-1")).body).toMatchObject({
      code: 1,
      submitID: "LOST-1",
      txState: 0,
      submitCount: 2,
    });
    sandbox.faults.clear();
    expect((await bulk("LOST-1", cashbills)).body.code).toBe(-14003001);
    sandbox.clock.advance(3_000);
    expect((await bulkState("LOST-1")).body).toMatchObject({ txState: 2, successCount: 2 });
    expect(sandbox.cashbill.issuances("1234567890").map((i) => i.count)).toEqual([1, 1]);
  });

  it("affects only the listed hosts, overrides and paths, and never the control API", async () => {
    const { issue, call, sandbox, authUrl } = await start();
    sandbox.faults.set({
      rate: 1,
      kinds: ["5xx"],
      hosts: ["popbill"],
      paths: ["^/Cashbill/ChargeInfo$"],
    });
    expect((await issue()).status).toBe(200);
    expect((await call("GET", "/Cashbill/ChargeInfo")).status).toBe(503);
    expect(await memberToken(authUrl)).toEqual(expect.any(String));
    sandbox.faults.set({ rate: 1, kinds: ["drop"] });
    expect((await fetch(`${authUrl}/__sandbox/health`)).status).toBe(200);
    await expect(fetch(`${authUrl}/Time`)).rejects.toThrow();
  });

  it("injects the same faults for the same seed", async () => {
    async function outcomes(seed: number): Promise<string[]> {
      const { call, sandbox } = await start();
      sandbox.faults.set({ rate: 0.5, kinds: ["5xx", "drop"], seed });
      const seen: string[] = [];
      for (let i = 0; i < 20; i++) {
        seen.push(
          await call("GET", "/Cashbill/ChargeInfo").then(
            (r) => String(r.status),
            () => "drop",
          ),
        );
      }
      return seen;
    }
    const first = await outcomes(42);
    expect(first).toEqual(await outcomes(42));
    expect(new Set(first)).toEqual(new Set(["200", "503", "drop"]));
    expect(await outcomes(7)).not.toEqual(first);
  });

  it("stops after limit faults and after clear, keeping the counts", async () => {
    const { call, sandbox } = await start();
    const settings = sandbox.faults.set({ rate: 1, kinds: ["5xx"], limit: 2 });
    expect(settings.seed).toEqual(expect.any(Number));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", "/Cashbill/ChargeInfo")).status);
    expect(statuses).toEqual([503, 503, 200]);
    sandbox.faults.clear();
    expect(sandbox.faults.settings).toBeUndefined();
    expect(sandbox.faults.stats()).toMatchObject({ total: 2, byKind: { "5xx": 2, drop: 0 } });
  });

  it("refuses invalid settings", async () => {
    const { sandbox } = await start();
    expect(() => sandbox.faults.set({ rate: 2, kinds: ["5xx"] })).toThrow(RangeError);
    expect(() => sandbox.faults.set({ rate: 0.1, kinds: [] })).toThrow(RangeError);
    expect(() => sandbox.faults.set({ rate: 0.1, kinds: ["boom" as never] })).toThrow(RangeError);
  });

  it("releases held requests when the sandbox stops", async () => {
    const { issue, sandbox } = await start();
    sandbox.faults.set({ rate: 1, kinds: ["timeout"], timeoutMs: 60_000 });
    const pending = issue().catch((error: unknown) => error);
    await expect.poll(() => sandbox.faults.stats().total).toBe(1);
    const started = performance.now();
    await sandbox.stop();
    expect(await pending).toBeInstanceOf(Error);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
