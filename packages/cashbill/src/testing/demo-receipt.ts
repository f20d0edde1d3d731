// Browser-safe: the playground bundles this file through `@korbill/cashbill/demo`. Keep Node-only code out.
/**
 * Identity numbers the sandbox treats specially (its documented test suffixes): `ok` is issued
 * and filed, `filingFails` (ending 0305) is filed as NTS_FAILED, `refused` (ending 4444) is
 * refused at issuance.
 */
export const DEMO_IDENTITY = {
  ok: "01012345678",
  filingFails: "01012340305",
  refused: "01012344444",
} as const;

/** A `CashbillInput` of the schema, as the demo receipts fill it (a plain record). */
export type DemoCashbill = {
  mgtKey: string;
  tradeType: "APPROVAL";
  tradeUsage: "INCOME_DEDUCTION";
  taxationType: "TAXABLE";
  supplyCost: number;
  tax: number;
  serviceFee: number;
  totalAmount: number;
  identityNum: string;
  customerName: string;
  itemName: string;
};

/**
 * A valid demo cash receipt for the schema's `CashbillInput` (income deduction, taxable):
 * the `i`-th of a run gets its own amounts (1,000 to 1,490 KRW supply, 10 % tax).
 */
export function demoReceipt(
  mgtKey: string,
  i = 0,
  identityNum: string = DEMO_IDENTITY.ok,
): DemoCashbill {
  const supplyCost = 1000 + (i % 50) * 10;
  const tax = Math.floor(supplyCost / 10);
  return {
    mgtKey,
    tradeType: "APPROVAL",
    tradeUsage: "INCOME_DEDUCTION",
    taxationType: "TAXABLE",
    supplyCost,
    tax,
    serviceFee: 0,
    totalAmount: supplyCost + tax,
    identityNum,
    customerName: "홍길동",
    itemName: "상품",
  };
}
