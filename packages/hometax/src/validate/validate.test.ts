import { InputError } from "@korbill/core-domain";
import type { EventLog } from "@korbill/core-events";
import { describe, expect, it } from "vitest";
import { createHometaxClient } from "../client/client.js";
import { HometaxDateType, HometaxDirection, HometaxService } from "../enums.js";
import type { HometaxJobRequestFields } from "../map/inputs.js";
import { HometaxResultService } from "../service/results.js";
import { HometaxJobService } from "../service/job-service.js";
import type { HometaxJobStore } from "../store/store.js";
import { forbiddenPopbill, scripted } from "../testing/fake-popbill.js";
import { validateDeptUser } from "./dept-user.js";
import { addMonths } from "./rules.js";

const CORP = "1234567890";
const JOB = "025102210000000001";

/** Anything touched on it fails the test: validation must finish before store or log. */
function untouchable<T>(name: string): T {
  return new Proxy(
    {},
    {
      get: (_t, prop) => {
        throw new Error(`${name}.${String(prop)} was used before validation finished`);
      },
    },
  ) as T;
}

/** The injected clock: 2027-06-01 00:00 KST, still May 31 in UTC. */
const NOW = Date.parse("2027-06-01T00:00:00+09:00");

function services() {
  const fake = forbiddenPopbill();
  const client = createHometaxClient({ popbill: fake.popbill });
  const jobs = new HometaxJobService(
    untouchable<HometaxJobStore>("store"),
    client,
    untouchable<EventLog>("events"),
    undefined,
    () => NOW,
  );
  return { jobs, results: new HometaxResultService(jobs, client), requests: fake.requests };
}

const cash = (patch: Partial<HometaxJobRequestFields>): HometaxJobRequestFields => ({
  service: HometaxService.CASHBILL,
  direction: HometaxDirection.SELL,
  from: "2026-01-01",
  to: "2026-03-31",
  ...patch,
});
const tax = (patch: Partial<HometaxJobRequestFields>): HometaxJobRequestFields =>
  cash({ service: HometaxService.TAXINVOICE, dateType: HometaxDateType.WRITE, ...patch });

type Run = (s: ReturnType<typeof services>) => Promise<unknown>;
const request =
  (input: HometaxJobRequestFields): Run =>
  (s) =>
    s.jobs.request({ ...input, corpNum: CORP, keyId: "key_1" });
const cashPage =
  (paging: object, filters?: object, jobId = JOB): Run =>
  (s) =>
    s.results.cashbills({ corpNum: CORP }, jobId, filters as never, paging);
const taxPage =
  (filters: object, paging: object = {}): Run =>
  (s) =>
    s.results.taxinvoices({ corpNum: CORP }, JOB, filters as never, paging);
const deptUser =
  (input: object): Run =>
  async () =>
    validateDeptUser(input as never);

const CASES: [string, Run, string[]][] = [
  [
    "a 4-month cash-receipt range",
    request(cash({ from: "2026-01-01", to: "2026-05-01" })),
    ["input.to"],
  ],
  ["3 months and a day", request(cash({ from: "2026-01-01", to: "2026-04-02" })), ["input.to"]],
  [
    "3 months and a day from a month end (Nov 30 -> Mar 1)",
    request(tax({ from: "2026-11-30", to: "2027-03-01" })),
    ["input.to"],
  ],
  ["from after to", request(cash({ from: "2026-03-02", to: "2026-03-01" })), ["input.to"]],
  ["from not a real day (Feb 30)", request(cash({ from: "2026-02-30" })), ["input.from"]],
  ["to in upstream format", request(cash({ to: "20260331" })), ["input.to"]],
  [
    "TRUSTEE on cash receipts",
    request(cash({ direction: HometaxDirection.TRUSTEE })),
    ["input.direction"],
  ],
  [
    "dateType on cash receipts",
    request(cash({ dateType: HometaxDateType.ISSUE })),
    ["input.dateType"],
  ],
  ["a tax-invoice request without dateType", request(tax({ dateType: null })), ["input.dateType"]],
  [
    "an unknown direction",
    request(cash({ direction: "SIDEWAYS" as HometaxDirection })),
    ["input.direction"],
  ],
  [
    "an unknown dateType",
    request(tax({ dateType: "PAID" as HometaxDateType })),
    ["input.dateType"],
  ],
  [
    "an unknown service",
    request(cash({ service: "RECEIPTS" as HometaxService })),
    ["input.service"],
  ],
  [
    "every problem of a request at once",
    request(
      cash({
        direction: HometaxDirection.TRUSTEE,
        dateType: HometaxDateType.SEND,
        to: "2026-09-01",
      }),
    ),
    ["input.direction", "input.dateType", "input.to"],
  ],
  ["a 17-digit JobID", (s) => s.jobs.job(CORP, "02510221000000001"), ["jobId"]],
  ["a 19-digit JobID", (s) => s.jobs.job(CORP, "0251022100000000012"), ["jobId"]],
  ["a JobID with a letter", (s) => s.jobs.job(CORP, "02510221000000000A"), ["jobId"]],
  ["an empty JobID", (s) => s.jobs.job(CORP, ""), ["jobId"]],
  [
    "a bad JobID on a summary",
    (s) => s.results.taxinvoiceSummary({ corpNum: CORP }, "12345", null),
    ["jobId"],
  ],
  ["page 0", cashPage({ page: 0 }), ["page"]],
  ["page 1.5", cashPage({ page: 1.5 }), ["page"]],
  ["perPage 0", cashPage({ perPage: 0 }), ["perPage"]],
  ["perPage 1001", cashPage({ perPage: 1001 }), ["perPage"]],
  ["an unknown order", cashPage({ order: "NEWEST" }), ["order"]],
  ["an unknown trade type", cashPage({}, { tradeTypes: ["REFUND"] }), ["filters.tradeTypes.0"]],
  [
    "trade usages not a list",
    cashPage({}, { tradeUsages: "INCOME_DEDUCTION" }),
    ["filters.tradeUsages"],
  ],
  ["an unknown tax type", taxPage({ taxTypes: ["TAXABLE", "VAT"] }), ["filters.taxTypes.1"]],
  [
    "a branch number that is not 4 digits",
    taxPage({ taxRegIdParty: "SELLER", taxRegIds: ["12a4"] }),
    ["filters.taxRegIds.0"],
  ],
  [
    "branch numbers without their party",
    taxPage({ taxRegIds: ["0001"] }),
    ["filters.taxRegIdParty"],
  ],
  [
    "branch numbers with hasTaxRegId false",
    taxPage({ taxRegIdParty: "BUYER", taxRegIds: ["0001"], hasTaxRegId: false }),
    ["filters.hasTaxRegId"],
  ],
  [
    "a 101-character search string",
    taxPage({ searchString: "가".repeat(101) }),
    ["filters.searchString"],
  ],
  [
    "JobID, filters and paging together",
    cashPage({ perPage: 5000 }, { tradeTypes: ["X"] }, "1"),
    ["jobId", "filters.tradeTypes.0", "perPage"],
  ],
  [
    "an unknown service for active jobs",
    (s) => s.jobs.activeJobs(CORP, "ALL" as HometaxService),
    ["service"],
  ],
  ["an empty department-user ID", deptUser({ id: "", password: "pw" }), ["id"]],
  ["an empty password", deptUser({ id: "dept01", password: "" }), ["password"]],
  ["a blank password", deptUser({ id: "dept01", password: "   " }), ["password"]],
  ["a 51-character ID", deptUser({ id: "a".repeat(51), password: "pw" }), ["id"]],
  ["an ID with a space", deptUser({ id: "dept 01", password: "pw" }), ["id"]],
  [
    "a password with a control character",
    deptUser({ id: "dept01", password: "pw\n" }),
    ["password"],
  ],
  [
    "a crawl ending tomorrow (KST)",
    request(cash({ from: "2027-05-01", to: "2027-06-02" })),
    ["input.to"],
  ],
  [
    "a crawl entirely in the future",
    request(cash({ from: "2027-07-01", to: "2027-07-31" })),
    ["input.from", "input.to"],
  ],
  [
    "a direction with a NUL",
    request(cash({ direction: "SELL\u0000" as never })),
    ["input.direction", "input.direction"],
  ],
  ["an ID with an ESC", deptUser({ id: "dept\u001b01", password: "pw" }), ["id"]],
  [
    "a password with a bidi override",
    deptUser({ id: "dept01", password: "pw\u202E" }),
    ["password"],
  ],
  [
    "an identity number with letters",
    deptUser({ id: "dept01", password: "pw", identityNum: "90010A" }),
    ["identityNum"],
  ],
];

describe("validation before any upstream call", () => {
  it("covers at least 25 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(25));

  it.each(CASES)("refuses %s with BAD_USER_INPUT and sends nothing", async (_name, run, paths) => {
    const s = services();
    const error = await run(s).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("BAD_USER_INPUT");
    expect((error as InputError).problems.map((p) => p.path)).toEqual(paths);
    expect(s.requests).toHaveLength(0);
  });

  it("never repeats the password or identity number in a message", () => {
    const password = "p".repeat(40) + "-Secret-0123";
    const error = (() => {
      try {
        validateDeptUser({ id: "", password, identityNum: "99x99-SECRET" });
      } catch (e) {
        return e as InputError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(JSON.stringify({ m: error!.message, d: error!.details })).not.toMatch(/Secret|SECRET/);
  });
});

describe("boundaries that pass", () => {
  it.each([
    [
      "exactly 3 months",
      cash({ from: "2026-01-01", to: "2026-04-01" }),
      "SDate=20260101&EDate=20260401",
    ],
    [
      "Nov 30 to Feb 28 (month end clamped)",
      cash({ from: "2026-11-30", to: "2027-02-28" }),
      "SDate=20261130&EDate=20270228",
    ],
    [
      "a single day",
      cash({ from: "2026-02-28", to: "2026-02-28" }),
      "SDate=20260228&EDate=20260228",
    ],
    [
      "up to today in KST (still yesterday in UTC)",
      cash({ from: "2027-05-01", to: "2027-06-01" }),
      "SDate=20270501&EDate=20270601",
    ],
  ])("accepts %s and sends it", async (_name, input, query) => {
    const fake = scripted({ jobID: JOB });
    const client = createHometaxClient({ popbill: fake.popbill });
    const store = {
      insert: async (row: object) => ({ ...row, stage: "test" }),
    } as unknown as HometaxJobStore;
    const events = { append: async () => null } as unknown as EventLog;
    await new HometaxJobService(store, client, events, undefined, () => NOW).request({
      ...input,
      corpNum: CORP,
      keyId: "key_1",
    });
    expect(fake.requests[0]!.path).toBe(`/HomeTax/Cashbill/SELL?${query}`);
  });

  it("adds calendar months clamped to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-11-30", 3)).toBe("2029-02-28");
    expect(addMonths("2027-11-29", 3)).toBe("2028-02-29");
    expect(addMonths("2026-10-15", 3)).toBe("2027-01-15");
  });

  it("accepts a department user with an identity number", () => {
    expect(() =>
      validateDeptUser({ id: "dept01", password: "pa ss!", identityNum: "900101-1" }),
    ).not.toThrow();
  });
});
