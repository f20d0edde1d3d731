import { ConflictError, InputError, NotFoundError } from "@korbill/core-domain";
import {
  type PopbillRequest,
  UpstreamBusinessError,
  UpstreamServerError,
} from "@korbill/core-upstream";
import {
  EventLog,
  LocalClaims,
  coreEventsMigrations,
  createMemoryBus,
  topicFor,
} from "@korbill/core-events";
import { openTestDatabase, testEngines } from "@korbill/core-events/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHometaxClient } from "../client/client.js";
import { HometaxDateType, HometaxDirection, HometaxJobStatus, HometaxService } from "../enums.js";
import { AUTH_INFO_MISSING, LOGIN_FAILED, fakePopbill } from "../testing/fake-popbill.js";
import type { WireJobState } from "../wire.js";
import { hometaxMigrations } from "../store/migrations.js";
import { HometaxResultService } from "./results.js";
import { HometaxJobService } from "./job-service.js";
import { HometaxJobStore } from "../store/store.js";

const engines = await testEngines();
const CORP = "1234567890";
const OTHER = "9876543210";
const NOW = Date.parse("2026-11-23T10:00:00+09:00");
const HOUR = 3_600_000;
const TIMING = { pollMinMs: 1_000, pollMaxMs: 3_000, retryMinMs: 2_000, retryMaxMs: 30_000 };

/** A scripted POPBiLL: job ids in order, a queue of JobStates per JobID, canned search replies. */
function upstream() {
  let nextJob = 1;
  const states = new Map<string, Partial<WireJobState>[]>();
  const failures: Error[] = [];
  const requestFailures: Error[] = [];
  const fake = fakePopbill((r: PopbillRequest) => {
    if (r.method === "POST") {
      const failure = requestFailures.shift();
      if (failure) return failure;
      return { jobID: `0251123100000${String(nextJob++).padStart(5, "0")}` };
    }
    const state = /\/(\d{18})\/State$/.exec(r.path);
    if (state) {
      const failure = failures.shift();
      if (failure) return failure;
      const queue = states.get(state[1]!) ?? [];
      const s =
        queue.length > 1 ? queue.shift()! : (queue[0] ?? { jobState: "1", collectCount: 0 });
      return { jobID: state[1], errorCode: 0, errorReason: "", ...s };
    }
    if (r.path.includes("/Summary"))
      return {
        count: 2,
        supplyCostTotal: 20000,
        taxTotal: 2000,
        serviceFeeTotal: 0,
        amountTotal: 22000,
      };
    if (r.path.endsWith("/JobList")) return [];
    return { code: 1, total: 0, perPage: 500, pageNum: 1, pageCount: 0, list: [] };
  });
  return {
    ...fake,
    script(jobId: string, ...queue: Partial<WireJobState>[]) {
      states.set(jobId, queue);
    },
    failNextPoll(error: Error) {
      failures.push(error);
    },
    failNextRequest(error: Error) {
      requestFailures.push(error);
    },
  };
}

describe.each(engines)("HometaxJobService on %s", (engine) => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let now: number;
  let up: ReturnType<typeof upstream>;
  let events: EventLog;
  let store: HometaxJobStore;
  let jobs: HometaxJobService;
  let results: HometaxResultService;

  beforeEach(async () => {
    db = await openTestDatabase(engine, [...coreEventsMigrations, ...hometaxMigrations]);
    now = NOW;
    up = upstream();
    events = new EventLog(db, "test", createMemoryBus(), () => now);
    store = new HometaxJobStore(db.db, "test");
    const client = createHometaxClient({ popbill: up.popbill });
    jobs = new HometaxJobService(store, client, events, TIMING, () => now);
    results = new HometaxResultService(jobs, client);
  });
  afterEach(async () => {
    await db.dispose();
  });

  const request = (corpNum = CORP) =>
    jobs.request({
      corpNum,
      keyId: "key_member",
      service: HometaxService.CASHBILL,
      direction: HometaxDirection.BUY,
      from: "2026-09-01",
      to: "2026-11-22",
    });
  const log = async (corpNum = CORP) =>
    (await events.read({ topic: topicFor("hometax", corpNum), after: 0 })).map((e) => ({
      type: e.type,
      upstreamId: e.upstreamId,
      payload: e.payload as Record<string, unknown>,
    }));
  /** Moves the clock past the job's next check and runs one worker pass. */
  const pass = async (ms = 3_000) => {
    now += ms;
    return jobs.tick();
  };
  const polls = () => up.requests.filter((r) => r.path.endsWith("/State")).length;

  it("records the job after POPBiLL returns its JobID and emits REQUESTED", async () => {
    const row = await request();
    expect(row).toMatchObject({
      corpNum: CORP,
      service: HometaxService.CASHBILL,
      state: HometaxJobStatus.PENDING,
      keyId: "key_member",
      requestedAt: NOW,
      expiresAt: NOW + HOUR,
    });
    expect(row.nextCheckAt).toBeGreaterThanOrEqual(NOW + 1_000);
    expect(row.nextCheckAt).toBeLessThanOrEqual(NOW + 3_000);
    expect(up.requests[0]!.path).toBe("/HomeTax/Cashbill/BUY?SDate=20260901&EDate=20261122");
    expect(await store.find(CORP, row.jobId)).toEqual(row);
    expect(await log()).toEqual([
      {
        type: "REQUESTED",
        upstreamId: `hometax:${row.jobId}:REQUESTED:1:0`,
        payload: expect.objectContaining({
          jobId: row.jobId,
          status: "PENDING",
          jobState: 1,
          collectCount: 0,
        }),
      },
    ]);
  });

  it("records a tax-invoice job with its date type", async () => {
    const row = await jobs.request({
      corpNum: CORP,
      keyId: "key_member",
      service: HometaxService.TAXINVOICE,
      direction: HometaxDirection.TRUSTEE,
      dateType: HometaxDateType.ISSUE,
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(row.dateType).toBe(HometaxDateType.ISSUE);
    expect(up.requests[0]!.path).toBe(
      "/HomeTax/Taxinvoice/TRUSTEE?DType=I&SDate=20261001&EDate=20261031",
    );
  });

  it.each([
    ["Failed login HomeTax", -11100001, LOGIN_FAILED],
    ["The information of HomeTax Authentication does not exist", -11100025, AUTH_INFO_MISSING],
  ])("surfaces '%s' (%i) from requestJob and records nothing", async (message, code, failure) => {
    up.failNextRequest(failure());
    const error = await request().catch((e: unknown) => e);
    expect(error).toMatchObject({ code, message, upstream: "popbill" });
    expect(await store.due(NOW + 10 * HOUR)).toEqual([]);
    expect(await log()).toEqual([]);
  });

  it("polls every 1-3 s, emits PROGRESS on each change, then COMPLETED", async () => {
    const { jobId } = await request();
    up.script(
      jobId,
      { jobState: "1", collectCount: 0 },
      { jobState: "2", collectCount: 0 },
      { jobState: "2", collectCount: 12 },
      { jobState: "2", collectCount: 12 },
      {
        jobState: "3",
        errorCode: 1,
        collectCount: 25,
        jobStartDT: "20261123100002",
        jobEndDT: "20261123100011",
      },
    );
    for (let i = 0; i < 5; i++) await pass();
    expect(polls()).toBe(5);
    expect((await log()).map((e) => e.upstreamId)).toEqual([
      `hometax:${jobId}:REQUESTED:1:0`,
      `hometax:${jobId}:PROGRESS:2:0`,
      `hometax:${jobId}:PROGRESS:2:12`,
      `hometax:${jobId}:COMPLETED:3:25`,
    ]);
    const done = (await jobs.job(CORP, jobId))!;
    expect(done).toMatchObject({
      state: "COMPLETED",
      jobState: 3,
      errorCode: 1,
      collectCount: 25,
      finishedAt: now,
    });
    expect(done.nextCheckAt).toBe(NOW + HOUR);

    await pass(60_000);
    expect(polls()).toBe(5); // finished: no more polls
  });

  it("polls only the jobs this instance claims, and frees each claim after its visit", async () => {
    const { jobId } = await request();
    const unit = `test:hometax-job:${CORP}:${jobId}`;
    const elsewhere = new Set([unit]); // another instance holds it
    const claims = new LocalClaims();
    const claimMany = claims.claimMany.bind(claims);
    claims.claimMany = async (keys) => claimMany(keys.filter((k) => !elsewhere.has(k)));
    const mine = new HometaxJobService(
      store,
      createHometaxClient({ popbill: up.popbill }),
      events,
      TIMING,
      () => now,
      undefined,
      claims,
    );
    now += 3_000;
    expect(await mine.tick()).toEqual({ visited: 0 });
    expect(polls()).toBe(0);
    elsewhere.clear(); // that instance died: its session's claims are gone
    expect(await mine.tick()).toEqual({ visited: 1 });
    expect(polls()).toBe(1);
    expect(claims.holds(unit)).toBe(false);
  });

  it("does not poll before a job's next check is due", async () => {
    await request();
    await jobs.tick();
    expect(polls()).toBe(0);
  });

  it("files a failed crawl as FAILED and answers queries with the crawl's upstream error, sending nothing", async () => {
    const { jobId } = await request();
    up.script(jobId, {
      jobState: "3",
      errorCode: -11100001,
      errorReason: "Failed login HomeTax",
      collectCount: 0,
    });
    await pass();
    const last = (await log()).at(-1)!;
    expect(last).toMatchObject({
      type: "FAILED",
      upstreamId: `hometax:${jobId}:FAILED:3:0`,
      payload: { status: "FAILED", errorCode: -11100001, errorReason: "Failed login HomeTax" },
    });
    const sent = up.requests.length;
    const error = await results.cashbills({ corpNum: CORP }, jobId, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamBusinessError);
    expect(error).toMatchObject({
      code: -11100001,
      message: "Failed login HomeTax",
      upstream: "popbill",
    });
    expect(up.requests).toHaveLength(sent);
  });

  it("expires an open job after its hour, and queries then answer NOT_FOUND without a call", async () => {
    const { jobId } = await request();
    await pass(); // still pending
    now = NOW + HOUR;
    await jobs.tick();
    const types = (await log()).map((e) => e.type);
    expect(types).toEqual(["REQUESTED", "EXPIRED"]);
    expect((await jobs.job(CORP, jobId)).state).toBe("EXPIRED");
    const sent = up.requests.length;
    await expect(results.cashbills({ corpNum: CORP }, jobId, null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(results.cashbillSummary({ corpNum: CORP }, jobId, null)).rejects.toThrow(
      /expired at 2026-11-23T11:00:00\+09:00/,
    );
    expect(up.requests).toHaveLength(sent);
    await pass(60_000);
    expect(up.requests).toHaveLength(sent);
  });

  it("expires a completed job after its hour too (its results are gone upstream)", async () => {
    const { jobId } = await request();
    up.script(jobId, { jobState: "3", errorCode: 1, collectCount: 3 });
    await pass();
    now = NOW + HOUR + 1;
    await jobs.tick();
    expect((await log()).map((e) => e.upstreamId).at(-1)).toBe(`hometax:${jobId}:EXPIRED:3:3`);
  });

  it("expires lazily when queried before the worker got to it", async () => {
    const { jobId } = await request();
    now = NOW + HOUR + 5;
    const row = await jobs.job(CORP, jobId);
    expect(row.state).toBe("EXPIRED");
    expect((await log()).map((e) => e.type)).toEqual(["REQUESTED", "EXPIRED"]);
  });

  it("deduplicates an observation replayed after a crash between event and row update", async () => {
    const { jobId } = await request();
    up.script(jobId, { jobState: "2", collectCount: 7 });
    await pass();
    expect(await log()).toHaveLength(2);
    // The process died after appending PROGRESS but before moving the row: the row is as before.
    await store.update(CORP, jobId, {
      state: HometaxJobStatus.PENDING,
      jobState: 1,
      collectCount: 0,
      nextCheckAt: now,
    });
    await jobs.tick();
    expect(polls()).toBe(2);
    expect((await log()).map((e) => e.upstreamId)).toEqual([
      `hometax:${jobId}:REQUESTED:1:0`,
      `hometax:${jobId}:PROGRESS:2:7`,
    ]);
    expect(await store.find(CORP, jobId)).toMatchObject({
      jobState: 2,
      collectCount: 7,
      state: "PROCESSING",
    });
  });

  it("keeps a job through failed polls, backing off within its hour", async () => {
    const { jobId } = await request();
    up.failNextPoll(new UpstreamServerError({ upstream: "popbill", status: 503, message: "down" }));
    await pass();
    const row = (await store.find(CORP, jobId))!;
    expect(row.attempts).toBe(1);
    expect(row.nextCheckAt).toBeGreaterThanOrEqual(now + 1_000);
    expect(row.nextCheckAt).toBeLessThanOrEqual(now + 2_000);
    up.script(jobId, { jobState: "3", errorCode: 1, collectCount: 1 });
    await pass();
    expect((await store.find(CORP, jobId))!).toMatchObject({ state: "COMPLETED", attempts: 0 });
  });

  it("isolates tenants: another member's JobID is NOT_FOUND and nothing is sent", async () => {
    const { jobId } = await request(CORP);
    await expect(jobs.job(OTHER, jobId)).rejects.toBeInstanceOf(NotFoundError);
    const sent = up.requests.length;
    await expect(results.cashbills({ corpNum: OTHER }, jobId, null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(results.taxinvoiceSummary({ corpNum: OTHER }, jobId, null)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(up.requests).toHaveLength(sent);
    expect(await log(OTHER)).toEqual([]);
  });

  it("refreshes a running job once when queried and answers CONFLICT while it runs", async () => {
    const { jobId } = await request();
    up.script(jobId, { jobState: "2", collectCount: 4 });
    const error = await results.cashbills({ corpNum: CORP }, jobId, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/still PROCESSING \(4 collected so far\)/);
    expect(polls()).toBe(1);
    expect(up.requests.some((r) => r.path.includes("TradeType"))).toBe(false);
    expect((await log()).map((e) => e.type)).toEqual(["REQUESTED", "PROGRESS"]);
  });

  it("searches and summarises a completed job with the caller's filters", async () => {
    const { jobId } = await request();
    up.script(jobId, { jobState: "3", errorCode: 1, collectCount: 2 });
    await pass();
    await results.cashbills(
      { corpNum: CORP, userId: "testkorea" },
      jobId,
      { tradeTypes: ["CANCEL" as never] },
      { page: 2, perPage: 10 },
    );
    const summary = await results.cashbillSummary({ corpNum: CORP }, jobId, null);
    expect(summary.amountTotal).toBe(22000);
    const [search, sum] = up.requests.slice(-2);
    expect(search).toMatchObject({
      path: `/HomeTax/Cashbill/${jobId}?TradeType=C&Page=2&PerPage=10`,
      userId: "testkorea",
    });
    expect(sum!.path).toBe(`/HomeTax/Cashbill/${jobId}/Summary?TradeType=`);
  });

  it("refuses a tax-invoice query on a cash-receipt job with BAD_USER_INPUT", async () => {
    const { jobId } = await request();
    await expect(results.taxinvoices({ corpNum: CORP }, jobId, null)).rejects.toBeInstanceOf(
      InputError,
    );
  });

  it("refuses to record a JobID twice for the same member", async () => {
    const row = await request();
    const { stage: _stage, ...again } = row;
    await expect(store.insert(again)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.insert({ ...again, corpNum: OTHER })).resolves.toMatchObject({
      corpNum: OTHER,
    });
  });

  it("marks the active jobs korbill tracks", async () => {
    const { jobId } = await request();
    const foreign = "025112310000099999";
    const fake = fakePopbill(() => [
      {
        jobID: jobId,
        jobState: "2",
        queryType: "매입",
        queryStDate: "20260901",
        queryEnDate: "20261122",
        collectCount: 3,
        regDT: "20261123100000",
      },
      { jobID: foreign, jobState: "1", queryType: "매출", regDT: "20261123095000" },
    ]);
    const listing = new HometaxJobService(
      store,
      createHometaxClient({ popbill: fake.popbill }),
      events,
      TIMING,
      () => now,
    );
    const views = await listing.activeJobs(CORP, HometaxService.CASHBILL);
    expect(views.map((v) => [v.jobId, v.tracked, v.status, v.direction])).toEqual([
      [jobId, true, "PROCESSING", "BUY"],
      [foreign, false, "PENDING", "SELL"],
    ]);
    expect(views[1]!.expiresAt).toBe("2026-11-23T10:50:00+09:00");
  });
});
