import { badParameter } from "./codes.js";
import { type Params } from "./query.js";
import { type HTCashbillRow, type HTTaxinvoiceRow } from "./types.js";

const TRADE_TYPES = { N: "승인거래", C: "취소거래" } as const;
const TRADE_USAGES = { P: "소득공제용", C: "지출증빙용" } as const;
const KINDS = { N: false, M: true } as const;
const TAX_TYPES = { T: "과세", N: "면세", Z: "영세" } as const;
const PURPOSE_TYPES = { R: "영수", C: "청구", N: "없음" } as const;
const PARTIES = ["S", "B", "T"] as const;
const TAX_REG_ID = /^\d{4}$/;

/** `TradeType` (N 승인거래, C 취소거래) and `TradeUsage` (P 소득공제용, C 지출증빙용). */
export function cashbillFilter(params: Params): (row: HTCashbillRow) => boolean {
  const tradeTypes = params.codes("TradeType", TRADE_TYPES);
  const tradeUsages = params.codes("TradeUsage", TRADE_USAGES);
  return (row) =>
    (!tradeTypes || tradeTypes.has(row.tradeType)) &&
    (!tradeUsages || tradeUsages.has(row.tradeUsage));
}

type Party = "invoicer" | "invoicee" | "trustee";
const PARTY_OF = { S: "invoicer", B: "invoicee", T: "trustee" } as const;

function taxRegIdOf(row: HTTaxinvoiceRow, party: Party): string {
  return row[`${party}TaxRegID`];
}

/**
 * `TaxRegIDType` (S seller, B buyer, T trustee) names whose 종사업장번호 `TaxRegID` (comma
 * list) and `TaxRegIDYN` (0 none, 1 some) look at; without it they look at every party
 * (any has one / none has one / any has one of the list) [INF].
 */
function branchFilter(params: Params): (row: HTTaxinvoiceRow) => boolean {
  const type = params.oneOf("TaxRegIDType", PARTIES);
  const yn = params.oneOf("TaxRegIDYN", ["0", "1"] as const);
  const list = params
    .get("TaxRegID")
    ?.split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (list?.some((id) => !TAX_REG_ID.test(id)))
    throw badParameter("TaxRegID must be a comma list of 4-digit branch numbers");
  const ids = list?.length ? new Set(list) : undefined;
  const parties: readonly Party[] = type ? [PARTY_OF[type]] : ["invoicer", "invoicee", "trustee"];
  return (row) => {
    const values = parties.map((party) => taxRegIdOf(row, party));
    if (yn === "1" && !values.some((v) => v !== "")) return false;
    if (yn === "0" && values.some((v) => v !== "")) return false;
    return !ids || values.some((v) => ids.has(v));
  };
}

/** `SearchString`: part of a counterpart's name or registration number (dashes ignored). */
function counterpartFilter(params: Params): (row: HTTaxinvoiceRow) => boolean {
  const needle = params.get("SearchString")?.toLowerCase();
  if (needle === undefined) return () => true;
  const digits = needle.replaceAll("-", "");
  return (row) => {
    const parties: Party[] =
      row.invoiceType === "매출"
        ? ["invoicee"]
        : row.invoiceType === "매입"
          ? ["invoicer"]
          : ["invoicer", "invoicee"];
    return parties.some(
      (party) =>
        row[`${party}CorpName`].toLowerCase().includes(needle) ||
        (/^\d+$/.test(digits) && row[`${party}CorpNum`].includes(digits)),
    );
  };
}

/**
 * `Type` (N 일반, M 수정), `TaxType` (T 과세, N 면세, Z 영세), `PurposeType` (R 영수, C 청구,
 * N 없음), the branch filters and `SearchString`.
 */
export function taxinvoiceFilter(params: Params): (row: HTTaxinvoiceRow) => boolean {
  const kinds = params.codes("Type", KINDS);
  const taxTypes = params.codes("TaxType", TAX_TYPES);
  const purposeTypes = params.codes("PurposeType", PURPOSE_TYPES);
  const branch = branchFilter(params);
  const counterpart = counterpartFilter(params);
  return (row) =>
    (!kinds || kinds.has(row.modifyYN)) &&
    (!taxTypes || taxTypes.has(row.taxType)) &&
    (!purposeTypes || purposeTypes.has(row.purposeType)) &&
    branch(row) &&
    counterpart(row);
}

/** Totals of cash receipts, numbers (HTCashbillSummary). */
export function cashbillSummary(rows: readonly HTCashbillRow[]) {
  const sum = (pick: (row: HTCashbillRow) => string) =>
    rows.reduce((total, row) => total + Number(pick(row)), 0);
  return {
    count: rows.length,
    supplyCostTotal: sum((row) => row.supplyCost),
    taxTotal: sum((row) => row.tax),
    serviceFeeTotal: sum((row) => row.serviceFee),
    amountTotal: sum((row) => row.totalAmount),
  };
}

/** Totals of tax invoices, numbers (HTTaxinvoiceSummary). */
export function taxinvoiceSummary(rows: readonly HTTaxinvoiceRow[]) {
  const sum = (pick: (row: HTTaxinvoiceRow) => string) =>
    rows.reduce((total, row) => total + Number(pick(row)), 0);
  return {
    count: rows.length,
    supplyCostTotal: sum((row) => row.supplyCostTotal),
    taxTotal: sum((row) => row.taxTotal),
    amountTotal: sum((row) => row.totalAmount),
  };
}
