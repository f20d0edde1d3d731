import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KEYS } from "../../src/local-stage.js";
import { BULK_MUTATION, demoReceipt } from "../cashbill-helpers.js";
import { type TestGateway, startTestGateway } from "../harness.js";

/**
 * Issue 17, points 7 and 8, over real sockets against the real gateway and its sandbox:
 * one receipt and one payment per key however many requests race for it, control characters
 * refused at their field before anything is sent, one case rule for mgtKeys and SubmitIDs,
 * and no HomeTax crawl of the future.
 */

const MEMBER = "1234567890";
const ISSUE = `mutation($input: CashbillInput!) {
  issueCashbill(input: $input) { mgtKey confirmNum tradeDate }
}`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Reply<T> = { data?: T | null; errors?: GqlError[] };

/** A receipt whose total is `k` × 1,100 KRW. */
function receiptOf(mgtKey: string, k: number) {
  return { ...demoReceipt(mgtKey), supplyCost: 1000 * k, tax: 100 * k, totalAmount: 1100 * k };
}

function codeOf(reply: Reply<unknown>): unknown {
  return reply.errors?.[0]?.extensions?.code;
}

/** True when `text` holds a character the text rule refuses (raw, not as a JSON escape). */
function hasUnsafeChar(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)) return true;
    if ((c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

function pathsOf(reply: Reply<unknown>): string[] {
  const problems = reply.errors?.[0]?.extensions?.problems as { path: string }[] | undefined;
  return (problems ?? []).map((p) => p.path);
}

describe("issue 17 points 7-8: races, control characters, key case, future crawls", () => {
  let t: TestGateway;
  const sandbox = () => t.gateway.sandbox!.sandbox!;
  const gql = async <T>(q: string, v: Record<string, unknown> = {}): Promise<Reply<T>> =>
    (await t.gql<T>(q, v, DEMO_KEYS.member)).body as Reply<T>;

  beforeAll(async () => {
    t = await startTestGateway();
  }, 60_000);
  afterAll(() => t?.close());

  describe("control characters are refused at their field, and nothing is sent", () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        "a NUL in an e-mail",
        ISSUE,
        { input: { ...demoReceipt("CTL-1"), email: "a\u0000@b.co" } },
        "input.email",
      ],
      [
        "an ESC in a customer name",
        ISSUE,
        { input: { ...demoReceipt("CTL-2"), customerName: "홍\u001b[2J" } },
        "input.customerName",
      ],
      [
        "a newline in an item name",
        ISSUE,
        { input: { ...demoReceipt("CTL-3"), itemName: "상품\n2" } },
        "input.itemName",
      ],
      [
        "a bidi override in a memo",
        ISSUE,
        { input: { ...demoReceipt("CTL-4"), memo: "메모\u202Etxt.exe" } },
        "input.memo",
      ],
      [
        "a lone surrogate in a receipt of a bulk",
        BULK_MUTATION,
        {
          submitId: "CTL-B",
          cashbills: [demoReceipt("CTL-5"), { ...demoReceipt("CTL-6"), itemName: "x\uD800" }],
        },
        "cashbills.1.itemName",
      ],
      [
        "a C1 control in a depositor name",
        `mutation($i: PointsPaymentInput!) { requestPointsPayment(input: $i) { settleCode } }`,
        {
          i: {
            settlerName: "김데모",
            settlerEmail: "demo@example.com",
            notifyPhone: "01012345678",
            depositorName: "데모\u0085상사",
            settleCost: 110000,
          },
        },
        "input.depositorName",
      ],
      [
        "a NUL in a settler name",
        `mutation($i: PointsPaymentInput!) { requestPointsPayment(input: $i) { settleCode } }`,
        {
          i: {
            settlerName: "김\u0000데모",
            settlerEmail: "demo@example.com",
            notifyPhone: "01012345678",
            depositorName: "데모상사",
            settleCost: 110000,
          },
        },
        "input.settlerName",
      ],
      [
        "an isolate in a refund reason",
        `mutation($i: PointsRefundInput!) { requestPointsRefund(input: $i) { refundCode } }`,
        {
          i: {
            contactName: "김데모",
            contactPhone: "01012345678",
            requestPoint: 5000,
            bankName: "국민",
            accountNumber: "1234567890123",
            accountHolder: "데모상사",
            reason: "사용 종료\u2066",
          },
        },
        "input.reason",
      ],
      [
        "an ESC in an order name",
        `mutation { chargeBillingKey(customerUid: "cust_ctl", merchantUid: "ord_ctl_1", amount: 1000, name: "이용권\\u001b") { status } }`,
        {},
        "name",
      ],
      [
        "a DEL in a billing-key customer name",
        `mutation($card: CardInput!) { issueBillingKey(customerUid: "cust_ctl_2", card: $card, customer: { name: "홍\u007f" }) { customerUid } }`,
        {
          card: {
            number: "4111-1111-1111-1111",
            expiry: "2031-12",
            birth: "900101",
            pinPrefix: "12",
          },
        },
        "customer.name",
      ],
      [
        "a CR in a billing-key deletion reason",
        `mutation { deleteBillingKey(customerUid: "cust_ctl_3", reason: "해지\\r") { customerUid } }`,
        {},
        "reason",
      ],
      [
        "a NUL in a HomeTax department-user ID",
        `mutation { registerHometaxDeptUser(service: CASHBILL, id: "dept\\u0000", password: "pw-1!") { deptUserRegistered } }`,
        {},
        "id",
      ],
    ];

    it.each(cases)("refuses %s with BAD_USER_INPUT", async (_name, query, variables, path) => {
      sandbox().requests.clear();
      const reply = await gql(query, variables);
      expect(codeOf(reply), JSON.stringify(reply)).toBe("BAD_USER_INPUT");
      expect(pathsOf(reply)).toContain(path);
      // The error names the field and the code point; it never echoes the character itself.
      for (const e of reply.errors ?? []) expect(hasUnsafeChar(JSON.stringify(e))).toBe(false);
      expect(sandbox().requests.count({})).toBe(0);
    });
  });

  describe("HomeTax crawls of the future", () => {
    const kstDay = (days: number) =>
      new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

    it("refuses a crawl that ends after today (KST) without asking POPBiLL", async () => {
      sandbox().requests.clear();
      const r = await gql(
        "mutation($i: HometaxJobRequestInput!) { requestHometaxJob(input: $i) { jobId } }",
        { i: { service: "CASHBILL", direction: "SELL", from: kstDay(-5), to: kstDay(2) } },
      );
      expect(codeOf(r), JSON.stringify(r)).toBe("BAD_USER_INPUT");
      expect(pathsOf(r)).toEqual(["input.to"]);
      expect(sandbox().requests.count({})).toBe(0);
    });
  });

  describe("mgtKey and SubmitID case: one rule, case-insensitive like within a bulk", () => {
    it("refuses DUPC in a second bulk after dupc was issued, and SUB-CASE after sub-case", async () => {
      const first = await gql(BULK_MUTATION, {
        submitId: "sub-case",
        cashbills: [demoReceipt("dupc")],
      });
      expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
      sandbox().requests.clear();

      const upper = await gql(BULK_MUTATION, {
        submitId: "sub-case-2",
        cashbills: [demoReceipt("DUPC")],
      });
      expect(codeOf(upper), JSON.stringify(upper)).toBe("CONFLICT");
      const sameSubmit = await gql(BULK_MUTATION, {
        submitId: "SUB-CASE",
        cashbills: [demoReceipt("other-key")],
      });
      expect(codeOf(sameSubmit), JSON.stringify(sameSubmit)).toBe("CONFLICT");
      const single = await gql(ISSUE, { input: demoReceipt("Dupc") });
      expect(codeOf(single), JSON.stringify(single)).toBe("CONFLICT");
      // Sends are POSTs (the worker may poll the first bulk's result with a GET meanwhile).
      expect(sandbox().requests.count({ host: "popbill", method: "POST" })).toBe(0);
    });

    it("still refuses dupc and DUPC within one bulk", async () => {
      const r = await gql(BULK_MUTATION, {
        submitId: "sub-case-3",
        cashbills: [demoReceipt("case-x"), demoReceipt("CASE-X")],
      });
      expect(codeOf(r)).toBe("BAD_USER_INPUT");
      expect(pathsOf(r)).toEqual(["cashbills.1.mgtKey"]);
    });
  });

  describe("one receipt, one answer (issueCashbill)", () => {
    it("lets exactly one of 8 concurrent issuances with one mgtKey and different totals succeed", async () => {
      const mgtKey = "RACE-1";
      const replies = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          gql<{ issueCashbill: { confirmNum: string } }>(ISSUE, {
            input: receiptOf(mgtKey, i + 1),
          }),
        ),
      );
      const winners = replies.flatMap((r, i) => (r.data?.issueCashbill ? [i] : []));
      expect(winners, JSON.stringify(replies)).toHaveLength(1);
      const losers = replies.filter((_, i) => i !== winners[0]);
      expect(losers.map(codeOf)).toEqual(Array(7).fill("CONFLICT"));

      // The sandbox issued one receipt, for the winner's total.
      expect(sandbox().cashbill.issuanceCount(MEMBER, mgtKey)).toBe(1);
      const info = sandbox().cashbill.info(MEMBER, mgtKey)!;
      expect(Number(info.totalAmount)).toBe(1100 * (winners[0]! + 1));
      expect(info.confirmNum).toBe(replies[winners[0]!]!.data!.issueCashbill.confirmNum);
    });

    it("answers an identical retry with the same result, and different content with CONFLICT, sending nothing", async () => {
      const mgtKey = "RACE-2";
      const first = await gql<{ issueCashbill: { confirmNum: string } }>(ISSUE, {
        input: receiptOf(mgtKey, 3),
      });
      expect(first.errors).toBeUndefined();
      sandbox().requests.clear();

      const again = await gql<{ issueCashbill: { confirmNum: string } }>(ISSUE, {
        input: receiptOf(mgtKey, 3),
      });
      expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
      expect(again.data!.issueCashbill.confirmNum).toBe(first.data!.issueCashbill.confirmNum);

      const other = await gql(ISSUE, { input: receiptOf(mgtKey, 4) });
      expect(codeOf(other)).toBe("CONFLICT");
      expect(sandbox().requests.count({ host: "popbill", method: "POST" })).toBe(0);
      expect(sandbox().cashbill.issuanceCount(MEMBER, mgtKey)).toBe(1);
    });

    it("answers 8 concurrent identical requests with one receipt and one confirmNum", async () => {
      const mgtKey = "RACE-3";
      const replies = await Promise.all(
        Array.from({ length: 8 }, () =>
          gql<{ issueCashbill: { confirmNum: string } | null }>(ISSUE, {
            input: receiptOf(mgtKey, 2),
          }),
        ),
      );
      const confirmNums = new Set(
        replies.flatMap((r) => (r.data?.issueCashbill ? [r.data.issueCashbill.confirmNum] : [])),
      );
      expect(confirmNums.size).toBe(1);
      for (const r of replies) if (r.errors) expect(codeOf(r)).toBe("CONFLICT");
      expect(sandbox().cashbill.issuanceCount(MEMBER, mgtKey)).toBe(1);
    });
  });

  describe("one payment per merchantUid", () => {
    const CARD = {
      number: "4111-1111-1111-1111",
      expiry: "2031-12",
      birth: "900101",
      pinPrefix: "12",
    };
    const CHARGE = `mutation($c: String!, $m: String!, $a: Int!) {
      chargeBillingKey(customerUid: $c, merchantUid: $m, amount: $a, name: "race") { status impUid amount }
    }`;
    type Charge = { chargeBillingKey: { status: string; impUid: string; amount: number } };

    beforeAll(async () => {
      for (const uid of ["cust_race_a", "cust_race_b"]) {
        const r = await gql(
          `mutation($card: CardInput!) { issueBillingKey(customerUid: "${uid}", card: $card) { customerUid } }`,
          { card: CARD },
        );
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      }
    }, 30_000);

    const paymentsOf = (merchantUid: string) =>
      sandbox()
        .iamport.payments()
        .filter((p) => p.merchant_uid === merchantUid && p.status === "paid");

    it("charges once when 8 requests race with different amounts and billing keys", async () => {
      const merchantUid = "ord_race_1";
      const replies = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          gql<Charge>(CHARGE, {
            c: i % 2 ? "cust_race_b" : "cust_race_a",
            m: merchantUid,
            a: 1000 * (i + 1),
          }),
        ),
      );
      const paid = replies.filter((r) => r.data?.chargeBillingKey?.status === "PAID");
      expect(paid, JSON.stringify(replies)).toHaveLength(1);
      for (const r of replies) if (r !== paid[0]) expect(codeOf(r)).toBe("CONFLICT");
      expect(paymentsOf(merchantUid)).toHaveLength(1);
      expect(paymentsOf(merchantUid)[0]!.amount).toBe(paid[0]!.data!.chargeBillingKey.amount);

      // A retry, identical or not, never charges again.
      sandbox().requests.clear();
      const { amount } = paid[0]!.data!.chargeBillingKey;
      const same = await gql<Charge>(CHARGE, { c: "cust_race_a", m: merchantUid, a: amount });
      if (same.data?.chargeBillingKey)
        expect(same.data.chargeBillingKey.impUid).toBe(paid[0]!.data!.chargeBillingKey.impUid);
      else expect(codeOf(same)).toBe("CONFLICT");
      const other = await gql<Charge>(CHARGE, { c: "cust_race_a", m: merchantUid, a: amount + 1 });
      expect(codeOf(other)).toBe("CONFLICT");
      expect(sandbox().requests.count({ host: "iamport", method: "POST" })).toBe(0);
      expect(paymentsOf(merchantUid)).toHaveLength(1);
    });
  });
});
