import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_MEMBERS,
  REFUSED_IDENTITY_SUFFIX,
  type Sandbox,
  createSandbox,
} from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import { demoReceipt } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

/**
 * Submission history (issue 21 point 2): `bulkSubmissions` pages a member's bulks newest
 * first with filters, `bulkDaySummary` totals a day; both from korbill's records, tenant-scoped,
 * against the real sandbox over real sockets.
 */
const MEMBER = DEMO_MEMBERS[0].corpNum;
const MEMBER2 = DEMO_MEMBERS[1].corpNum;
const UNIT_COST = 7;

const SUBMIT = `mutation($submitId: String!, $cashbills: [CashbillInput!]!) {
  bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) { submitId submittedAt }
}`;
const PAGE = `query($from: String!, $to: String!, $state: BulkState, $failuresOnly: Boolean,
  $first: Int, $after: String, $corpNum: String) {
  bulkSubmissions(from: $from, to: $to, state: $state, failuresOnly: $failuresOnly,
    first: $first, after: $after, corpNum: $corpNum) {
    nodes { submitId state submitCount successCount failCount submittedAt }
    endCursor
    hasNextPage
  }
}`;
const SUMMARY = `query($date: String!, $corpNum: String) {
  bulkDaySummary(date: $date, corpNum: $corpNum) {
    date corpNum submissions receipts issued refused pending filed filingFailed cancellations
    submissionsByState { RECORDED SUBMITTED RECONCILING PROCESSING COMPLETED FAILED }
    amounts { supplyCost tax serviceFee totalAmount }
    unitCost pointsSpent
  }
}`;
const BALANCE = `query { points { balance } }`;

interface Node {
  submitId: string;
  state: string;
  submitCount: number;
  successCount: number;
  failCount: number;
  submittedAt: string;
}
interface Page {
  bulkSubmissions: { nodes: Node[]; endCursor: string | null; hasNextPage: boolean };
}

/** Receipts of one bulk; those at `refused` indexes carry the sandbox's refusal trigger. */
function receipts(prefix: string, n: number, refused: number[] = []) {
  return Array.from({ length: n }, (_, i) => {
    const r = demoReceipt(`${prefix}-${i}`, i);
    return refused.includes(i) ? { ...r, identityNum: `0101234${REFUSED_IDENTITY_SUFFIX}` } : r;
  });
}

describe("bulk submission history and day summary (real gateway, real sandbox)", () => {
  let sandbox: Sandbox;
  let t: TestGateway;
  let today: string;
  const bulks = [
    { submitId: "HIST-A", cashbills: receipts("HA", 20) },
    { submitId: "HIST-B", cashbills: receipts("HB", 20, [2, 5, 11]) },
    { submitId: "HIST-C", cashbills: receipts("HC", 10) },
  ];
  let balanceBefore: number;

  async function ok<T>(query: string, variables: Record<string, unknown>, key: string) {
    const r = await t.gql<T>(query, variables, key);
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    return r.body.data!;
  }

  async function errorCode(query: string, variables: Record<string, unknown>, key: string) {
    const r = await t.gql(query, variables, key);
    expect(r.body.data?.bulkSubmissions ?? r.body.data?.bulkDaySummary ?? null).toBeNull();
    const err = r.body.errors?.[0];
    expect(JSON.stringify(err)).not.toMatch(/\.ts:|\.js:|node_modules|stack/);
    return err?.extensions?.code;
  }

  beforeAll(async () => {
    sandbox = createSandbox({
      settings: {
        bulkAcceptToProcessingMs: 100,
        bulkProcessingMs: 300,
        cashbillUnitCost: UNIT_COST,
      },
    });
    await sandbox.start();
    t = await startTestGateway({}, { sandbox, webhooks: false });
    balanceBefore = (await ok<{ points: { balance: number } }>(BALANCE, {}, DEMO_KEYS.member))
      .points.balance;
    // One after the other, so that their record times order them A < B < C.
    for (const b of bulks) {
      const d = await ok<{ bulkIssueCashbills: { submittedAt: string } }>(
        SUBMIT,
        b,
        DEMO_KEYS.member,
      );
      today = d.bulkIssueCashbills.submittedAt.slice(0, 10);
    }
    await ok(SUBMIT, { submitId: "HIST-OTHER", cashbills: receipts("HO", 5) }, DEMO_KEYS.member2);
    // Wait for every bulk to complete (the history's own answer, polled).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const p = await ok<Page>(PAGE, { from: today, to: today }, DEMO_KEYS.member);
      const done = p.bulkSubmissions.nodes.filter((n) => n.state === "COMPLETED").length;
      if (done === bulks.length) break;
      if (Date.now() > deadline) throw new Error(`bulks not completed: ${JSON.stringify(p)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 90_000);

  afterAll(async () => {
    await t?.close();
    await sandbox?.stop();
  });

  it("pages a day's submissions newest first through the cursor", async () => {
    const first = await ok<Page>(PAGE, { from: today, to: today, first: 2 }, DEMO_KEYS.member);
    expect(first.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual(["HIST-C", "HIST-B"]);
    expect(first.bulkSubmissions.hasNextPage).toBe(true);
    const second = await ok<Page>(
      PAGE,
      { from: today, to: today, first: 2, after: first.bulkSubmissions.endCursor },
      DEMO_KEYS.member,
    );
    expect(second.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual(["HIST-A"]);
    expect(second.bulkSubmissions.hasNextPage).toBe(false);
    const b = first.bulkSubmissions.nodes[1];
    expect(b).toMatchObject({
      state: "COMPLETED",
      submitCount: 20,
      successCount: 17,
      failCount: 3,
    });
    // The day before holds nothing.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const none = await ok<Page>(PAGE, { from: yesterday, to: yesterday }, DEMO_KEYS.member);
    expect(none.bulkSubmissions).toEqual({ nodes: [], endCursor: null, hasNextPage: false });
  });

  it("filters by state and to failures only", async () => {
    const failures = await ok<Page>(
      PAGE,
      { from: today, to: today, failuresOnly: true },
      DEMO_KEYS.member,
    );
    expect(failures.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual(["HIST-B"]);
    const completed = await ok<Page>(
      PAGE,
      { from: today, to: today, state: "COMPLETED" },
      DEMO_KEYS.member,
    );
    expect(completed.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual([
      "HIST-C",
      "HIST-B",
      "HIST-A",
    ]);
    const failed = await ok<Page>(
      PAGE,
      { from: today, to: today, state: "FAILED" },
      DEMO_KEYS.member,
    );
    expect(failed.bulkSubmissions.nodes).toEqual([]);
  });

  it("sums the day to what was issued, refused and charged", async () => {
    const { bulkDaySummary: s } = await ok<{ bulkDaySummary: Record<string, unknown> }>(
      SUMMARY,
      { date: today },
      DEMO_KEYS.member,
    );
    const issued = bulks.flatMap((b) =>
      b.cashbills.filter((c) => !c.identityNum.endsWith(REFUSED_IDENTITY_SUFFIX)),
    );
    const sum = (k: "supplyCost" | "tax" | "serviceFee" | "totalAmount") =>
      issued.reduce((a, c) => a + c[k], 0);
    expect(s).toEqual({
      date: today,
      corpNum: MEMBER,
      submissions: 3,
      receipts: 50,
      issued: 47,
      refused: 3,
      pending: 0,
      filed: expect.any(Number),
      filingFailed: 0,
      cancellations: 0,
      submissionsByState: {
        RECORDED: 0,
        SUBMITTED: 0,
        RECONCILING: 0,
        PROCESSING: 0,
        COMPLETED: 3,
        FAILED: 0,
      },
      amounts: {
        supplyCost: sum("supplyCost"),
        tax: sum("tax"),
        serviceFee: sum("serviceFee"),
        totalAmount: sum("totalAmount"),
      },
      unitCost: UNIT_COST,
      pointsSpent: 47 * UNIT_COST,
    });
    // The points the sandbox actually charged for the day are the same figure.
    const after = (await ok<{ points: { balance: number } }>(BALANCE, {}, DEMO_KEYS.member)).points
      .balance;
    expect(balanceBefore - after).toBe(s.pointsSpent);
  });

  it("keeps each member to its own submissions; a partner key names the member", async () => {
    const other = await ok<Page>(PAGE, { from: today, to: today }, DEMO_KEYS.member2);
    expect(other.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual(["HIST-OTHER"]);
    const summary2 = await ok<{ bulkDaySummary: { submissions: number; receipts: number } }>(
      SUMMARY.replace("unitCost pointsSpent", ""),
      { date: today },
      DEMO_KEYS.member2,
    );
    expect(summary2.bulkDaySummary).toMatchObject({ submissions: 1, receipts: 5 });
    expect(
      await errorCode(PAGE, { from: today, to: today, corpNum: MEMBER2 }, DEMO_KEYS.member),
    ).toBe("FORBIDDEN");
    expect(await errorCode(SUMMARY, { date: today, corpNum: MEMBER }, DEMO_KEYS.member2)).toBe(
      "FORBIDDEN",
    );
    const viaPartner = await ok<Page>(
      PAGE,
      { from: today, to: today, corpNum: MEMBER2 },
      DEMO_KEYS.partner,
    );
    expect(viaPartner.bulkSubmissions.nodes.map((n) => n.submitId)).toEqual(["HIST-OTHER"]);
    // A cursor of one member's page lists nothing of another's.
    const page = await ok<Page>(PAGE, { from: today, to: today, first: 1 }, DEMO_KEYS.member);
    const crossed = await ok<Page>(
      PAGE,
      { from: today, to: today, after: page.bulkSubmissions.endCursor },
      DEMO_KEYS.member2,
    );
    expect(crossed.bulkSubmissions.nodes.map((n) => n.submitId)).not.toContain("HIST-B");
    expect(await errorCode(PAGE, { from: today, to: today }, null as never)).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses bad ranges, page sizes and cursors with BAD_USER_INPUT, sending nothing upstream", async () => {
    sandbox.requests.clear();
    const key = DEMO_KEYS.member;
    const bad = [
      { from: "2026-12-08", to: "2026-12-07" },
      { from: "2026-11-01", to: "2026-12-02" },
      { from: "2026-02-30", to: "2026-03-01" },
      { from: "20261207", to: "2026-12-07" },
      { from: today, to: today, first: 101 },
      { from: today, to: today, first: 0 },
      { from: today, to: today, after: "not-a-cursor" },
    ];
    for (const v of bad)
      expect(await errorCode(PAGE, v, key), JSON.stringify(v)).toBe("BAD_USER_INPUT");
    expect(await errorCode(SUMMARY, { date: "2026-13-01" }, key)).toBe("BAD_USER_INPUT");
    // 31 days is the most one page spans.
    await ok<Page>(PAGE, { from: "2026-11-07", to: "2026-12-07" }, key);
    expect(sandbox.requests.count({ host: "popbill" })).toBe(0);
  });
});
