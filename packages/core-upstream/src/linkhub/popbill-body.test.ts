import { describe, expect, it } from "vitest";
import { bulkMessageDigest, stringifyPopbillBody } from "./popbill-body.js";

// popbill.md §5.2: the exact 633-byte BULKISSUE payload and its digest.
const BULK_BODY =
  '{"cashbills":[{"mgtKey":"SUB-001-1","tradeDT":"20261123100203","tradeType":"승인거래","tradeUsage":"소득공제용","tradeOpt":"일반","taxationType":"과세","supplyCost":"10000","tax":"1000","serviceFee":"0","totalAmount":"11000","franchiseCorpNum":"1234567890","franchiseCorpName":"가맹점","identityNum":"01012341234","customerName":"홍길동","itemName":"상품A","smssendYN":false},{"mgtKey":"SUB-001-2","tradeType":"승인거래","tradeUsage":"지출증빙용","taxationType":"비과세","supplyCost":"5000","tax":"0","serviceFee":"0","totalAmount":"5000","franchiseCorpNum":"1234567890","identityNum":"1234567890"}]}';

const CASHBILLS = [
  {
    mgtKey: "SUB-001-1",
    tradeDT: "20261123100203",
    tradeType: "승인거래",
    tradeUsage: "소득공제용",
    tradeOpt: "일반",
    taxationType: "과세",
    supplyCost: "10000",
    tax: "1000",
    serviceFee: "0",
    totalAmount: "11000",
    franchiseCorpNum: "1234567890",
    franchiseCorpName: "가맹점",
    identityNum: "01012341234",
    customerName: "홍길동",
    itemName: "상품A",
    orderNumber: "",
    email: null,
    smssendYN: false,
  },
  {
    mgtKey: "SUB-001-2",
    tradeType: "승인거래",
    tradeUsage: "지출증빙용",
    taxationType: "비과세",
    supplyCost: "5000",
    tax: "0",
    serviceFee: "0",
    totalAmount: "5000",
    franchiseCorpNum: "1234567890",
    identityNum: "1234567890",
  },
];

describe("bulkMessageDigest", () => {
  it("digests the §5.2 body to Ip0QjGr2eANJfYqOkYqwjXIWT1Q=", () => {
    expect(Buffer.byteLength(BULK_BODY, "utf8")).toBe(633);
    expect(bulkMessageDigest(BULK_BODY)).toBe("Ip0QjGr2eANJfYqOkYqwjXIWT1Q=");
  });

  it("gives the same digest for the body as bytes", () => {
    expect(bulkMessageDigest(Buffer.from(BULK_BODY, "utf8"))).toBe("Ip0QjGr2eANJfYqOkYqwjXIWT1Q=");
  });
});

describe("stringifyPopbillBody", () => {
  it("reproduces the §5.2 body from objects with an empty string, a null and a false", () => {
    expect(stringifyPopbillBody({ cashbills: CASHBILLS })).toBe(BULK_BODY);
  });

  it("drops undefined and keeps 0", () => {
    expect(
      stringifyPopbillBody({ memo: undefined, cancelType: 1, amount: 0, nested: { a: "" } }),
    ).toBe('{"cancelType":1,"amount":0,"nested":{}}');
  });

  it("serialises an array body such as getInfos", () => {
    expect(stringifyPopbillBody(["MK-1", "MK-2"])).toBe('["MK-1","MK-2"]');
  });

  it("refuses a body that JSON cannot express", () => {
    expect(() => stringifyPopbillBody(undefined)).toThrow(TypeError);
  });
});
