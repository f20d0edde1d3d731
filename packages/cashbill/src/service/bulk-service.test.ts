import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimitedError } from "@korbill/core-domain";
import {
  UpstreamConflictError,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamTimeoutError,
} from "@korbill/core-upstream";
import { EventLog, LocalClaims, coreEventsMigrations, createMemoryBus } from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import type { WireBulkResult, WireCashbill, WireCashbillInfo } from "../wire.js";
import { cashbillMigrations } from "../store/migrations.js";
import { BulkService, type BulkUpstream } from "./bulk-service.js";
import { CashbillStore } from "../store/store.js";

const CORP = "1234567890";
const receipts = (n: number): WireCashbill[] =>
  Array.from({ length: n }, (_, i) => ({
    mgtKey: `K-${i}`,
    tradeType: "승인거래",
    tradeUsage: "소득공제용",
    taxationType: "과세",
    supplyCost: "1000",
    tax: "100",
    serviceFee: "0",
    totalAmount: "1100",
    franchiseCorpNum: CORP,
    identityNum: "01012345678",
  }));

/** A scripted upstream: each send either accepts, throws, or accepts-then-throws (lost reply). */
class FakeUpstream implements BulkUpstream {
  accepted = new Map<string, { body: string; count: number }>();
  sends = 0;
  sendScript: ("ok" | "timeout" | "lost-reply" | "refuse" | "conflict" | "rate-limited")[] = [];
  stateFails = 0;
  txState = 2;
  prepareBulk(submitId: string, cashbills: WireCashbill[]) {
    return { body: JSON.stringify({ cashbills }), digest: `d-${submitId}` };
  }
  async sendPreparedBulk(_corp: string, submitId: string, prepared: { body: string }) {
    this.sends++;
    const step = this.sendScript.shift() ?? "ok";
    if (step === "rate-limited") throw new RateLimitedError("slow down", 800);
    if (step === "timeout")
      throw new UpstreamTimeoutError({ upstream: "popbill", message: "timeout" });
    if (step === "refuse")
      throw new UpstreamInvalidRequestError({
        upstream: "popbill",
        message: "digest mismatch",
        code: -14003002,
      });
    if (this.accepted.has(submitId) || step === "conflict")
      throw new UpstreamConflictError({
        upstream: "popbill",
        message: "SubmitID used",
        code: -14003001,
      });
    this.accepted.set(submitId, {
      body: prepared.body,
      count: (JSON.parse(prepared.body) as { cashbills: unknown[] }).cashbills.length,
    });
    if (step === "lost-reply")
      throw new UpstreamTimeoutError({ upstream: "popbill", message: "socket hang up" });
    return { code: 1, message: "ok", receiptID: `R-${submitId}` };
  }
  bulkResultCalls = 0;
  async getBulkResult(_corp: string, submitId: string): Promise<WireBulkResult> {
    this.bulkResultCalls++;
    await new Promise((r) => setTimeout(r, 5));
    if (this.stateFails > 0) {
      this.stateFails--;
      throw new UpstreamTimeoutError({ upstream: "popbill", message: "timeout" });
    }
    const a = this.accepted.get(submitId);
    if (!a)
      throw new UpstreamNotFoundError({
        upstream: "popbill",
        message: "no such submission",
        code: -14003005,
      });
    const items = (JSON.parse(a.body) as { cashbills: WireCashbill[] }).cashbills;
    return {
      code: 1,
      submitID: submitId,
      submitCount: a.count,
      successCount: a.count - 1,
      failCount: 1,
      txState: this.txState,
      issueResult:
        this.txState === 2
          ? items.map((c, i) => ({
              mgtKey: c.mgtKey,
              code: i === 0 ? -14001019 : 1,
              message: i === 0 ? "in use" : "ok",
              confirmNum: `C${i}`,
              tradeDate: "20261123",
              issueDT: "20261123100000",
            }))
          : null,
    };
  }
  filed = new Set<string>();
  async getInfos(_corp: string, keys: string[]): Promise<WireCashbillInfo[]> {
    return keys.map((mgtKey) => ({
      itemKey: `I-${mgtKey}`,
      mgtKey,
      stateCode: this.filed.has(mgtKey) ? 304 : 300,
      ntsresultCode: this.filed.has(mgtKey) ? "0000" : undefined,
    }));
  }
}

const submissionState = async (store: CashbillStore, submitId: string) =>
  (await store.submission(CORP, submitId))?.state;

for (const engine of await testEngines()) {
  describe(`BulkService on ${engine}`, () => {
    let opened: Awaited<ReturnType<typeof openTestDatabase>>;
    let now = 1_000_000;
    let up: FakeUpstream;
    let log: EventLog;
    let store: CashbillStore;
    let bulk: BulkService;
    const timing = {
      pollMinMs: 10,
      pollMaxMs: 20,
      reconcileMinMs: 10,
      reconcileMaxMs: 40,
      filingCheckMs: 100,
      recordedGraceMs: 50,
    };
    beforeEach(async () => {
      opened = await openTestDatabase(engine, [...coreEventsMigrations, ...cashbillMigrations]);
      up = new FakeUpstream();
      log = new EventLog(opened, "local", createMemoryBus(), () => now);
      store = new CashbillStore(opened.db, "local");
      bulk = new BulkService(store, up, log, timing, () => now);
    });
    afterEach(() => opened.dispose());

    const events = async (type?: string) =>
      (await log.read({ topic: `cashbill:${CORP}`, after: 0, limit: 10_000 })).filter(
        (e) => !type || e.type === type,
      );
    const runUntilSettled = async () => {
      for (let i = 0; i < 50; i++) {
        now += 1_000;
        await bulk.tick();
        const row = await store.submission(CORP, "S1");
        if (row && (row.state === "COMPLETED" || row.state === "FAILED")) return row;
      }
      throw new Error("did not settle");
    };
    const submit = (n = 5) =>
      bulk.submit({
        corpNum: CORP,
        submitId: "S1",
        keyId: "k",
        userId: null,
        cashbills: receipts(n),
      });

    it("records, sends once, polls to completion and emits one BULKRESULT per receipt", async () => {
      const row = await submit();
      expect(row.state).toBe("SUBMITTED");
      const done = await runUntilSettled();
      expect(done).toMatchObject({ state: "COMPLETED", successCount: 4, failCount: 1 });
      expect(up.sends).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(5);
    });

    it("reconciles a lost reply through GetBulkResult instead of resending", async () => {
      up.sendScript = ["lost-reply"];
      expect((await submit()).state).toBe("RECONCILING");
      await runUntilSettled();
      expect(up.sends).toBe(1);
      expect(up.accepted.size).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(5);
    });

    it("resends the recorded bytes only when the upstream says it never received them", async () => {
      up.sendScript = ["timeout"];
      expect((await submit()).state).toBe("RECONCILING");
      await runUntilSettled();
      expect(up.sends).toBe(2);
      expect(up.accepted.get("S1")?.count).toBe(5);
    });

    it("keeps reconciling while GetBulkResult itself fails", async () => {
      up.sendScript = ["lost-reply"];
      up.stateFails = 3;
      await submit();
      await runUntilSettled();
      expect(up.sends).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(5);
    });

    it("treats a SubmitID refusal as possibly its own earlier attempt and reconciles", async () => {
      up.sendScript = ["conflict"];
      up.accepted.set("S1", { body: JSON.stringify({ cashbills: receipts(5) }), count: 5 });
      expect((await submit()).state).toBe("RECONCILING");
      expect((await runUntilSettled()).state).toBe("COMPLETED");
    });

    it("fails a refused submission and gives every receipt a failed BULKRESULT", async () => {
      up.sendScript = ["refuse"];
      const row = await submit(3);
      expect(row).toMatchObject({ state: "FAILED", errorCode: -14003002 });
      const evs = await events("BULKRESULT");
      expect(evs.map((e) => (e.payload as { success: boolean }).success)).toEqual([
        false,
        false,
        false,
      ]);
    });

    it("forgets a submission korbill's rate limit refused to send, so the same SubmitID works later", async () => {
      up.sendScript = ["rate-limited"];
      await expect(submit(3)).rejects.toBeInstanceOf(RateLimitedError);
      expect(await store.submission(CORP, "S1")).toBeUndefined();
      expect(await store.submissionBody(CORP, "S1")).toBeUndefined();
      expect(await store.receipt(CORP, "K-0")).toBeUndefined();
      expect(await events("BULKRESULT")).toEqual([]);
      expect((await submit(3)).state).toBe("SUBMITTED");
    });

    it("refuses a reused SubmitID and known mgtKeys before sending anything", async () => {
      await submit();
      await expect(submit()).rejects.toThrow(/already used/);
      await expect(
        bulk.submit({
          corpNum: CORP,
          submitId: "S2",
          keyId: "k",
          userId: null,
          cashbills: receipts(2),
        }),
      ).rejects.toThrow(/mgtKey already used: K-0, K-1/);
      expect(up.sends).toBe(1);
      // The refused submission left nothing behind: no row, no body, the keys still S1's.
      expect(await store.submission(CORP, "S2")).toBeUndefined();
      expect(await store.submissionBody(CORP, "S2")).toBeUndefined();
      expect((await store.receipt(CORP, "K-0"))?.submitId).toBe("S1");
    });

    it("recovers a submission recorded by a process that died before sending", async () => {
      const crashing = new BulkService(
        store,
        {
          ...up,
          prepareBulk: up.prepareBulk.bind(up),
          getBulkResult: up.getBulkResult.bind(up),
          getInfos: up.getInfos.bind(up),
          sendPreparedBulk: () => new Promise(() => undefined),
        },
        log,
        timing,
        () => now,
      );
      void crashing.submit({
        corpNum: CORP,
        submitId: "S1",
        keyId: "k",
        userId: null,
        cashbills: receipts(4),
      });
      // Recorded before the send that never answers: wait for the record, not for a time.
      await vi.waitFor(
        async () => expect((await store.submission(CORP, "S1"))?.state).toBe("RECORDED"),
        { timeout: 15_000 },
      );
      await runUntilSettled();
      expect(up.sends).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(4);
    });

    it("collapses webhook and poll reports of the same result into one event", async () => {
      await submit();
      const result = await up.getBulkResult(CORP, "S1");
      for (const r of result.issueResult!) await bulk.applyBulkResultWebhook(CORP, "S1", r);
      expect((await store.submission(CORP, "S1"))?.state).toBe("COMPLETED");
      await bulk.applyBulkResultWebhook(CORP, "S1", result.issueResult![1]!);
      now += 1_000;
      await bulk.tick();
      expect(await events("BULKRESULT")).toHaveLength(5);
    });

    it("answers the webhooks of a bulk it filed as duplicates without reading the receipt", async () => {
      await submit();
      now += 1_000;
      await bulk.tick(); // polls and files the whole bulk
      expect((await store.submission(CORP, "S1"))?.state).toBe("COMPLETED");
      const result = await up.getBulkResult(CORP, "S1");
      let reads = 0;
      const read = store.receipt.bind(store);
      store.receipt = (...args) => (reads++, read(...args));
      const outcomes = await Promise.all(
        result.issueResult!.map((r) => bulk.applyBulkResultWebhook(CORP, "S1", r)),
      );
      expect(outcomes).toEqual(result.issueResult!.map(() => "duplicate"));
      expect(reads).toBe(0);
      // A receipt this process did not file still goes through the read (and is applied).
      expect(
        await bulk.applyBulkResultWebhook(CORP, null, {
          mgtKey: "K-OTHER",
          code: 1,
          message: "OK",
        }),
      ).toBe("applied");
      expect(reads).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(6);
    });

    it("takes the first BULKRESULT webhook of a submission as a doorbell for all of it", async () => {
      await bulk.submit({
        corpNum: CORP,
        submitId: "S1",
        keyId: "k",
        userId: null,
        cashbills: receipts(100),
      });
      const result = await up.getBulkResult(CORP, "S1");
      up.bulkResultCalls = 0;
      const outcomes = await Promise.all(
        result.issueResult!.map((r) => bulk.applyBulkResultWebhook(CORP, "S1", r)),
      );
      expect(up.bulkResultCalls).toBe(1);
      expect(outcomes.filter((o) => o === "applied")).toHaveLength(100);
      expect(await events("BULKRESULT")).toHaveLength(100);
      const submission = await store.submission(CORP, "S1");
      expect(submission).toMatchObject({ state: "COMPLETED", successCount: 99, failCount: 1 });
      const counts = await store.receiptCounts(CORP, "S1");
      expect(counts).toMatchObject({ PENDING: 0, ISSUED: 99, FAILED: 1 });
      expect(await store.receipt(CORP, "K-1")).toMatchObject({
        state: "ISSUED",
        code: 1,
        confirmNum: "C1",
        tradeDate: "20261123",
        issueDt: "20261123100000",
        nextNtsCheckAt: now + timing.filingCheckMs,
      });
      expect(await store.receipt(CORP, "K-0")).toMatchObject({
        state: "FAILED",
        code: -14001019,
        message: "in use",
        nextNtsCheckAt: null,
      });
      // POPBiLL's retries of the same deliveries: one read each, nothing added or fetched.
      const again = await Promise.all(
        result.issueResult!.map((r) => bulk.applyBulkResultWebhook(CORP, "S1", r)),
      );
      expect(new Set(again)).toEqual(new Set(["duplicate"]));
      expect(up.bulkResultCalls).toBe(1);
      expect(await events("BULKRESULT")).toHaveLength(100);
    });

    it("files a webhook's own result when the doorbell's GetBulkResult fails or is early", async () => {
      await submit();
      const result = await up.getBulkResult(CORP, "S1");
      up.bulkResultCalls = 0;
      up.stateFails = 1;
      await bulk.applyBulkResultWebhook(CORP, "S1", result.issueResult![1]!);
      expect(
        (await events("BULKRESULT")).map((e) => (e.payload as { mgtKey: string }).mgtKey),
      ).toEqual(["K-1"]);
      expect((await store.receipt(CORP, "K-1"))?.state).toBe("ISSUED");
      expect((await store.submission(CORP, "S1"))?.state).toBe("SUBMITTED");
      // Within the gap after that poll: no poll, the webhook's own result is filed.
      await bulk.applyBulkResultWebhook(CORP, "S1", result.issueResult![3]!);
      expect(up.bulkResultCalls).toBe(1);
      now += timing.pollMinMs;
      up.txState = 1;
      await bulk.applyBulkResultWebhook(CORP, "S1", result.issueResult![2]!);
      expect(await events("BULKRESULT")).toHaveLength(3);
      now += timing.pollMinMs;
      up.txState = 2;
      for (const r of result.issueResult!) await bulk.applyBulkResultWebhook(CORP, "S1", r);
      expect(up.bulkResultCalls).toBe(3);
      expect(await events("BULKRESULT")).toHaveLength(5);
      expect((await store.submission(CORP, "S1"))?.state).toBe("COMPLETED");
    });

    it("never sends two GetBulkResult of one submission closer than pollMinMs, whatever asks", async () => {
      const gapped = { ...timing, pollMinMs: 2_000, pollMaxMs: 5_000, firstPollMs: 300 };
      const asked: number[] = [];
      const get = up.getBulkResult.bind(up);
      up.getBulkResult = (corp, sid) => (asked.push(now), get(corp, sid));
      // Two instances on one database, each believing it may poll (in-process claims).
      const a = new BulkService(store, up, log, gapped, () => now);
      const b = new BulkService(store, up, log, gapped, () => now);
      up.txState = 1;
      await a.submit({
        corpNum: CORP,
        submitId: "G1",
        keyId: "k",
        userId: null,
        cashbills: receipts(100),
      });
      const webhook = (i: number) => ({ mgtKey: `K-${i}`, code: 1, message: "ok" });
      for (let step = 0; step < 60; step++) {
        now += 250;
        if (step === 30) up.txState = 2;
        // A worker pass on each, and a BULKRESULT webhook doorbell on each, every 250 ms.
        await Promise.all([a.tick(), b.tick()]);
        if (step < 20)
          await Promise.all([
            a.applyBulkResultWebhook(CORP, "G1", webhook(2 * step)),
            b.applyBulkResultWebhook(CORP, "G1", webhook(2 * step + 1)),
          ]);
      }
      expect(asked.length).toBeGreaterThan(2);
      const gaps = asked.slice(1).map((t, i) => t - asked[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_000);
      expect((await store.submission(CORP, "G1"))?.state).toBe("COMPLETED");
    }, 60_000);

    /** Waits (up to 20 s, well inside the tests' 60 s poll interval) until a bulk completes. */
    async function untilCompleted(submitId: string): Promise<void> {
      const deadline = Date.now() + 20_000;
      while ((await submissionState(store, submitId)) !== "COMPLETED" && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      expect(await submissionState(store, submitId)).toBe("COMPLETED");
    }

    it("polls a bulk it sent at the learned completion time, by timer, without the worker", async () => {
      const timed = new BulkService(
        store,
        up,
        log,
        {
          ...timing,
          pollMinMs: 300,
          pollMaxMs: 300,
          firstPollMs: 80,
          minPollMs: 30,
          timers: true,
        },
        Date.now,
      );
      try {
        for (const [n, completesAfter] of [
          [1, 150],
          [2, 150],
        ] as const) {
          up.txState = 1;
          up.bulkResultCalls = 0;
          const sentAt = Date.now();
          await timed.submit({
            corpNum: CORP,
            submitId: `T${n}`,
            keyId: "k",
            userId: null,
            cashbills: receipts(3).map((c) => ({ ...c, mgtKey: `T${n}-${c.mgtKey}` })),
          });
          setTimeout(() => (up.txState = 2), completesAfter);
          await untilCompleted(`T${n}`);
          // Done by the timers alone (no worker pass runs here): the learned first poll, then
          // the regular interval.
          expect(Date.now() - sentAt).toBeLessThan(30_000);
          expect(up.bulkResultCalls).toBeLessThanOrEqual(3);
        }
      } finally {
        timed.stop();
      }
    });

    it("polls a timed bulk when its timer fires before the clock reaches the due time", async () => {
      // The event loop's timer clock is coarser than Date.now, and a wall clock can be stepped
      // back: here it goes back 40 ms right after the send, so the first timer fires while
      // `now()` is 40 ms short of the due time. The poll must still happen, just later.
      let skew = 0;
      const timed = new BulkService(
        store,
        up,
        log,
        { ...timing, pollMinMs: 60_000, pollMaxMs: 60_000, firstPollMs: 60, timers: true },
        () => Date.now() + skew,
      );
      try {
        up.txState = 2;
        up.bulkResultCalls = 0;
        await timed.submit({
          corpNum: CORP,
          submitId: "E1",
          keyId: "k",
          userId: null,
          cashbills: receipts(2).map((c) => ({ ...c, mgtKey: `E1-${c.mgtKey}` })),
        });
        skew = -40;
        await untilCompleted("E1");
        expect(up.bulkResultCalls).toBe(1);
      } finally {
        timed.stop();
      }
    });

    it("checks filing results and polls submissions only for the units it claims", async () => {
      const elsewhere = new Set([
        `local:cashbill-filing:${CORP}`,
        `local:cashbill-bulk:${CORP}:S1`,
      ]);
      const claims = new LocalClaims();
      const claimMany = claims.claimMany.bind(claims);
      claims.claimMany = async (keys) => claimMany(keys.filter((k) => !elsewhere.has(k)));
      claims.claim = async (key) => !elsewhere.has(key) && (await claimMany([key])).has(key);
      const mine = new BulkService(store, up, log, timing, () => now, undefined, claims);
      await bulk.submit({
        corpNum: CORP,
        submitId: "S1",
        keyId: "k",
        userId: null,
        cashbills: receipts(3),
      });
      now += 1_000;
      up.bulkResultCalls = 0;
      expect(await mine.tick()).toMatchObject({ checked: 1, filed: 0 });
      expect(up.bulkResultCalls).toBe(0); // held elsewhere
      elsewhere.delete(`local:cashbill-bulk:${CORP}:S1`); // that instance died
      await mine.tick();
      expect(up.bulkResultCalls).toBe(1);
      expect((await store.submission(CORP, "S1"))?.state).toBe("COMPLETED");
      for (const k of ["K-1", "K-2"]) up.filed.add(k);
      now += 200;
      expect(await mine.checkFilings()).toBe(0); // the member's filing checks are held elsewhere
      elsewhere.clear();
      expect(await mine.checkFilings()).toBe(2);
    });

    it("watches issued receipts until their filing result arrives, once", async () => {
      await submit();
      await runUntilSettled();
      now += 200;
      expect(await bulk.checkFilings()).toBe(0);
      for (const k of ["K-1", "K-2", "K-3", "K-4"]) up.filed.add(k);
      now += 200;
      expect(await bulk.checkFilings()).toBe(4);
      await bulk.applyFiling(CORP, { mgtKey: "K-1", stateCode: 304, ntsresultCode: "0000" });
      now += 200;
      expect(await bulk.checkFilings()).toBe(0);
      expect(await events("NTS_FILED")).toHaveLength(4);
      expect((await store.receipt(CORP, "K-0"))?.state).toBe("FAILED");
    });
  });
}
