import "reflect-metadata";
import {
  type ExecutionResult,
  type GraphQLSchema,
  graphql,
  parse,
  printSchema,
  subscribe,
} from "graphql";
import { type PubSub, buildSchema } from "type-graphql";
import { InputError, NotFoundError } from "@korbill/core-domain";
import { type PopbillRequest, UpstreamError } from "@korbill/core-upstream";
import { type Tenant } from "@korbill/core-tenancy";
import { authChecker } from "@korbill/core-tenancy/graphql";
import {
  EventLog,
  coreEventsMigrations,
  createMemoryBus,
  encodeCursor,
} from "@korbill/core-events";
import { openTestDatabase } from "@korbill/core-events/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hometaxMigrations } from "../store/migrations.js";
import { createHometaxServices } from "../services.js";
import {
  AUTH_INFO_MISSING,
  LOGIN_FAILED,
  type FakeRoute,
  fakePopbill,
} from "../testing/fake-popbill.js";
import type { HometaxContext } from "./context.js";
import { hometaxResolvers } from "./index.js";

const CORP = "1234567890";
const OTHER = "9876543210";
const NOW = Date.parse("2026-11-23T10:00:00+09:00");
const PASSWORD = "Wr0ng-Pa55!";

// As the gateway builds it: every subscription brings its own `subscribe` (event log).
const unusedPubSub: PubSub = {
  publish: () => {
    throw new Error("not used");
  },
  subscribe: () => {
    throw new Error("not used");
  },
};
const schema: GraphQLSchema = await buildSchema({
  resolvers: hometaxResolvers,
  authChecker,
  authMode: "error",
  validate: false,
  pubSub: unusedPubSub,
});

function tenant(corpNum: string): Tenant {
  return {
    keyId: `key_${corpNum}`,
    kind: "member",
    name: corpNum,
    stage: "test",
    corpNums: [corpNum],
    userId: null,
  };
}

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let route: FakeRoute;
let now: number;
const fake = fakePopbill((r) => route(r));
let services: ReturnType<typeof createHometaxServices>;
let events: EventLog;

beforeAll(async () => {
  db = await openTestDatabase("sqlite", [...coreEventsMigrations, ...hometaxMigrations]);
  events = new EventLog(db, "test", createMemoryBus(), () => now);
  services = createHometaxServices({ popbill: fake.popbill, db: db.db, events, now: () => now });
});
afterAll(async () => {
  await db.dispose();
});
beforeEach(() => {
  now = NOW;
  route = () => ({ code: 1, message: "ok" });
  fake.requests.length = 0;
});

function context(corpNum = CORP): HometaxContext {
  return {
    tenant: tenant(corpNum),
    stage: "test",
    requestId: "req-1",
    events,
    ...services,
  };
}

async function run(source: string, variables: Record<string, unknown> = {}, corpNum = CORP) {
  return graphql({ schema, source, variableValues: variables, contextValue: context(corpNum) });
}

function errorOf(result: ExecutionResult) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!.originalError;
}

const byPath =
  (routes: Record<string, () => unknown>): FakeRoute =>
  (r: PopbillRequest) => {
    const path = r.path.split("?")[0]!;
    const key = Object.keys(routes).find((suffix) => path.endsWith(suffix));
    if (!key) throw new Error(`unexpected ${r.method} ${r.path}`);
    return routes[key]!();
  };

describe("the HomeTax schema", () => {
  const sdl = printSchema(schema);

  it("has every operation with its arguments", () => {
    for (const line of [
      "hometaxAuth(",
      "hometaxCertificatePopupUrl(",
      "hometaxReadiness(",
      "hometaxJob(",
      "hometaxActiveJobs(",
      "hometaxCashbills(",
      "hometaxCashbillSummary(",
      "hometaxTaxinvoices(",
      "hometaxTaxinvoiceSummary(",
      "registerHometaxDeptUser(",
      "deleteHometaxDeptUser(",
      "checkHometaxDeptUserLogin(",
      "requestHometaxJob(",
      "hometaxJobEvents(",
      "hometaxFlatRate(",
      "hometaxFlatRatePopupUrl(",
      "hometaxTaxinvoiceDetail(",
      "hometaxTaxinvoiceXml(",
      "hometaxTaxinvoiceViewUrl(",
      "hometaxTaxinvoicePrintUrl(",
    ])
      expect(sdl).toContain(line);
    expect(sdl).toMatch(/perPage: Int = 500/);
    expect(sdl).toMatch(/enum HometaxDirection {\s+"""[^"]+"""\s+SELL/);
    expect(sdl).toContain("supplyCostTotal: SafeInt");
  });

  it("explains both authentication methods and their trade-off", () => {
    expect(sdl).toMatch(/department user \(부서사용자\), recommended: free/);
    expect(sdl).toMatch(
      /read-only \(safer\),\s+semi-permanent \(no yearly renewal\), and several logins may be active at once/,
    );
    expect(sdl).toMatch(
      /joint certificate \(공동인증서\)[\s\S]*costs money, must be renewed and registered\s+again every year, and allows one login at a time/,
    );
  });

  it("gives each named HomeTax refusal its own code", () => {
    // Every mention of a message has its own code as the nearest code, before or after it.
    const codes = [...sdl.matchAll(/-111000\d\d/g)];
    const nearest = (message: string) =>
      [...sdl.matchAll(new RegExp(`'${message}'`, "g"))].map((m) => {
        const distance = (c: RegExpMatchArray) =>
          c.index! > m.index! ? c.index! - (m.index! + m[0].length) : m.index! - c.index!;
        return codes.reduce((best, c) => (distance(c) < distance(best) ? c : best))[0];
      });
    const missing = nearest("The information of HomeTax Authentication does not exist");
    const failed = nearest("Failed login HomeTax");
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing)).toEqual(new Set(["-11100025"]));
    expect(new Set(failed)).toEqual(new Set(["-11100001"]));
  });
});

describe("authentication operations", () => {
  it("answers hometaxAuth from CheckDeptUser and CertInfo, each asked once", async () => {
    route = byPath({
      "/DeptUser": () => ({ code: 1, message: "registered" }),
      "/CertInfo": () => ({ certificateExpiration: "20270611235959" }),
    });
    const r = await run(
      `{ hometaxAuth(service: TAXINVOICE) { service methods deptUserRegistered certificateRegistered certificateExpiresAt } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.hometaxAuth).toEqual({
      service: "TAXINVOICE",
      methods: ["DEPT_USER", "CERTIFICATE"],
      deptUserRegistered: true,
      certificateRegistered: true,
      certificateExpiresAt: "2027-06-11T23:59:59+09:00",
    });
    expect(fake.requests.map((q) => q.path).sort()).toEqual([
      "/HomeTax/Taxinvoice/CertInfo",
      "/HomeTax/Taxinvoice/DeptUser",
    ]);
  });

  it("reports nothing registered when POPBiLL says the information does not exist", async () => {
    route = byPath({ "/DeptUser": AUTH_INFO_MISSING, "/CertInfo": AUTH_INFO_MISSING });
    const r = await run(
      `{ hometaxAuth(service: CASHBILL) { methods certificateValid certificateExpiresAt } }`,
    );
    expect(r.data!.hometaxAuth).toEqual({
      methods: [],
      certificateValid: null,
      certificateExpiresAt: null,
    });
  });

  it("returns the certificate popup with an expiry 30 s ahead", async () => {
    route = () => ({ url: "https://popbill.example/cert" });
    const r = await run(`{ hometaxCertificatePopupUrl(service: CASHBILL) { url expiresAt } }`);
    expect(r.data!.hometaxCertificatePopupUrl).toEqual({
      url: "https://popbill.example/cert",
      expiresAt: "2026-11-23T10:00:30+09:00",
    });
    expect(fake.requests[0]!.path).toBe("/HomeTax/Cashbill?TG=CERT");
  });

  it("surfaces 'Failed login HomeTax' from registerHometaxDeptUser with its code, never the password", async () => {
    route = LOGIN_FAILED;
    const r = await run(
      `mutation($pw: String!) { registerHometaxDeptUser(service: CASHBILL, id: "dept01", password: $pw) { service } }`,
      { pw: PASSWORD },
    );
    const error = errorOf(r);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: -11100001, message: "Failed login HomeTax" });
    expect(JSON.stringify(r)).not.toContain(PASSWORD);
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/HomeTax/Cashbill/DeptUser",
      body: { id: "dept01", pwd: PASSWORD },
    });
  });

  it("registers a department user and answers the refreshed view", async () => {
    route = byPath({ "/DeptUser": () => ({ code: 1, message: "ok" }) });
    const r = await run(
      `mutation { registerHometaxDeptUser(service: TAXINVOICE, id: "dept01", password: "pw", identityNum: "900101-1") { deptUserRegistered } }`,
    );
    expect(r.data!.registerHometaxDeptUser).toEqual({ deptUserRegistered: true });
    expect(fake.requests[0]!.body).toEqual({ id: "dept01", pwd: "pw", secAuth: "9001011" });
  });

  it("refuses a blank password with BAD_USER_INPUT and sends nothing", async () => {
    const r = await run(
      `mutation { registerHometaxDeptUser(service: CASHBILL, id: "dept01", password: "  ") { service } }`,
    );
    expect(errorOf(r)).toBeInstanceOf(InputError);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ["Failed login HomeTax", -11100001, LOGIN_FAILED],
    ["The information of HomeTax Authentication does not exist", -11100025, AUTH_INFO_MISSING],
  ])("checkHometaxDeptUserLogin surfaces '%s' (%i)", async (message, code, failure) => {
    route = failure;
    const r = await run(`mutation { checkHometaxDeptUserLogin(service: CASHBILL) { ok } }`);
    expect(errorOf(r)).toMatchObject({ code, message });
    expect(fake.requests[0]!.path).toBe("/HomeTax/Cashbill/DeptUser/Check");
  });

  it("deletes the department user with override DELETE", async () => {
    const r = await run(`mutation { deleteHometaxDeptUser(service: TAXINVOICE) { service } }`);
    expect(r.errors).toBeUndefined();
    expect(fake.requests[0]).toMatchObject({
      method: "POST",
      path: "/HomeTax/Taxinvoice/DeptUser",
      override: "DELETE",
    });
  });

  it("answers hometaxReadiness with status, method and advice", async () => {
    route = byPath({
      "/DeptUser": () => ({ code: 1, message: "registered" }),
      "/CertInfo": AUTH_INFO_MISSING,
      "/DeptUser/Check": LOGIN_FAILED,
      "/Contract": () => ({ state: 1 }),
    });
    const r = await run(
      `{ hometaxReadiness(service: CASHBILL) { status method advice problemCode } }`,
    );
    expect(r.data!.hometaxReadiness).toMatchObject({
      status: "LOGIN_FAILING",
      method: "DEPT_USER",
      problemCode: -11100001,
    });
  });

  it("refuses to act for a member the key is not bound to", async () => {
    const r = await run(`{ hometaxAuth(service: CASHBILL, corpNum: "${OTHER}") { service } }`);
    expect(errorOf(r)).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("jobs and results", () => {
  let jobId: string;
  let counter = 0;

  async function requestJob(corpNum = CORP) {
    const id = `02511231000001${String(++counter).padStart(4, "0")}`;
    route = () => ({ jobID: id });
    const r = await run(
      `mutation { requestHometaxJob(input: { service: CASHBILL, direction: SELL, from: "2026-09-01", to: "2026-11-23" }) { jobId status jobState expiresAt tracked } }`,
      {},
      corpNum,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.requestHometaxJob as { jobId: string; status: string; expiresAt: string };
  }

  beforeEach(async () => {
    jobId = (await requestJob()).jobId;
    fake.requests.length = 0;
  });

  it("requests a job and shows it", async () => {
    const r = await run(
      `query($id: String!) { hometaxJob(jobId: $id) { jobId status jobState expiresAt direction from to tracked } }`,
      { id: jobId },
    );
    expect(r.data!.hometaxJob).toEqual({
      jobId,
      status: "PENDING",
      jobState: "PENDING",
      expiresAt: "2026-11-23T11:00:00+09:00",
      direction: "SELL",
      from: "2026-09-01",
      to: "2026-11-23",
      tracked: true,
    });
  });

  it("refuses TRUSTEE cash-receipt jobs with BAD_USER_INPUT and sends nothing", async () => {
    const r = await run(
      `mutation { requestHometaxJob(input: { service: CASHBILL, direction: TRUSTEE, from: "2026-09-01", to: "2026-09-30" }) { jobId } }`,
    );
    const error = errorOf(r) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.problems.map((p) => p.path)).toEqual(["input.direction"]);
    expect(fake.requests).toHaveLength(0);
  });

  it("answers NOT_FOUND for another member's job, over queries and the subscription", async () => {
    const q = await run(
      `query($id: String!) { hometaxJob(jobId: $id) { jobId } }`,
      { id: jobId },
      OTHER,
    );
    expect(errorOf(q)).toBeInstanceOf(NotFoundError);
    const sub = await subscribe({
      schema,
      document: parse(`subscription($id: String) { hometaxJobEvents(jobId: $id) { type } }`),
      variableValues: { id: jobId },
      contextValue: context(OTHER),
    });
    expect("errors" in sub && sub.errors?.[0]?.originalError).toBeInstanceOf(NotFoundError);
    expect(fake.requests).toHaveLength(0);
  });

  it("streams REQUESTED, PROGRESS and COMPLETED for one job, then serves its results", async () => {
    const other = (await requestJob()).jobId;
    const sub = (await subscribe({
      schema,
      document: parse(
        `subscription($id: String, $after: String) { hometaxJobEvents(jobId: $id, after: $after) { cursor type jobId service status jobState errorCode collectCount at } }`,
      ),
      variableValues: { id: jobId, after: encodeCursor(0) },
      contextValue: context(),
    })) as AsyncIterableIterator<ExecutionResult>;
    const states = [
      { jobState: "2", collectCount: 5 },
      { jobState: "3", errorCode: 1, collectCount: 9 },
    ];
    // Jobs of earlier tests share the database: only this job moves.
    route = (r) => {
      const polled = r.path.split("/")[3];
      if (polled !== jobId) return { jobID: polled, jobState: "1", collectCount: 0 };
      return {
        jobID: polled,
        errorReason: "",
        ...(states.length > 1 ? states.shift() : states[0]),
      };
    };
    now += 3_000;
    await services.workers[0]!.tick();
    now += 3_000;
    await services.workers[0]!.tick();
    const seen: Record<string, unknown>[] = [];
    for (let i = 0; i < 3; i++) {
      const next = await sub.next();
      seen.push((next.value as ExecutionResult).data!.hometaxJobEvents as Record<string, unknown>);
    }
    await sub.return?.();
    expect(seen.map((e) => [e.type, e.jobId, e.status, e.jobState, e.collectCount])).toEqual([
      ["REQUESTED", jobId, "PENDING", "PENDING", 0],
      ["PROGRESS", jobId, "PROCESSING", "PROCESSING", 5],
      ["COMPLETED", jobId, "COMPLETED", "FINISHED", 9],
    ]);
    expect(seen.every((e) => e.jobId !== other)).toBe(true);
    expect(seen[2]).toMatchObject({
      errorCode: 1,
      at: "2026-11-23T10:00:06+09:00",
      service: "CASHBILL",
    });

    route = byPath({
      [`/${jobId}`]: () => ({
        code: 1,
        total: 1,
        perPage: 2,
        pageNum: 1,
        pageCount: 1,
        list: [
          {
            ntsconfirmNum: "TB0000178",
            tradeDT: "20261105143000",
            tradeType: "승인거래",
            tradeUsage: "지출증빙용",
            supplyCost: "10000",
            tax: "1000",
            serviceFee: "0",
            totalAmount: "11000",
            invoiceType: "매출",
            deductionType: 1,
          },
        ],
      }),
      "/Summary": () => ({
        count: 1,
        supplyCostTotal: 3_000_000_000,
        taxTotal: 1000,
        serviceFeeTotal: 0,
        amountTotal: 3_000_001_000,
      }),
    });
    const results = await run(
      `query($id: String!) {
        hometaxCashbills(jobId: $id, filters: { tradeUsages: [EXPENSE_PROOF] }, perPage: 2, order: ASCENDING) {
          total page perPage pageCount items { ntsConfirmNum tradeDate tradeAt tradeType tradeUsage direction supplyCost totalAmount deductible }
        }
        hometaxCashbillSummary(jobId: $id) { count supplyCostTotal amountTotal }
      }`,
      { id: jobId },
    );
    expect(results.errors).toBeUndefined();
    expect(results.data).toEqual({
      hometaxCashbills: {
        total: 1,
        page: 1,
        perPage: 2,
        pageCount: 1,
        items: [
          {
            ntsConfirmNum: "TB0000178",
            tradeDate: "2026-11-05",
            tradeAt: "2026-11-05T14:30:00+09:00",
            tradeType: "APPROVAL",
            tradeUsage: "EXPENSE_PROOF",
            direction: "SELL",
            supplyCost: 10000,
            totalAmount: 11000,
            deductible: true,
          },
        ],
      },
      hometaxCashbillSummary: {
        count: 1,
        supplyCostTotal: 3_000_000_000,
        amountTotal: 3_000_001_000,
      },
    });
    expect(
      fake.requests
        .filter((r) => r.method === "GET" && !r.path.endsWith("/State"))
        .map((r) => r.path),
    ).toEqual([
      `/HomeTax/Cashbill/${jobId}?TradeType=&TradeUsage=C&Page=1&PerPage=2&Order=A`,
      `/HomeTax/Cashbill/${jobId}/Summary?TradeType=`,
    ]);
  });

  it("answers a failed crawl's query with the crawl's error code", async () => {
    route = (r) =>
      r.path.endsWith("/State")
        ? {
            jobID: jobId,
            jobState: 3,
            errorCode: -11100001,
            errorReason: "Failed login HomeTax",
            collectCount: 0,
          }
        : {};
    const r = await run(`query($id: String!) { hometaxCashbillSummary(jobId: $id) { count } }`, {
      id: jobId,
    });
    expect(errorOf(r)).toMatchObject({ code: -11100001, message: "Failed login HomeTax" });
    expect(fake.requests.map((q) => q.path)).toEqual([`/HomeTax/Cashbill/${jobId}/State`]);
  });

  it("refuses perPage 1001 with BAD_USER_INPUT and sends nothing", async () => {
    const r = await run(
      `query($id: String!) { hometaxTaxinvoices(jobId: $id, perPage: 1001) { total } }`,
      { id: jobId },
    );
    expect(errorOf(r)).toBeInstanceOf(InputError);
    expect(fake.requests).toHaveLength(0);
  });

  it("lists active jobs", async () => {
    route = () => [
      { jobID: jobId, jobState: "1", queryType: "매출", regDT: "20261123100000", collectCount: 0 },
    ];
    const r = await run(`{ hometaxActiveJobs(service: CASHBILL) { jobId tracked status } }`);
    expect(r.data!.hometaxActiveJobs).toEqual([{ jobId, tracked: true, status: "PENDING" }]);
    expect(fake.requests[0]!.path).toBe("/HomeTax/Cashbill/JobList");
  });
});

describe("crawled tax-invoice documents and the flat rate", () => {
  it("validates the NTS confirm number before any call", async () => {
    let called = 0;
    route = () => {
      called++;
      return {};
    };
    for (const bad of ["", "123", "1".repeat(25), "12345678901234567890123!"]) {
      const r = await run(`query($n: String!) { hometaxTaxinvoiceXml(ntsConfirmNum: $n) }`, {
        n: bad,
      });
      expect(errorOf(r)).toMatchObject({ code: "BAD_USER_INPUT" });
    }
    expect(called).toBe(0);
  });

  it("maps the detail and sends the SDK's paths", async () => {
    const n = "202611234112345626112301";
    const paths: string[] = [];
    route = (r: PopbillRequest) => {
      paths.push(r.path);
      if (r.path.endsWith("/PopUp") || r.path.endsWith("/Print")) return { url: "http://x/p" };
      return {
        ntsconfirmNum: n,
        writeDate: "20261123",
        issueDT: "20261123100000",
        taxType: "과세",
        purposeType: "영수",
        invoicerCorpNum: "1234567890",
        invoicerCorpName: "데모상사",
        supplyCostTotal: "10000",
        taxTotal: "1000",
        totalAmount: "11000",
        remark1: "비고",
        remark2: "",
        detailList: [
          { serialNum: 1, purchaseDT: "20261123", itemName: "품목", supplyCost: "10000" },
        ],
      };
    };
    const r = await run(
      `query($n: String!) {
        hometaxTaxinvoiceDetail(ntsConfirmNum: $n) { ntsConfirmNum issuedAt taxType totalAmount remarks invoicer { corpName } items { serialNum purchaseDate supplyCost } }
        hometaxTaxinvoiceViewUrl(ntsConfirmNum: $n) { url expiresAt }
        hometaxTaxinvoicePrintUrl(ntsConfirmNum: $n) { url }
      }`,
      { n },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.hometaxTaxinvoiceDetail).toEqual({
      ntsConfirmNum: n,
      issuedAt: "2026-11-23T10:00:00+09:00",
      taxType: "TAXABLE",
      totalAmount: 11000,
      remarks: ["비고"],
      invoicer: { corpName: "데모상사" },
      items: [{ serialNum: 1, purchaseDate: "2026-11-23", supplyCost: 10000 }],
    });
    expect(paths.sort()).toEqual(
      [
        `/HomeTax/Taxinvoice/${n}`,
        `/HomeTax/Taxinvoice/${n}/PopUp`,
        `/HomeTax/Taxinvoice/${n}/Print`,
      ].sort(),
    );
  });
});
