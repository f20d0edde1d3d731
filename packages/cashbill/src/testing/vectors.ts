import type { CashbillFields } from "../map/inputs.js";
import { TaxationType, TradeOption, TradeType, TradeUsage } from "../enums.js";
import type { WireCashbill } from "../wire.js";

/** popbill.md §5.2: the exact 633-byte BULKISSUE payload. */
export const BULK_BODY =
  '{"cashbills":[{"mgtKey":"SUB-001-1","tradeDT":"20261123100203","tradeType":"승인거래","tradeUsage":"소득공제용","tradeOpt":"일반","taxationType":"과세","supplyCost":"10000","tax":"1000","serviceFee":"0","totalAmount":"11000","franchiseCorpNum":"1234567890","franchiseCorpName":"가맹점","identityNum":"01012341234","customerName":"홍길동","itemName":"상품A","smssendYN":false},{"mgtKey":"SUB-001-2","tradeType":"승인거래","tradeUsage":"지출증빙용","taxationType":"비과세","supplyCost":"5000","tax":"0","serviceFee":"0","totalAmount":"5000","franchiseCorpNum":"1234567890","identityNum":"1234567890"}]}';

/** popbill.md §5.2: base64(SHA-1(BULK_BODY)). */
export const BULK_DIGEST = "Ip0QjGr2eANJfYqOkYqwjXIWT1Q=";

/** The acting member of the vectors. */
export const CORP_NUM = "1234567890";

/** The clock of the captures: 2026-11-23 10:02:03 KST. */
export const NOW = new Date("2026-11-23T01:02:03.000Z");

/** §5.2's two receipts as GraphQL-level input (with an empty orderNumber and a null email). */
export function vectorInputs(): CashbillFields[] {
  return [
    {
      mgtKey: "SUB-001-1",
      tradeAt: "2026-11-23T10:02:03+09:00",
      tradeType: TradeType.APPROVAL,
      tradeUsage: TradeUsage.INCOME_DEDUCTION,
      tradeOption: TradeOption.GENERAL,
      taxationType: TaxationType.TAXABLE,
      supplyCost: 10000,
      tax: 1000,
      serviceFee: 0,
      totalAmount: 11000,
      franchiseCorpName: "가맹점",
      identityNum: "010-1234-1234",
      customerName: "홍길동",
      itemName: "상품A",
      orderNumber: "",
      email: null,
      sendSms: false,
    },
    {
      mgtKey: "SUB-001-2",
      tradeType: TradeType.APPROVAL,
      tradeUsage: TradeUsage.EXPENSE_PROOF,
      taxationType: TaxationType.TAX_FREE,
      supplyCost: 5000,
      tax: 0,
      totalAmount: 5000,
      identityNum: "1234567890",
    },
  ];
}

/** §5.2's two receipts as wire objects. */
export function vectorWire(): WireCashbill[] {
  return [
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
}
