import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../src/local-stage.js";
import { demoReceipt } from "./cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "./harness.js";

const ISSUE = `mutation($input: CashbillInput!) { issueCashbill(input: $input) { mgtKey confirmNum } }`;
const PAGE_URL = `query($mgtKey: String!, $page: CashbillPage!) { cashbillPageUrl(mgtKey: $mgtKey, page: $page) { url expiresAt } }`;
const MASS_PRINT = `query($mgtKeys: [String!]!) { cashbillMassPrintUrl(mgtKeys: $mgtKeys) { url expiresAt } }`;
const SMS = `mutation($mgtKey: String!, $contents: String!) { resendCashbillSms(mgtKey: $mgtKey, sender: "02-1234-5678", receiver: "010-1111-2222", contents: $contents) }`;
const EMAIL = `mutation($mgtKey: String!, $receiver: String!) { resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver) }`;
const FAX = `mutation($mgtKey: String!) { resendCashbillFax(mgtKey: $mgtKey, sender: "0212345678", receiver: "0298765432") }`;
const LOGS = `query($mgtKey: String!) { cashbillLogs(mgtKey: $mgtKey) { docLogType log procType at } }`;
const EMAIL_CONFIG = `{ cashbillEmailConfig { emailType send } }`;
const SET_EMAIL = `mutation($send: Boolean!) { setCashbillIssueEmail(send: $send) }`;
const IN_USE = `query($mgtKey: String!) { cashbillMgtKeyInUse(mgtKey: $mgtKey) }`;
const ASSIGN = `mutation($itemKey: String!, $mgtKey: String!) { assignCashbillMgtKey(itemKey: $itemKey, mgtKey: $mgtKey) }`;

describe("cash receipts after issuance, through the gateway against the sandbox", () => {
  let t: TestGateway;
  let confirmNum: string;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  const outbox = async (mgtKey: string) => {
    const base = sandbox().urls!.popbillUrl;
    const r = await fetch(`${base}/__sandbox/cashbill/outbox?corpNum=1234567890&mgtKey=${mgtKey}`);
    return ((await r.json()) as { messages: { channel: string; receiver: string }[] }).messages;
  };

  beforeAll(async () => {
    t = await startTestGateway();
    for (const key of ["AFTER-1", "AFTER-2"]) {
      const r = await t.gql<{ issueCashbill: { confirmNum: string } }>(
        ISSUE,
        { input: demoReceipt(key) },
        DEMO_KEYS.member,
      );
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      if (key === "AFTER-1") confirmNum = r.body.data!.issueCashbill.confirmNum;
    }
  });
  afterAll(() => t.close());

  it("opens the receipt page as issued, with its expiry", async () => {
    const r = await t.gql<{ cashbillPageUrl: { url: string; expiresAt: string } }>(
      PAGE_URL,
      { mgtKey: "AFTER-1", page: "VIEW" },
      DEMO_KEYS.member,
    );
    expect(r.body.errors).toBeUndefined();
    const { url, expiresAt } = r.body.data!.cashbillPageUrl;
    expect(expiresAt).toMatch(/\+09:00$/);
    const html = await (await fetch(url)).text();
    expect(html).toContain(`<td id="confirm-num">${confirmNum}</td>`);
    expect(html).toContain(`<td id="total-amount">1,100원</td>`);
    expect(html).toContain("발행완료");
  });

  it("serves a PDF behind the PDF page and one print page for many receipts", async () => {
    const pdf = await t.gql<{ cashbillPageUrl: { url: string } }>(
      PAGE_URL,
      { mgtKey: "AFTER-1", page: "PDF" },
      DEMO_KEYS.member,
    );
    const bytes = Buffer.from(
      await (await fetch(pdf.body.data!.cashbillPageUrl.url)).arrayBuffer(),
    );
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const mass = await t.gql<{ cashbillMassPrintUrl: { url: string } }>(
      MASS_PRINT,
      { mgtKeys: ["AFTER-1", "AFTER-2"] },
      DEMO_KEYS.member,
    );
    const html = await (await fetch(mass.body.data!.cashbillMassPrintUrl.url)).text();
    expect(html).toContain('data-mgt-key="AFTER-1"');
    expect(html).toContain('data-mgt-key="AFTER-2"');
  });

  it("returns the PDF inline to the key's own member only", async () => {
    const PDF = `query($mgtKey: String!, $corpNum: String) { cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) { fileName contentType size base64 } }`;
    const r = await t.gql<{
      cashbillPdf: { fileName: string; contentType: string; size: number; base64: string };
    }>(PDF, { mgtKey: "AFTER-1" }, DEMO_KEYS.member);
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const pdf = r.body.data!.cashbillPdf;
    const bytes = Buffer.from(pdf.base64, "base64");
    expect(pdf).toMatchObject({ fileName: "AFTER-1.pdf", contentType: "application/pdf" });
    expect(bytes.length).toBe(pdf.size);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    sandbox().requests.clear();
    const other = await t.gql(PDF, { mgtKey: "AFTER-1", corpNum: "2208162517" }, DEMO_KEYS.member);
    expect(other.body.data ?? null).toBeNull();
    expect(other.body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    expect(sandbox().requests.count({})).toBe(0);
  });

  it("resends by SMS exactly once and shows it in the history", async () => {
    const r = await t.gql(
      SMS,
      { mgtKey: "AFTER-1", contents: "영수증을 다시 보냅니다" },
      DEMO_KEYS.member,
    );
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    expect(await outbox("AFTER-1")).toMatchObject([{ channel: "SMS", receiver: "010-1111-2222" }]);
    const logs = await t.gql<{ cashbillLogs: { procType: string; at: string }[] }>(
      LOGS,
      { mgtKey: "AFTER-1" },
      DEMO_KEYS.member,
    );
    expect(logs.body.data!.cashbillLogs.map((l) => l.procType)).toEqual(["발행", "문자 전송"]);
    expect(logs.body.data!.cashbillLogs[0]!.at).toMatch(/\+09:00$/);
  });

  it("resends by e-mail and fax once each", async () => {
    const e = await t.gql(
      EMAIL,
      { mgtKey: "AFTER-2", receiver: "buyer@example.com" },
      DEMO_KEYS.member,
    );
    expect(e.body.errors).toBeUndefined();
    const f = await t.gql(FAX, { mgtKey: "AFTER-2" }, DEMO_KEYS.member);
    expect(f.body.errors).toBeUndefined();
    expect((await outbox("AFTER-2")).map((m) => m.channel)).toEqual(["EMAIL", "FAX"]);
  });

  it("refuses bad input with BAD_USER_INPUT and sends nothing upstream", async () => {
    const cases: [string, Record<string, unknown>][] = [
      [PAGE_URL, { mgtKey: "bad key!", page: "VIEW" }],
      [MASS_PRINT, { mgtKeys: [] }],
      [MASS_PRINT, { mgtKeys: Array.from({ length: 101 }, (_, i) => `K-${i}`) }],
      [SMS, { mgtKey: "AFTER-1", contents: "가".repeat(46) }],
      [SMS, { mgtKey: "AFTER-1", contents: "  " }],
      [EMAIL, { mgtKey: "AFTER-1", receiver: "not-an-address" }],
      [LOGS, { mgtKey: "x".repeat(25) }],
      [IN_USE, { mgtKey: "a/b" }],
      [ASSIGN, { itemKey: "../x", mgtKey: "NEW-1" }],
      [ASSIGN, { itemKey: "123", mgtKey: "bad key" }],
    ];
    for (const [query, variables] of cases) {
      sandbox().requests.clear();
      const r = await t.gql(query, variables, DEMO_KEYS.member);
      expect(r.body.errors?.[0]?.extensions?.code, JSON.stringify([variables, r.body])).toBe(
        "BAD_USER_INPUT",
      );
      expect(sandbox().requests.count({})).toBe(0);
    }
    expect(await outbox("AFTER-1")).toHaveLength(1);
  });

  it("passes POPBiLL's not-found code on for a receipt the member does not have", async () => {
    const r = await t.gql(PAGE_URL, { mgtKey: "NOPE-1", page: "VIEW" }, DEMO_KEYS.member);
    expect(r.body.errors?.[0]?.extensions, JSON.stringify(r.body)).toMatchObject({
      code: "UPSTREAM_ERROR",
      upstreamCode: -14000003,
    });
  });

  it("returns the full record's seller and notification fields", async () => {
    const DETAIL = `query($mgtKey: String!) { cashbillDetail(mgtKey: $mgtKey) { mgtKey franchiseCorpNum smsSend faxSend cancelType } }`;
    const r = await t.gql(DETAIL, { mgtKey: "AFTER-1" }, DEMO_KEYS.member);
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    expect(r.body.data).toEqual({
      cashbillDetail: {
        mgtKey: "AFTER-1",
        franchiseCorpNum: "1234567890",
        smsSend: false,
        faxSend: false,
        cancelType: null,
      },
    });
  });

  it("reads and changes the issue e-mail setting", async () => {
    const before = await t.gql(EMAIL_CONFIG, {}, DEMO_KEYS.member);
    expect(before.body.data).toEqual({
      cashbillEmailConfig: [{ emailType: "CSH_ISSUE", send: true }],
    });
    expect((await t.gql(SET_EMAIL, { send: false }, DEMO_KEYS.member)).body.errors).toBeUndefined();
    const after = await t.gql(EMAIL_CONFIG, {}, DEMO_KEYS.member);
    expect(after.body.data).toEqual({
      cashbillEmailConfig: [{ emailType: "CSH_ISSUE", send: false }],
    });
  });

  it("tells used document numbers from free ones, and refuses to re-key a keyed receipt", async () => {
    const used = await t.gql(IN_USE, { mgtKey: "AFTER-1" }, DEMO_KEYS.member);
    expect(used.body.data).toEqual({ cashbillMgtKeyInUse: true });
    const free = await t.gql(IN_USE, { mgtKey: "NEVER-USED" }, DEMO_KEYS.member);
    expect(free.body.data).toEqual({ cashbillMgtKeyInUse: false });
    const itemKey = sandbox().state.cashbills.get("1234567890", "AFTER-1")!.itemKey;
    const r = await t.gql(ASSIGN, { itemKey, mgtKey: "NEW-1" }, DEMO_KEYS.member);
    expect(r.body.errors?.[0]?.extensions, JSON.stringify(r.body)).toMatchObject({
      code: "UPSTREAM_ERROR",
      upstreamCode: -14000017,
    });
    const last = sandbox().requests.last({});
    expect(last?.path).toBe(`/Cashbill/${itemKey}`);
  });
});
