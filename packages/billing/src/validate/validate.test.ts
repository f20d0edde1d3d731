import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "@korbill/core-domain";
import { A, CARD, CARD_SECRETS, type Harness, openHarness } from "../testing/harness.js";
import type { BillingService } from "../service/billing-service.js";

type Case = [name: string, path: string, run: (svc: BillingService) => Promise<unknown>];

const card = (patch: Partial<typeof CARD>) => ({ ...CARD, ...patch });
const issue =
  (patch: Partial<typeof CARD>, uid = "cust_1", customer = {}) =>
  (s: BillingService) =>
    s.issueBillingKey(A, uid, card(patch), customer);
const charge = (patch: object) => (s: BillingService) =>
  s.chargeBillingKey(A, {
    customerUid: "cust_1",
    merchantUid: "m1",
    amount: 9900,
    name: "월간 이용권",
    ...patch,
  });
const schedule = (items: object[]) => (s: BillingService) =>
  s.schedulePayments(
    A,
    "cust_1",
    items.map((i) => ({
      merchantUid: "s1",
      scheduleAt: "2025-02-01T09:00:00+09:00",
      amount: 9900,
      name: "월간",
      ...i,
    })),
  );
const cancel = (patch: object) => (s: BillingService) =>
  s.cancelPayment(A, { impUid: "imp_1", reason: "customer asked", ...patch });
const window = (patch: object) => (s: BillingService) =>
  s.billingKeySchedules(A, "cust_1", {
    from: "2025-01-01T00:00:00+09:00",
    to: "2025-03-01T00:00:00+09:00",
    ...patch,
  });

const cases: Case[] = [
  ["a letter in the card number", "card.number", issue({ number: "4111-1111-1111-111a" })],
  ["14 digits", "card.number", issue({ number: "41111111111111" })],
  ["17 digits", "card.number", issue({ number: "41111111111111111" })],
  ["a number failing Luhn", "card.number", issue({ number: "4111-1111-1111-1112" })],
  ["a double dash", "card.number", issue({ number: "4111--1111-1111-1111" })],
  ["spaces in the number", "card.number", issue({ number: "4111 1111 1111 1111" })],
  ["expiry with a slash", "card.expiry", issue({ expiry: "2030/12" })],
  ["expiry month 13", "card.expiry", issue({ expiry: "2030-13" })],
  ["expiry month 00", "card.expiry", issue({ expiry: "2030-00" })],
  ["an expired card", "card.expiry", issue({ expiry: "2024-12" })],
  ["expiry as MM-YYYY", "card.expiry", issue({ expiry: "12-2030" })],
  ["birth of 7 digits", "card.birth", issue({ birth: "9001011" })],
  ["birth on Feb 30", "card.birth", issue({ birth: "900230" })],
  ["birth in month 13", "card.birth", issue({ birth: "901301" })],
  ["birth of 11 digits", "card.birth", issue({ birth: "12345678901" })],
  ["a 1-digit PIN prefix", "card.pinPrefix", issue({ pinPrefix: "1" })],
  ["a 3-digit PIN prefix", "card.pinPrefix", issue({ pinPrefix: "123" })],
  ["letters as PIN prefix", "card.pinPrefix", issue({ pinPrefix: "ab" })],
  ["an empty customerUid", "customerUid", issue({}, "")],
  ["an 81-char customerUid", "customerUid", issue({}, "c".repeat(81))],
  ["a space in customerUid", "customerUid", issue({}, "cust 1")],
  ["Hangul in customerUid", "customerUid", issue({}, "고객1")],
  ["a bad customer email", "customer.email", issue({}, "cust_1", { email: "not-an-email" })],
  ["a 21-char customer name", "customer.name", issue({}, "cust_1", { name: "n".repeat(21) })],
  ["a 9-char postcode", "customer.postcode", issue({}, "cust_1", { postcode: "123456789" })],
  ["an empty merchantUid", "merchantUid", charge({ merchantUid: "" })],
  ["a 41-char merchantUid", "merchantUid", charge({ merchantUid: "m".repeat(41) })],
  ["a slash in merchantUid", "merchantUid", charge({ merchantUid: "order/1" })],
  ["amount 0", "amount", charge({ amount: 0 })],
  ["a negative amount", "amount", charge({ amount: -100 })],
  ["a fractional amount", "amount", charge({ amount: 1.5 })],
  ["amount 2^31", "amount", charge({ amount: 2 ** 31 })],
  ["an empty order name", "name", charge({ name: "" })],
  ["a 41-char order name", "name", charge({ name: "n".repeat(41) })],
  ["taxFree above amount", "taxFree", charge({ taxFree: 10_000 })],
  ["a bad charge customerUid", "customerUid", charge({ customerUid: "a/b" })],
  [
    "a bad saveAsCustomerUid",
    "saveAsCustomerUid",
    (s) =>
      s.payOnce(A, {
        merchantUid: "m1",
        amount: 100,
        card: CARD,
        name: "n",
        saveAsCustomerUid: "a b",
      }),
  ],
  [
    "a 17-char buyer name",
    "customer.name",
    (s) =>
      s.payOnce(A, {
        merchantUid: "m1",
        amount: 100,
        card: CARD,
        name: "n",
        customer: { name: "n".repeat(17) },
      }),
  ],
  [
    "a key-in card failing Luhn",
    "card.number",
    (s) =>
      s.payOnce(A, {
        merchantUid: "m1",
        amount: 100,
        card: card({ number: "4111111111111112" }),
        name: "n",
      }),
  ],
  ["no schedules", "schedules", schedule([])],
  [
    "a schedule in the past",
    "schedules.0.scheduleAt",
    schedule([{ scheduleAt: "2024-12-31T09:00:00+09:00" }]),
  ],
  [
    "a schedule over a year ahead",
    "schedules.0.scheduleAt",
    schedule([{ scheduleAt: "2026-01-02T09:00:00+09:00" }]),
  ],
  [
    "a schedule without offset",
    "schedules.0.scheduleAt",
    schedule([{ scheduleAt: "2025-02-01T09:00:00" }]),
  ],
  [
    "a schedule on Feb 30",
    "schedules.0.scheduleAt",
    schedule([{ scheduleAt: "2025-02-30T09:00:00+09:00" }]),
  ],
  ["a merchantUid twice", "schedules.1.merchantUid", schedule([{}, {}])],
  ["a schedule amount 0", "schedules.0.amount", schedule([{ amount: 0 }])],
  ["a cancel without id", "impUid", cancel({ impUid: null })],
  ["a cancel with both ids", "impUid", cancel({ merchantUid: "m1" })],
  ["a negative cancel amount", "amount", cancel({ amount: -1 })],
  ["an empty cancel reason", "reason", cancel({ reason: " " })],
  ["a NUL in the order name", "name", charge({ name: "이용권\u0000" })],
  [
    "an ESC in a billing-key deletion reason",
    "reason",
    (s) => s.deleteBillingKey(A, "cust_1", "해지\u001b"),
  ],
  ["an ESC in custom data", "customData", charge({ customData: '{"a":"\u001b"}' })],
  ["a tab in custom data", "customData", charge({ customData: '{\t"a":1}' })],
  ["a bidi override in a cancel reason", "reason", cancel({ reason: "환불\u202E" })],
  [
    "a lone surrogate in a customer name",
    "customer.name",
    issue({}, "cust_1", { name: "홍\uD800" }),
  ],
  ["a NUL in a customer email", "customer.email", issue({}, "cust_1", { email: "a\u0000@b.co" })],
  ["a newline in a schedule name", "schedules.0.name", schedule([{ name: "월간\n" }])],
  ["a 257-char cancel reason", "reason", cancel({ reason: "r".repeat(257) })],
  ["a payment lookup by no id", "impUid", (s) => s.getPayment(A, {})],
  ["a window ending before it starts", "to", window({ to: "2024-12-01T00:00:00+09:00" })],
  ["a window over 90 days", "to", window({ to: "2025-06-01T00:00:00+09:00" })],
  ["schedule page 0", "page", window({ page: 0 })],
  ["perPage 101", "perPage", (s) => s.listBillingKeys(A, 1, 101)],
  [
    "an unschedule listing a merchantUid twice",
    "merchantUids.1",
    (s) => s.unschedulePayments(A, "cust_1", ["a", "a"]),
  ],
];

describe("validation before any upstream call", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness("sqlite");
  });
  afterAll(() => h.dispose());

  it("has a case for at least 30 invalid inputs", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)("refuses %s at %s without calling i'mport", async (_name, path, run) => {
    const error = await run(h.billing).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.map((p) => p.path)).toContain(path);
    for (const secret of CARD_SECRETS) expect((error as Error).message).not.toContain(secret);
    expect(h.fake.calls).toEqual([]);
  });

  it("reports every problem of a request at once", async () => {
    const error = (await h.billing
      .issueBillingKey(A, "bad uid", {
        number: "4111-1111-1111-1112",
        expiry: "2024-01",
        birth: "991332",
        pinPrefix: "x",
      })
      .catch((e: unknown) => e)) as InputError;
    expect(error.problems.map((p) => p.path).sort()).toEqual([
      "card.birth",
      "card.expiry",
      "card.number",
      "card.pinPrefix",
      "customerUid",
    ]);
    expect(error.message).toContain("card.number: fails the Luhn check");
    expect(error.message).not.toContain("4111");
  });
});
