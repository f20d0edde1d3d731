import { InputError } from "@korbill/core-domain";
import { describe, expect, it } from "vitest";
import { ContactRole, IdentityType, PointsSortOrder } from "../enums.js";
import {
  validateAccount,
  validateAccountVerification,
  validateBrn,
  validateCode,
  validateContact,
  validateCorpInfo,
  validateDateRange,
  validateJoinMember,
  validateNewContact,
  validatePaging,
  validatePaymentRequest,
  validatePopbillId,
  validateRefundRequest,
  validateService,
  validateUseHistory,
} from "./index.js";

const RANGE = { from: "2026-11-01", to: "2026-11-30" };
const PAYMENT = {
  settlerName: "담당자",
  settlerEmail: "pay@example.com",
  notifyPhone: "010-1234-5678",
  depositorName: "(주)코빌",
  settleCost: 110000,
};
const REFUND = {
  contactName: "담당자",
  contactPhone: "02-1234-5678",
  requestPoint: 5000,
  bankName: "국민",
  accountNumber: "123456-01-234567",
  accountHolder: "(주)코빌",
  reason: "서비스 해지",
};
const ACCOUNT = { bankCode: "0004", accountNumber: "123456-01-234567" };
const VERIFY = { ...ACCOUNT, identityType: IdentityType.PERSON, identityNum: "900101" };
const CORP = {
  ceoName: "대표",
  corpName: "코빌",
  address: "서울",
  bizType: "서비스",
  bizClass: "소프트웨어",
};
const PASSWORD = "s3cret!Pass";
const JOIN = {
  ...CORP,
  corpNum: "123-45-67890",
  id: "korbill_01",
  password: PASSWORD,
  contactName: "담당자",
  contactEmail: "ops@example.com",
  contactPhone: "02-123-4567",
};
const CONTACT = {
  id: "contact_01",
  name: "담당자",
  email: "c@example.com",
  phone: "010-9876-5432",
  role: ContactRole.COMPANY,
};

/** [what is wrong, the call, the field path expected in the error] */
const INVALID: [string, () => void, string][] = [
  [
    "from is not a real day (2026-02-30)",
    () => validateDateRange({ ...RANGE, from: "2026-02-30" }),
    "from",
  ],
  ["from is yyyyMMdd, not ISO", () => validateDateRange({ ...RANGE, from: "20261101" }), "from"],
  ["to is month 13", () => validateDateRange({ ...RANGE, to: "2026-13-01" }), "to"],
  ["to is empty", () => validateDateRange({ ...RANGE, to: "" }), "to"],
  ["from is after to", () => validateDateRange({ from: "2026-12-01", to: "2026-11-30" }), "to"],
  [
    "a 29 February outside a leap year",
    () => validateDateRange({ ...RANGE, from: "2025-02-29" }),
    "from",
  ],
  ["perPage 0", () => validateDateRange({ ...RANGE, perPage: 0 }), "perPage"],
  ["perPage 1001", () => validateDateRange({ ...RANGE, perPage: 1001 }), "perPage"],
  ["page 0", () => validatePaging({ page: 0 }), "page"],
  ["page -1", () => validatePaging({ page: -1 }), "page"],
  ["perPage 2.5", () => validatePaging({ perPage: 2.5 }), "perPage"],
  [
    "order is not an enum member",
    () => validateUseHistory({ ...RANGE, order: "NEWEST" as PointsSortOrder }),
    "order",
  ],
  ["an empty settleCode", () => validateCode("", "settleCode"), "settleCode"],
  ["an empty refundCode", () => validateCode("", "refundCode"), "refundCode"],
  ["a settleCode with a slash", () => validateCode("12/34", "settleCode"), "settleCode"],
  ["a refundCode with a space", () => validateCode("R 1", "refundCode"), "refundCode"],
  ["a service that does not exist", () => validateService("SMS"), "service"],
  ["settleCost 0", () => validatePaymentRequest({ ...PAYMENT, settleCost: 0 }), "input.settleCost"],
  [
    "settleCost negative",
    () => validatePaymentRequest({ ...PAYMENT, settleCost: -1000 }),
    "input.settleCost",
  ],
  [
    "settleCost fractional",
    () => validatePaymentRequest({ ...PAYMENT, settleCost: 10.5 }),
    "input.settleCost",
  ],
  [
    "settleCost over 9 digits",
    () => validatePaymentRequest({ ...PAYMENT, settleCost: 1_000_000_000 }),
    "input.settleCost",
  ],
  [
    "a settler e-mail without a domain",
    () => validatePaymentRequest({ ...PAYMENT, settlerEmail: "pay@" }),
    "input.settlerEmail",
  ],
  [
    "a notify number that is not a mobile",
    () => validatePaymentRequest({ ...PAYMENT, notifyPhone: "02-1234-5678" }),
    "input.notifyPhone",
  ],
  [
    "a notify number with letters",
    () => validatePaymentRequest({ ...PAYMENT, notifyPhone: "010-CALL-ME" }),
    "input.notifyPhone",
  ],
  [
    "a blank depositor name",
    () => validatePaymentRequest({ ...PAYMENT, depositorName: "  " }),
    "input.depositorName",
  ],
  [
    "requestPoint 0",
    () => validateRefundRequest({ ...REFUND, requestPoint: 0 }),
    "input.requestPoint",
  ],
  [
    "a refund account with letters",
    () => validateRefundRequest({ ...REFUND, accountNumber: "12ab5678" }),
    "input.accountNumber",
  ],
  [
    "a missing refund reason",
    () => validateRefundRequest({ ...REFUND, reason: "" }),
    "input.reason",
  ],
  ["a 3-digit bank code", () => validateAccount({ ...ACCOUNT, bankCode: "004" }), "input.bankCode"],
  [
    "a bank code with a letter",
    () => validateAccount({ ...ACCOUNT, bankCode: "00A4" }),
    "input.bankCode",
  ],
  [
    "an account number of 7 digits",
    () => validateAccount({ ...ACCOUNT, accountNumber: "1234567" }),
    "input.accountNumber",
  ],
  [
    "an account number of 15 digits",
    () => validateAccount({ ...ACCOUNT, accountNumber: "123456789012345" }),
    "input.accountNumber",
  ],
  [
    "an identity type that is not an enum member",
    () => validateAccountVerification({ ...VERIFY, identityType: "P" as IdentityType }),
    "input.identityType",
  ],
  [
    "a PERSON birth date of 7 digits",
    () => validateAccountVerification({ ...VERIFY, identityNum: "9001011" }),
    "input.identityNum",
  ],
  [
    "a PERSON birth date in month 13",
    () => validateAccountVerification({ ...VERIFY, identityNum: "901301" }),
    "input.identityNum",
  ],
  [
    "a PERSON birth date on 31 April",
    () => validateAccountVerification({ ...VERIFY, identityNum: "900431" }),
    "input.identityNum",
  ],
  [
    "a BUSINESS number of 9 digits",
    () =>
      validateAccountVerification({
        ...VERIFY,
        identityType: IdentityType.BUSINESS,
        identityNum: "123456789",
      }),
    "input.identityNum",
  ],
  ["a BRN of 9 digits", () => validateBrn("123456789"), "corpNum"],
  ["a BRN with letters", () => validateBrn("12345678AB"), "corpNum"],
  ["an id of 5 characters", () => validatePopbillId("abcde"), "id"],
  ["an id of 50 characters", () => validatePopbillId("a".repeat(50)), "id"],
  ["an id with a dot", () => validatePopbillId("korbill.01"), "id"],
  [
    "a password of 7 characters",
    () => validateJoinMember({ ...JOIN, password: "a1!bcde" }),
    "input.password",
  ],
  [
    "a password of 21 characters",
    () => validateJoinMember({ ...JOIN, password: "a1!" + "b".repeat(18) }),
    "input.password",
  ],
  [
    "a password without a special character",
    () => validateJoinMember({ ...JOIN, password: "abcd1234" }),
    "input.password",
  ],
  [
    "a password without a digit",
    () => validateJoinMember({ ...JOIN, password: "abcd!@#$" }),
    "input.password",
  ],
  [
    "a password with a space",
    () => validateJoinMember({ ...JOIN, password: "abc 123!x" }),
    "input.password",
  ],
  [
    "a join BRN of 11 digits",
    () => validateJoinMember({ ...JOIN, corpNum: "12345678901" }),
    "input.corpNum",
  ],
  [
    "a join e-mail with a space",
    () => validateJoinMember({ ...JOIN, contactEmail: "o ps@example.com" }),
    "input.contactEmail",
  ],
  [
    "a company name of 201 characters",
    () => validateCorpInfo({ ...CORP, corpName: "가".repeat(201) }),
    "input.corpName",
  ],
  ["a blank CEO name", () => validateCorpInfo({ ...CORP, ceoName: "" }), "input.ceoName"],
  [
    "a contact role UNKNOWN",
    () => validateContact({ ...CONTACT, role: ContactRole.UNKNOWN }),
    "input.role",
  ],
  [
    "a contact phone of 7 digits",
    () => validateContact({ ...CONTACT, phone: "123-4567" }),
    "input.phone",
  ],
  [
    "a new contact without a password",
    () => validateNewContact({ ...CONTACT, password: "" }),
    "input.password",
  ],
  [
    "a NUL in the settler name",
    () => validatePaymentRequest({ ...PAYMENT, settlerName: "담당\u0000자" }),
    "input.settlerName",
  ],
  [
    "a C1 control in the depositor name",
    () => validatePaymentRequest({ ...PAYMENT, depositorName: "(주)\u0085코빌" }),
    "input.depositorName",
  ],
  [
    "a NUL in the settler e-mail",
    () => validatePaymentRequest({ ...PAYMENT, settlerEmail: "a\u0000@b.co" }),
    "input.settlerEmail",
  ],
  [
    "a bidi isolate in a refund reason",
    () => validateRefundRequest({ ...REFUND, reason: "해지\u2067" }),
    "input.reason",
  ],
  [
    "a newline in an account holder",
    () => validateRefundRequest({ ...REFUND, accountHolder: "(주)\n코빌" }),
    "input.accountHolder",
  ],
  [
    "an ESC in a company name",
    () => validateCorpInfo({ ...CORP, corpName: "코빌\u001b" }),
    "input.corpName",
  ],
];

describe("validation refuses", () => {
  it("has at least 25 cases", () => expect(INVALID.length).toBeGreaterThanOrEqual(25));

  it.each(INVALID)("%s", (_what, run, path) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("BAD_USER_INPUT");
    expect((error as InputError).problems.map((p) => p.path)).toContain(path);
  });
});

describe("validation accepts", () => {
  it.each([
    [
      "a one-day range with the largest page",
      () => validateDateRange({ from: "2024-02-29", to: "2024-02-29", perPage: 1000 }),
    ],
    [
      "a ledger query in ascending order",
      () => validateUseHistory({ ...RANGE, order: PointsSortOrder.ASC, page: 3 }),
    ],
    ["a payment request", () => validatePaymentRequest(PAYMENT)],
    ["a refund request", () => validateRefundRequest(REFUND)],
    [
      "a person verification on 29 February",
      () => validateAccountVerification({ ...VERIFY, identityNum: "000229" }),
    ],
    [
      "a business verification with dashes",
      () =>
        validateAccountVerification({
          ...VERIFY,
          identityType: IdentityType.BUSINESS,
          identityNum: "123-45-67890",
        }),
    ],
    ["a join form", () => validateJoinMember(JOIN)],
    ["a new contact", () => validateNewContact({ ...CONTACT, password: PASSWORD })],
    ["an id of 49 characters", () => validatePopbillId("a".repeat(49))],
  ])("%s", (_what, run) => expect(run).not.toThrow());
});

describe("password privacy", () => {
  it("never echoes the password in messages or problems", () => {
    const secret = "hunter2 is wrong";
    for (const input of [
      { ...JOIN, password: secret },
      { ...CONTACT, password: secret },
    ]) {
      const error = (() => {
        try {
          if ("corpNum" in input) validateJoinMember(input);
          else validateNewContact(input);
        } catch (e) {
          return e as InputError;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(InputError);
      expect(JSON.stringify({ m: error!.message, d: error!.details })).not.toContain(secret);
    }
  });
});
