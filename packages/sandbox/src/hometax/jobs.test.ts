import { describe, expect, it } from "vitest";
import {
  CORP,
  finish,
  OTHER_CORP,
  registerDemoUser,
  requestJob,
  useHometax,
} from "./hometax.test-helpers.js";

const CASH_JOB = "/HomeTax/Cashbill/SELL?SDate=20261001&EDate=20261031";
const TAX_JOB = "/HomeTax/Taxinvoice/BUY?DType=I&SDate=20261001&EDate=20261031";
const HOUR = 60 * 60 * 1000;

describe("requestJob", () => {
  const start = useHometax();

  it("refuses a member with nothing registered with -11100025", async () => {
    const h = await start();
    for (const path of [CASH_JOB, TAX_JOB])
      expect(await h.call("POST", path)).toMatchObject({
        status: 400,
        body: {
          code: -11100025,
          message: "The information of HomeTax Authentication does not exist",
        },
      });
  });

  it("answers a unique 18-digit jobID per request, body-less POST", async () => {
    const h = await start();
    await registerDemoUser(h);
    const ids = [
      await requestJob(h, CASH_JOB),
      await requestJob(h, CASH_JOB),
      await requestJob(h, "/HomeTax/Cashbill/BUY?SDate=20261001&EDate=20261001"),
      await requestJob(h, TAX_JOB),
      await requestJob(h, "/HomeTax/Taxinvoice/TRUSTEE?DType=S&SDate=20260101&EDate=20260131"),
    ];
    for (const id of ids) expect(id).toMatch(/^\d{18}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("026112310000000001");
  });

  it("works with a certificate instead of a department user", async () => {
    const h = await start();
    h.hometax.registerCertificate(CORP, "Taxinvoice", "2027-06-30T00:00:00Z");
    const jobId = await requestJob(h, TAX_JOB);
    finish(h);
    expect((await h.call("GET", `/HomeTax/Taxinvoice/${jobId}/State`)).body).toMatchObject({
      jobState: "3",
      errorCode: 1,
    });
  });

  it.each([
    ["a range over three months", "/HomeTax/Cashbill/SELL?SDate=20260701&EDate=20261002"],
    ["SDate after EDate", "/HomeTax/Cashbill/SELL?SDate=20261002&EDate=20261001"],
    ["a malformed date", "/HomeTax/Cashbill/SELL?SDate=2026-10-01&EDate=20261031"],
    ["an impossible date", "/HomeTax/Cashbill/SELL?SDate=20260230&EDate=20260301"],
    ["TRUSTEE for cash receipts", "/HomeTax/Cashbill/TRUSTEE?SDate=20261001&EDate=20261031"],
    ["an unknown crawl type", "/HomeTax/Taxinvoice/SOLD?DType=W&SDate=20261001&EDate=20261031"],
    ["a tax-invoice job without DType", "/HomeTax/Taxinvoice/SELL?SDate=20261001&EDate=20261031"],
    ["DType X", "/HomeTax/Taxinvoice/SELL?DType=X&SDate=20261001&EDate=20261031"],
  ])("refuses %s with -10000001", async (_case, path) => {
    const h = await start();
    await registerDemoUser(h);
    expect(await h.call("POST", path)).toMatchObject({ status: 400, body: { code: -10000001 } });
  });

  it("accepts exactly three calendar months and parameters in any order", async () => {
    const h = await start();
    await registerDemoUser(h);
    await requestJob(h, "/HomeTax/Cashbill/SELL?SDate=20260701&EDate=20261001");
    await requestJob(h, "/HomeTax/Taxinvoice/SELL?EDate=20261130&SDate=20260831&DType=W");
  });
});

describe("job progression", () => {
  const start = useHometax();

  it("moves from 1 to 2 (collectCount rising) to 3 on the sandbox clock", async () => {
    const h = await start();
    await registerDemoUser(h);
    const jobId = await requestJob(h, CASH_JOB);
    const state = async () => (await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`)).body;
    expect(await state()).toEqual({
      jobID: jobId,
      jobState: "1",
      queryType: "매출",
      queryDateType: "TradeDate",
      queryStDate: "20261001",
      queryEnDate: "20261031",
      errorCode: 0,
      errorReason: "",
      jobStartDT: "",
      jobEndDT: "",
      collectCount: 0,
      regDT: "20261123100203",
    });
    h.clock.advance(1_500);
    const early = await state();
    expect(early).toMatchObject({ jobState: "2", jobStartDT: "20261123100204", jobEndDT: "" });
    h.clock.advance(1_500);
    const later = await state();
    expect(later.collectCount).toBeGreaterThan(early.collectCount);
    h.clock.advance(1_000);
    const done = await state();
    expect(done).toMatchObject({ jobState: "3", errorCode: 1, jobEndDT: "20261123100207" });
    const search = await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=`);
    expect(done.collectCount).toBe(search.body.total);
    expect(later.collectCount).toBeLessThan(done.collectCount);
  });

  it("reports the tax-invoice query type and date type", async () => {
    const h = await start();
    await registerDemoUser(h);
    const jobId = await requestJob(
      h,
      "/HomeTax/Taxinvoice/TRUSTEE?DType=S&SDate=20261001&EDate=20261031",
    );
    expect((await h.call("GET", `/HomeTax/Taxinvoice/${jobId}/State`)).body).toMatchObject({
      queryType: "수탁",
      queryDateType: "SendDate",
    });
  });

  it("fails with -11100001 when HomeTax refuses the registered login", async () => {
    const h = await start();
    await registerDemoUser(h);
    h.hometax.setHometaxCredentials(CORP, "demo-dept", "rotated-password");
    const jobId = await requestJob(h, CASH_JOB);
    finish(h);
    expect((await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`)).body).toMatchObject({
      jobState: "3",
      errorCode: -11100001,
      errorReason: "Failed login HomeTax",
      collectCount: 0,
    });
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=`)).toMatchObject({
      status: 400,
      body: { code: -11100001 },
    });
  });

  it("fails with an expired certificate as the only login", async () => {
    const h = await start();
    h.hometax.registerCertificate(CORP, "Cashbill", "2026-11-01T00:00:00Z");
    const jobId = await requestJob(h, CASH_JOB);
    finish(h);
    const state = await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`);
    expect(state.body).toMatchObject({ jobState: "3", errorCode: -11100001 });
  });

  it("fails the next job with the code a control set, once", async () => {
    const h = await start();
    await registerDemoUser(h);
    h.hometax.failNextJob(CORP, -11100010, "Failed to receive cash receipt data from NTS");
    const failed = await requestJob(h, CASH_JOB);
    const fine = await requestJob(h, CASH_JOB);
    finish(h);
    const state = async (id: string) => (await h.call("GET", `/HomeTax/Cashbill/${id}/State`)).body;
    expect(await state(failed)).toMatchObject({
      jobState: "3",
      errorCode: -11100010,
      errorReason: "Failed to receive cash receipt data from NTS",
    });
    expect(await state(fine)).toMatchObject({ jobState: "3", errorCode: 1 });
  });

  it("follows setJobTiming for jobs requested afterwards", async () => {
    const h = await start();
    await registerDemoUser(h);
    h.hometax.setJobTiming({ pendingMs: 0, processingMs: 10_000 });
    const jobId = await requestJob(h, CASH_JOB);
    const state = async () => (await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`)).body;
    expect(await state()).toMatchObject({ jobState: "2" });
    h.clock.advance(9_999);
    expect(await state()).toMatchObject({ jobState: "2" });
    h.clock.advance(1);
    expect(await state()).toMatchObject({ jobState: "3" });
  });
});

describe("job lookups", () => {
  const start = useHometax();

  it("answers 404 -11100026 for another member's JobID or the other service's", async () => {
    const h = await start();
    await registerDemoUser(h);
    const jobId = await requestJob(h, CASH_JOB);
    const other = await h.token({ corpNum: OTHER_CORP });
    const notFound = { status: 404, body: { code: -11100026 } };
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`, { token: other })).toMatchObject(
      notFound,
    );
    expect(await h.call("GET", `/HomeTax/Taxinvoice/${jobId}/State`)).toMatchObject(notFound);
    expect(await h.call("GET", "/HomeTax/Cashbill/012345678901234567/State")).toMatchObject(
      notFound,
    );
    expect(await h.call("GET", "/HomeTax/Cashbill/12345/State")).toMatchObject({
      status: 400,
      body: { code: -10000001 },
    });
  });

  it("lists the member's jobs of the last hour, newest first, and forgets expired ones", async () => {
    const h = await start();
    await registerDemoUser(h);
    const first = await requestJob(h, CASH_JOB);
    h.clock.advance(30 * 60 * 1000);
    const second = await requestJob(h, "/HomeTax/Cashbill/BUY?SDate=20261001&EDate=20261031");
    await requestJob(h, TAX_JOB);
    const list = await h.call("GET", "/HomeTax/Cashbill/JobList");
    expect(list.body.map((job: { jobID: string }) => job.jobID)).toEqual([second, first]);
    expect(list.body[0]).toMatchObject({ jobState: "1", queryType: "매입" });
    expect(list.body[1]).toMatchObject({ jobState: "3", queryType: "매출" });
    const other = await h.token({ corpNum: OTHER_CORP });
    expect((await h.call("GET", "/HomeTax/Cashbill/JobList", { token: other })).body).toEqual([]);
    h.clock.advance(30 * 60 * 1000);
    const token = await h.token();
    const later = await h.call("GET", "/HomeTax/Cashbill/JobList", { token });
    expect(later.body.map((job: { jobID: string }) => job.jobID)).toEqual([second]);
  });

  it("answers 404 for a job an hour after its request", async () => {
    const h = await start();
    await registerDemoUser(h);
    const jobId = await requestJob(h, CASH_JOB);
    h.clock.advance(HOUR - 1);
    expect((await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`)).status).toBe(200);
    h.clock.advance(1);
    const token = await h.token();
    const notFound = { status: 404, body: { code: -11100026 } };
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}/State`, { token })).toMatchObject(
      notFound,
    );
    expect(await h.call("GET", `/HomeTax/Cashbill/${jobId}?TradeType=`, { token })).toMatchObject(
      notFound,
    );
    expect(
      await h.call("GET", `/HomeTax/Cashbill/${jobId}/Summary?TradeType=`, { token }),
    ).toMatchObject(notFound);
  });
});
