import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const isoDay = (daysAgo: number) =>
  new Date(Date.now() + 9 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * One request that reads a crawl's results and its job must tell one story: the summary
 * refreshes an open job from POPBiLL, and `hometaxJob` in the same request sees that refresh
 * (it used to answer the stored PENDING/PROCESSING row beside the finished job's data).
 */
describe("hometaxJob beside a result query in one request", () => {
  let t: TestGateway;
  const gql = async <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}) =>
    (await t.gql<T>(q, v, DEMO_KEYS.member)).body;

  beforeAll(async () => {
    t = await startTestGateway();
    const reg = await gql(
      'mutation { registerHometaxDeptUser(service: CASHBILL, id: "demo-dept", password: "demo-pass-1!") { deptUserRegistered } }',
    );
    expect(reg.errors).toBeUndefined();
    // upstream finishes every crawl at once; korbill's worker first polls 1-3 s after the request
    t.gateway.sandbox!.sandbox!.hometax.setJobTiming({ pendingMs: 0, processingMs: 0 });
  });
  afterAll(() => t?.close());

  const requestJob = async () => {
    const job = await gql<{ requestHometaxJob: { jobId: string } }>(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      { i: { service: "CASHBILL", direction: "SELL", from: isoDay(10), to: isoDay(1) } },
    );
    expect(job.errors).toBeUndefined();
    return job.data!.requestHometaxJob.jobId;
  };

  for (const [order, query] of [
    [
      "summary first",
      "query($j: String!) { s: hometaxCashbillSummary(jobId: $j) { count } j: hometaxJob(jobId: $j) { status collectCount } }",
    ],
    [
      "job first",
      "query($j: String!) { j: hometaxJob(jobId: $j) { status collectCount } s: hometaxCashbillSummary(jobId: $j) { count } }",
    ],
  ] as const) {
    it(`answers COMPLETED with the summary's count (${order})`, async () => {
      const jobId = await requestJob();
      const r = await gql<{
        s: { count: number };
        j: { status: string; collectCount: number };
      }>(query, { j: jobId });
      expect(r.errors).toBeUndefined();
      expect(r.data!.j).toEqual({ status: "COMPLETED", collectCount: r.data!.s.count });
    });
  }
});
