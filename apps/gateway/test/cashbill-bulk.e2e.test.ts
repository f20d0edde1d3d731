import { afterEach, describe, expect, it } from "vitest";
import { LOSE_REPLY, type Sandbox, createSandbox } from "@korbill/sandbox";
import { DEMO_KEYS } from "../src/local-stage.js";
import {
  BULK_MUTATION,
  DEMO_IDENTITY,
  countByType,
  demoReceipt,
  recordEvents,
  waitUntil,
  waitUntilAsync,
} from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const CORP = "1234567890";
const BULKS = 10;
const PER_BULK = 100;

/** 10 bulks of 100; every 50th receipt carries the sandbox's "filing fails" identity number. */
function bulks(run: string) {
  return Array.from({ length: BULKS }, (_, b) => ({
    submitId: `${run}-B${b}`,
    cashbills: Array.from({ length: PER_BULK }, (_, i) =>
      demoReceipt(
        `${run}-${b}-${i}`,
        i,
        i % 50 === 7 ? DEMO_IDENTITY.filingFails : DEMO_IDENTITY.ok,
      ),
    ),
  }));
}

async function fastSandbox(): Promise<Sandbox> {
  const sandbox = createSandbox({
    settings: {
      filingSchedule: "fast",
      fastFilingMs: 1_500,
      bulkAcceptToProcessingMs: 200,
      bulkProcessingMs: 800,
    },
  });
  await sandbox.start();
  return sandbox;
}

describe("bulk cash-receipt issuance end to end (real gateway, real sandbox, real sockets)", () => {
  let sandbox: Sandbox | undefined;
  let t: TestGateway | undefined;
  afterEach(async () => {
    await t?.close();
    await sandbox?.stop();
    t = undefined;
    sandbox = undefined;
  });

  async function runScenario(
    run: string,
    opts: { webhooks: boolean; faults?: boolean; env?: Record<string, string> },
    beforeCounting?: (sub: ReturnType<typeof recordEvents>, sandbox: Sandbox) => Promise<void>,
  ) {
    sandbox = await fastSandbox();
    t = await startTestGateway(
      { KORBILL_FILING_CHECK_MS: "1000", ...opts.env },
      { sandbox, webhooks: opts.webhooks },
    );
    const live = t.liveStarted();
    const sub = recordEvents(t.ws(DEMO_KEYS.member));
    await live;
    let lostBulkReplies = 0;
    if (opts.faults) {
      sandbox.faults.set({
        rate: 0.1,
        kinds: ["latency", "5xx", "drop", "timeout", "lost-reply"],
        latencyMs: 300,
        timeoutMs: 1_500,
        hosts: ["popbill", "auth"],
        seed: 42,
      });
      // On top of the random 10%: every third BULKISSUE is accepted but its reply is lost.
      let bulkIssues = 0;
      sandbox.before.push((request) => {
        if (request.override !== "BULKISSUE" || bulkIssues++ % 3 !== 1) return undefined;
        lostBulkReplies++;
        return LOSE_REPLY;
      });
    }
    const all = bulks(run);
    const replies = await Promise.all(all.map((b) => t!.gql(BULK_MUTATION, b, DEMO_KEYS.member)));
    for (const r of replies) expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();

    const expectedKeys = all.flatMap((b) => b.cashbills.map((c) => c.mgtKey)).sort();
    const filing = () =>
      sub.events.filter((e) => e.type === "NTS_FILED" || e.type === "NTS_FAILED");
    await waitUntil(
      () =>
        sub.events.filter((e) => e.type === "BULKRESULT").length >= 1000 && filing().length >= 1000,
      120_000,
      () => JSON.stringify(countByType(sub.events)),
    );
    // Nothing more may arrive: a quiet second in which a duplicate would show (it can only
    // miss one on a slow machine, never fail a correct run).
    await new Promise((r) => setTimeout(r, 1_000));
    await beforeCounting?.(sub, sandbox);
    const counts = countByType(sub.events);
    expect(counts.BULKRESULT).toBe(1000);
    expect((counts.NTS_FILED ?? 0) + (counts.NTS_FAILED ?? 0)).toBe(1000);
    expect(counts.NTS_FAILED).toBe(20);
    const bulkKeys = sub.events
      .filter((e) => e.type === "BULKRESULT")
      .map((e) => e.mgtKey)
      .sort();
    expect(bulkKeys).toEqual(expectedKeys);
    expect(
      filing()
        .map((e) => e.mgtKey)
        .sort(),
    ).toEqual(expectedKeys);
    expect(new Set(sub.events.map((e) => e.cursor)).size).toBe(sub.events.length);
    // Exactly once at the source: the sandbox issued each mgtKey once.
    for (const key of expectedKeys) expect(sandbox.cashbill.issuanceCount(CORP, key)).toBe(1);
    expect(sandbox.cashbill.duplicateIssuances()).toEqual([]);
    sub.dispose();
    return { sandbox, t, lostBulkReplies };
  }

  it("delivers 1,000 BULKRESULT and 1,000 filing events with webhooks on", async () => {
    const { sandbox: s } = await runScenario("WH", { webhooks: true }, async (sub, sandbox) => {
      // Results may arrive by poll before their webhook: let every webhook land, then check
      // that the late ones added nothing.
      await sandbox.webhooks.settled();
      expect(sandbox.webhooks.deliveries().length).toBeGreaterThanOrEqual(2000);
      // Each delivery was answered, so the late ones are filed; a quiet half second for
      // any event they (wrongly) added to reach the subscriber.
      await new Promise((r) => setTimeout(r, 500));
    });
    expect(s.webhooks.pending()).toHaveLength(0);
  }, 180_000);

  it("delivers the same with webhooks off (polling GetBulkResult and GetInfos only)", async () => {
    const { sandbox: s } = await runScenario("PO", { webhooks: false });
    expect(s.webhooks.deliveries()).toHaveLength(0);
    expect(
      s.requests.count({ host: "popbill", path: /^\/Cashbill\/BULK\/.+\/State$/ }),
    ).toBeGreaterThanOrEqual(10);
  }, 180_000);

  it("issues every receipt exactly once with 10% of upstream calls failing, lost BULKISSUE replies included", async () => {
    const { sandbox: s, lostBulkReplies } = await runScenario("FA", {
      webhooks: false,
      faults: true,
      // Poll fast so that many calls meet the faults.
      env: {
        KORBILL_BULK_POLL_MIN_MS: "200",
        KORBILL_BULK_POLL_MAX_MS: "400",
        KORBILL_FILING_CHECK_MS: "300",
      },
    });
    const { total, byKind } = s.faults.stats();
    const popbillCalls = s.requests.count({ host: "popbill" });
    console.log(
      `fault run: ${popbillCalls} POPBiLL calls, ${total} random faults ${JSON.stringify(byKind)}, ${lostBulkReplies} lost BULKISSUE replies`,
    );
    expect(total).toBeGreaterThan(0);
    expect(lostBulkReplies).toBeGreaterThanOrEqual(3);
  }, 240_000);

  it("answers one GetInfos call for 1,000 receipts in one query", async () => {
    sandbox = await fastSandbox();
    t = await startTestGateway({}, { sandbox });
    const all = bulks("DL");
    await Promise.all(all.map((b) => t!.gql(BULK_MUTATION, b, DEMO_KEYS.member)));
    const keys = all.flatMap((b) => b.cashbills.map((c) => c.mgtKey));
    await waitUntil(
      () => keys.every((k) => sandbox!.cashbill.issuanceCount(CORP, k) === 1),
      60_000,
      () => "issuance",
    );
    sandbox.requests.clear();
    const r = await t.gql<{ cashbills: { mgtKey: string; state: string }[] }>(
      "query($k: [String!]!) { cashbills(mgtKeys: $k) { mgtKey state confirmNum } }",
      { k: keys },
      DEMO_KEYS.member,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.cashbills).toHaveLength(1000);
    expect(sandbox.requests.count({ host: "popbill", path: "/Cashbill/States" })).toBe(1);

    // Issued upstream is not yet COMPLETED in korbill (results stay null until then): the
    // poll that learns it may be up to 5 s away.
    await waitUntilAsync(
      async () => {
        const s = await t!.gql<{ bulkSubmission: { state: string } }>(
          'query { bulkSubmission(submitId: "DL-B3") { state } }',
          {},
          DEMO_KEYS.member,
        );
        return s.body.data?.bulkSubmission.state === "COMPLETED";
      },
      60_000,
      () => "DL-B3 COMPLETED",
    );
    sandbox.requests.clear();
    const b = await t.gql<{
      bulkSubmission: { results: { cashbill: { state: string } | null }[] };
    }>(
      'query { bulkSubmission(submitId: "DL-B3") { state results { mgtKey cashbill { state confirmNum } } } }',
      {},
      DEMO_KEYS.member,
    );
    expect(b.body.errors).toBeUndefined();
    expect(b.body.data!.bulkSubmission.results).toHaveLength(100);
    expect(b.body.data!.bulkSubmission.results.every((x) => x.cashbill !== null)).toBe(true);
    expect(sandbox.requests.count({ host: "popbill", path: "/Cashbill/States" })).toBe(1);
  }, 120_000);

  it("answers the mutation with its receipts and counts when asked, and with the row alone when not", async () => {
    sandbox = await fastSandbox();
    t = await startTestGateway({}, { sandbox, webhooks: false });
    const [first, second] = bulks("SEL");
    const full = await t.gql<{
      bulkIssueCashbills: {
        state: string;
        successCount: number;
        failCount: number;
        filedCount: number;
        results: { mgtKey: string; success: boolean }[] | null;
      };
    }>(
      `mutation($submitId: String!, $cashbills: [CashbillInput!]!) {
        bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills) {
          state ...Counts results { mgtKey success }
        }
      }
      fragment Counts on BulkSubmission { successCount failCount filedCount }`,
      first!,
      DEMO_KEYS.member,
    );
    expect(full.body.errors).toBeUndefined();
    const answer = full.body.data!.bulkIssueCashbills;
    expect(answer).toMatchObject({ successCount: 0, failCount: 0, filedCount: 0 });
    // Just submitted, not COMPLETED: the schema promises no per-receipt results yet.
    expect(answer.state).not.toBe("COMPLETED");
    expect(answer.results).toBeNull();
    const lean = await t.gql<{ bulkIssueCashbills: { submitId: string; submitCount: number } }>(
      BULK_MUTATION,
      second!,
      DEMO_KEYS.member,
    );
    expect(lean.body.errors).toBeUndefined();
    expect(lean.body.data!.bulkIssueCashbills).toMatchObject({
      submitId: second!.submitId,
      submitCount: 100,
    });
  }, 60_000);
});
