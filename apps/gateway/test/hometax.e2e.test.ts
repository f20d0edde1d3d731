import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { waitUntil } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

interface JobEvent {
  cursor: string;
  type: string;
  jobId: string;
  status: string;
  collectCount: number;
}
interface Row {
  supplyCost: number;
  tax: number;
  serviceFee: number;
  totalAmount: number;
  tradeType: string;
}

const isoDay = (daysAgo: number) =>
  new Date(Date.now() + 9 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe("HomeTax crawling end to end", () => {
  let t: TestGateway;
  const gql = async <T = Record<string, unknown>>(
    q: string,
    v: Record<string, unknown> = {},
    key: string = DEMO_KEYS.member,
  ) => (await t.gql<T>(q, v, key)).body;
  const sandbox = () => t.gateway.sandbox!.sandbox!;

  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t?.close());

  it("says no method is registered, with the upstream code, before anything is set up", async () => {
    const ready = await gql<{ hometaxReadiness: { status: string; advice: string } }>(
      "{ hometaxReadiness(service: CASHBILL) { status advice method } }",
    );
    expect(ready.errors).toBeUndefined();
    expect(ready.data!.hometaxReadiness.status).toBe("NO_METHOD_REGISTERED");
    expect(ready.data!.hometaxReadiness.advice.length).toBeGreaterThan(10);
    const job = await gql(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      {
        i: { service: "CASHBILL", direction: "SELL", from: isoDay(20), to: isoDay(1) },
      },
    );
    expect(job.errors?.[0]).toMatchObject({
      message: "The information of HomeTax Authentication does not exist",
      extensions: { code: "UPSTREAM_ERROR", upstreamCode: -11100025 },
    });
  });

  it("reports a wrong department-user password as 'Failed login HomeTax' with its code, and never echoes the password", async () => {
    const r = await gql(
      'mutation { registerHometaxDeptUser(service: CASHBILL, id: "demo-dept", password: "wrong-pass-9!") { deptUserRegistered } }',
    );
    expect(r.errors?.[0]).toMatchObject({
      message: "Failed login HomeTax",
      extensions: { code: "UPSTREAM_ERROR", upstreamCode: -11100001 },
    });
    expect(JSON.stringify(r)).not.toContain("wrong-pass-9!");
    expect(t.logs.join("\n")).not.toContain("wrong-pass-9!");
  });

  it("registers a department user, crawls, streams progress, pages the rows and sums them to the summary", async () => {
    const reg = await gql<{ registerHometaxDeptUser: { deptUserRegistered: boolean } }>(
      'mutation { registerHometaxDeptUser(service: CASHBILL, id: "demo-dept", password: "demo-pass-1!") { deptUserRegistered methods } }',
    );
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.registerHometaxDeptUser.deptUserRegistered).toBe(true);
    expect(t.logs.join("\n")).not.toContain("demo-pass-1!");
    const ready = await gql<{ hometaxReadiness: { status: string; method: string } }>(
      "{ hometaxReadiness(service: CASHBILL) { status method } }",
    );
    expect(ready.data!.hometaxReadiness).toMatchObject({ status: "READY", method: "DEPT_USER" });

    const events: JobEvent[] = [];
    const client = t.ws(DEMO_KEYS.member);
    const job = await gql<{ requestHometaxJob: { jobId: string } }>(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId status } }",
      {
        i: { service: "CASHBILL", direction: "SELL", from: isoDay(40), to: isoDay(1) },
      },
    );
    expect(job.errors).toBeUndefined();
    const jobId = job.data!.requestHometaxJob.jobId;
    expect(jobId).toMatch(/^\d{18}$/);
    const dispose = client.subscribe<{ hometaxJobEvents: JobEvent }>(
      {
        query:
          "subscription($j: String) { hometaxJobEvents(jobId: $j) { cursor type jobId status collectCount } }",
        variables: { j: jobId },
      },
      {
        next: (v) => v.data && events.push(v.data.hometaxJobEvents),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitUntil(
      () => events.some((e) => e.type === "COMPLETED"),
      30_000,
      () => JSON.stringify(events),
    );
    dispose();
    expect(events.every((e) => e.jobId === jobId)).toBe(true);
    expect(events.some((e) => e.type === "PROGRESS")).toBe(true);

    const rows: Row[] = [];
    let page = 1;
    let pageCount = 1;
    do {
      const r = await gql<{ hometaxCashbills: { items: Row[]; pageCount: number; total: number } }>(
        "query($j: String!, $p: Int) { hometaxCashbills(jobId: $j, page: $p, perPage: 100) { total pageCount items { supplyCost tax serviceFee totalAmount tradeType } } }",
        { j: jobId, p: page },
      );
      expect(r.errors).toBeUndefined();
      rows.push(...r.data!.hometaxCashbills.items);
      pageCount = r.data!.hometaxCashbills.pageCount;
      page++;
    } while (page <= pageCount);
    expect(rows.length).toBeGreaterThan(100);
    expect(pageCount).toBeGreaterThan(1);
    const summary = await gql<{ hometaxCashbillSummary: Record<string, number> }>(
      "query($j: String!) { hometaxCashbillSummary(jobId: $j) { count supplyCostTotal taxTotal serviceFeeTotal amountTotal } }",
      { j: jobId },
    );
    expect(summary.errors).toBeUndefined();
    const sum = (k: keyof Row) => rows.reduce((a, r) => a + Number(r[k]), 0);
    expect(summary.data!.hometaxCashbillSummary).toEqual({
      count: rows.length,
      supplyCostTotal: sum("supplyCost"),
      taxTotal: sum("tax"),
      serviceFeeTotal: sum("serviceFee"),
      amountTotal: sum("totalAmount"),
    });

    // Another member cannot see this job.
    const other = await gql(
      "query($j: String!) { hometaxJob(jobId: $j) { jobId } }",
      { j: jobId },
      DEMO_KEYS.member2,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const otherRows = await gql(
      "query($j: String!) { hometaxCashbills(jobId: $j) { total } }",
      { j: jobId },
      DEMO_KEYS.member2,
    );
    expect(otherRows.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  }, 60_000);

  it("rejects a 4-month range and a bad JobID before any upstream call", async () => {
    sandbox().requests.clear();
    const long = await gql(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      {
        i: { service: "CASHBILL", direction: "SELL", from: "2026-01-01", to: "2026-05-01" },
      },
    );
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const bad of ["12345", "0251022100000000012", "02510221000000000X"]) {
      const r = await gql("query($j: String!) { hometaxJob(jobId: $j) { jobId } }", { j: bad });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(sandbox().requests.count({ host: "popbill" })).toBe(0);
  });

  it("supports the certificate path: popup URL, expiry, and readiness warning before it runs out", async () => {
    const popup = await gql<{ hometaxCertificatePopupUrl: { url: string; expiresAt: string } }>(
      "{ hometaxCertificatePopupUrl(service: TAXINVOICE) { url expiresAt } }",
    );
    expect(popup.errors).toBeUndefined();
    expect(popup.data!.hometaxCertificatePopupUrl.url).toMatch(/^http/);
    sandbox().hometax.registerCertificate("1234567890", "Taxinvoice", Date.now() + 10 * 86_400_000);
    const ready = await gql<{
      hometaxReadiness: { status: string; method: string; certificateDaysLeft: number };
    }>("{ hometaxReadiness(service: TAXINVOICE) { status method certificateDaysLeft } }");
    expect(ready.errors).toBeUndefined();
    expect(ready.data!.hometaxReadiness).toMatchObject({
      status: "CERTIFICATE_EXPIRING",
      method: "CERTIFICATE",
    });
    const auth = await gql<{
      hometaxAuth: { certificateRegistered: boolean; certificateExpiresAt: string };
    }>("{ hometaxAuth(service: TAXINVOICE) { certificateRegistered certificateExpiresAt } }");
    expect(auth.data!.hometaxAuth.certificateRegistered).toBe(true);
    const job = await gql<{ requestHometaxJob: { jobId: string } }>(
      "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
      {
        i: {
          service: "TAXINVOICE",
          direction: "BUY",
          dateType: "WRITE",
          from: isoDay(30),
          to: isoDay(1),
        },
      },
    );
    expect(job.errors).toBeUndefined();
    expect(job.data!.requestHometaxJob.jobId).toMatch(/^\d{18}$/);
  });
});
