import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { BULK_MUTATION, demoReceipt } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

type Receipt = Record<string, unknown>;
const ok = (i: number): Receipt => demoReceipt(`V-${i}`, i);
const kstIso = (msAgo: number) =>
  new Date(Date.now() - msAgo + 9 * 3600_000).toISOString().slice(0, 19) + "+09:00";

/** [name, submitId, receipts]: every one must be refused with BAD_USER_INPUT and no upstream call. */
const CASES: [string, string, Receipt[]][] = [
  ["empty SubmitID", "", [ok(1)]],
  ["SubmitID of 37 characters", "S".repeat(37), [ok(1)]],
  ["SubmitID with a space", "bad id", [ok(1)]],
  ["SubmitID with a slash", "a/b", [ok(1)]],
  ["SubmitID in Korean", "제출1", [ok(1)]],
  ["101 receipts", "S-101", Array.from({ length: 101 }, (_, i) => ok(i))],
  ["no receipts", "S-0", []],
  ["duplicate mgtKeys", "S-dup", [ok(1), ok(1)]],
  ["mgtKey of 25 characters", "S-k25", [{ ...ok(1), mgtKey: "K".repeat(25) }]],
  ["mgtKey with a space", "S-ksp", [{ ...ok(1), mgtKey: "K 1" }]],
  ["empty mgtKey", "S-k0", [{ ...ok(1), mgtKey: "" }]],
  ["negative supplyCost", "S-n1", [{ ...ok(1), supplyCost: -1, totalAmount: 99 }]],
  ["negative tax", "S-n2", [{ ...ok(1), tax: -1 }]],
  ["negative serviceFee", "S-n3", [{ ...ok(1), serviceFee: -5 }]],
  ["negative totalAmount", "S-n4", [{ ...ok(1), totalAmount: -1 }]],
  ["totalAmount not the sum", "S-sum", [{ ...ok(1), totalAmount: 1 }]],
  [
    "supplyCost over 9 digits",
    "S-big",
    [{ ...ok(1), supplyCost: 1_000_000_000, tax: 0, totalAmount: 1_000_000_000 }],
  ],
  ["tax on a tax-free receipt", "S-tf", [{ ...ok(1), taxationType: "TAX_FREE" }]],
  ["non-integer amount", "S-frac", [{ ...ok(1), supplyCost: 10.5 }]],
  ["amount as a string", "S-str", [{ ...ok(1), supplyCost: "1000" }]],
  ["identity number with letters", "S-id1", [{ ...ok(1), identityNum: "010ABCD5678" }]],
  ["identity number of 5 digits", "S-id2", [{ ...ok(1), identityNum: "01012" }]],
  ["identity number of 20 digits", "S-id3", [{ ...ok(1), identityNum: "1".repeat(20) }]],
  ["empty identity number", "S-id4", [{ ...ok(1), identityNum: "" }]],
  [
    "self-issue number for expense proof",
    "S-id5",
    [{ ...ok(1), identityNum: "0100001234", tradeUsage: "EXPENSE_PROOF" }],
  ],
  ["business number for income deduction", "S-id6", [{ ...ok(1), identityNum: "1234567890" }]],
  ["mobile number with a bad prefix", "S-id7", [{ ...ok(1), identityNum: "02012345678" }]],
  ["malformed tradeAt", "S-t1", [{ ...ok(1), tradeAt: "2026-13-45T25:00:00+09:00" }]],
  ["tradeAt three days ago", "S-t2", [{ ...ok(1), tradeAt: kstIso(3 * 86_400_000) }]],
  ["tradeAt next week", "S-t3", [{ ...ok(1), tradeAt: kstIso(-7 * 86_400_000) }]],
  ["tradeAt without an offset", "S-t4", [{ ...ok(1), tradeAt: "2026-11-23T10:00:00" }]],
  ["unknown tradeType", "S-e1", [{ ...ok(1), tradeType: "REFUND" }]],
  ["unknown tradeUsage", "S-e2", [{ ...ok(1), tradeUsage: "소득공제용" }]],
  ["unknown taxationType", "S-e3", [{ ...ok(1), taxationType: "ZERO" }]],
  ["unknown tradeOption", "S-e4", [{ ...ok(1), tradeOption: "CINEMA" }]],
  ["malformed email", "S-m1", [{ ...ok(1), email: "not-an-email" }]],
  ["memo over 200 characters", "S-m2", [{ ...ok(1), memo: "m".repeat(201) }]],
  ["emailSubject over 300 characters", "S-m3", [{ ...ok(1), emailSubject: "s".repeat(301) }]],
  [
    "cancel receipt without orgConfirmNum",
    "S-c1",
    [{ ...ok(1), tradeType: "CANCEL", orgTradeDate: "2026-11-20" }],
  ],
  [
    "cancel receipt with an impossible orgTradeDate",
    "S-c2",
    [{ ...ok(1), tradeType: "CANCEL", orgConfirmNum: "TB0000178", orgTradeDate: "2026-02-30" }],
  ],
  ["approval carrying orgConfirmNum", "S-c3", [{ ...ok(1), orgConfirmNum: "TB0000178" }]],
  [
    "cancelType out of range",
    "S-c4",
    [
      {
        ...ok(1),
        tradeType: "CANCEL",
        orgConfirmNum: "TB0000178",
        orgTradeDate: "2026-11-20",
        cancelType: "UNKNOWN_REASON",
      },
    ],
  ],
  ["seller number of 9 digits", "S-f1", [{ ...ok(1), franchiseCorpNum: "123456789" }]],
  ["customerName over 100 characters", "S-l1", [{ ...ok(1), customerName: "가".repeat(101) }]],
  ["itemName over 100 characters", "S-l2", [{ ...ok(1), itemName: "i".repeat(101) }]],
  ["orderNumber over 40 characters", "S-l3", [{ ...ok(1), orderNumber: "o".repeat(41) }]],
  ["malformed phone", "S-h1", [{ ...ok(1), hp: "12" }]],
  ["SMS without a phone number", "S-h2", [{ ...ok(1), sendSms: true }]],
  [
    "one bad receipt among good ones",
    "S-mix",
    [ok(1), ok(2), { ...ok(3), identityNum: "x" }, ok(4)],
  ],
];

describe("bulk input validation through GraphQL: BAD_USER_INPUT, and nothing sent upstream", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(() => t.close());

  it("has at least 40 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("refuses %s", async (_name, submitId, cashbills) => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    sandbox.requests.clear();
    const r = await t.gql(BULK_MUTATION, { submitId, cashbills }, DEMO_KEYS.member);
    expect(r.body.data?.bulkIssueCashbills ?? null).toBeNull();
    expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify(r.body.errors)).toBe(
      "BAD_USER_INPUT",
    );
    expect(sandbox.requests.count({})).toBe(0);
  });

  it("names the offending field in the error", async () => {
    const r = await t.gql(
      BULK_MUTATION,
      { submitId: "S-path", cashbills: [ok(1), { ...ok(2), totalAmount: 5 }] },
      DEMO_KEYS.member,
    );
    const problems = r.body.errors?.[0]?.extensions?.problems as { path: string }[];
    expect(problems.map((p) => p.path)).toContain("cashbills.1.totalAmount");
  });

  it("answers CONFLICT for a reused SubmitID and sends nothing", async () => {
    const sandbox = t.gateway.sandbox!.sandbox!;
    const first = await t.gql(
      BULK_MUTATION,
      { submitId: "S-once", cashbills: [ok(901)] },
      DEMO_KEYS.member,
    );
    expect(first.body.errors).toBeUndefined();
    sandbox.requests.clear();
    const again = await t.gql(
      BULK_MUTATION,
      { submitId: "S-once", cashbills: [ok(902)] },
      DEMO_KEYS.member,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(sandbox.requests.count({ host: "popbill" })).toBe(0);
  });
});
