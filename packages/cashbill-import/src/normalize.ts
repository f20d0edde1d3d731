import type { ColumnMap, InputField, ResultField } from "./columns.js";
import { type CashbillInput, type FieldProblem, type GatewayTime, checkCashbill } from "./rules.js";
import {
  type EnumField,
  type Parsed,
  parseAmount,
  parseDate,
  parseEnum,
  parseTradeAt,
} from "./values.js";

/** One data row of the file: its row number as a spreadsheet shows it, and its cells. */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** A row read into a receipt, or the problems that stop it. */
export interface NormalizedRow {
  rowNumber: number;
  /** Complete when `problems` is empty. */
  input: CashbillInput;
  problems: FieldProblem[];
  /** The outcome a result file recorded for this row (`ISSUED` rows are not sent again). */
  previousOutcome: string | undefined;
  previousConfirmNum: string | undefined;
}

/** The gateway's time, which trade times are judged by. */
export type TradeDays = GatewayTime;

const TEXT_FIELDS = ["customerName", "itemName", "email", "hp", "memo"] as const;

/**
 * Reads one row: enums in Korean or English, amounts with separators, dates in the usual
 * Korean forms; the document number (문서번호) is the mgtKey, else the order number (주문번호).
 * Defaults: 승인거래, 과세, 봉사료 0, 합계 = 공급가액 + 부가세 + 봉사료.
 */
export function normalizeRow(row: SheetRow, columns: ColumnMap, days: TradeDays): NormalizedRow {
  const problems: FieldProblem[] = [];
  const cell = (field: InputField | ResultField): string => {
    const i = columns.index.get(field);
    return i === undefined ? "" : (row.cells[i] ?? "").trim();
  };
  const read = <T>(field: InputField, parse: (text: string) => Parsed<T>): T | undefined => {
    const text = cell(field);
    if (!text) return undefined;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: parsed.problem });
    return undefined;
  };
  const required = <T>(field: InputField, value: T | undefined, fallback?: T): T => {
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback;
    if (!problems.some((p) => p.field === field)) problems.push({ field, message: "is required" });
    return undefined as T;
  };
  const enumOf = <F extends EnumField>(field: F) => read(field, (t) => parseEnum(field, t));
  const mgtKey = cell("mgtKey") || cell("orderNumber");
  const supplyCost = required("supplyCost", read("supplyCost", parseAmount));
  const taxationType = required("taxationType", enumOf("taxationType"), "TAXABLE");
  const tax = required(
    "tax",
    read("tax", parseAmount),
    taxationType === "TAX_FREE" ? 0 : undefined,
  );
  const serviceFee = read("serviceFee", parseAmount) ?? 0;
  const total = read("totalAmount", parseAmount);
  const input: CashbillInput = {
    mgtKey: required("mgtKey", mgtKey || undefined),
    tradeType: required("tradeType", enumOf("tradeType"), "APPROVAL"),
    tradeUsage: required("tradeUsage", enumOf("tradeUsage")),
    taxationType,
    supplyCost,
    tax,
    serviceFee,
    totalAmount: total ?? (supplyCost ?? 0) + (tax ?? 0) + serviceFee,
    identityNum: required("identityNum", cell("identityNum") || undefined),
  };
  const tradeAt = read("tradeAt", parseTradeAt);
  if (tradeAt) input.tradeAt = tradeAt;
  const tradeOption = enumOf("tradeOption");
  if (tradeOption) input.tradeOption = tradeOption;
  const orderNumber = cell("orderNumber");
  if (orderNumber) input.orderNumber = orderNumber;
  for (const field of TEXT_FIELDS) {
    const text = cell(field);
    if (text) input[field] = text;
  }
  const orgConfirmNum = cell("orgConfirmNum");
  if (orgConfirmNum) input.orgConfirmNum = orgConfirmNum;
  const orgTradeDate = read("orgTradeDate", parseDate);
  if (orgTradeDate) input.orgTradeDate = orgTradeDate;
  const cancelType = enumOf("cancelType");
  if (cancelType) input.cancelType = cancelType;
  for (const problem of checkCashbill(input, days)) {
    if (!problems.some((p) => p.field === problem.field)) problems.push(problem);
  }
  return {
    rowNumber: row.rowNumber,
    input,
    problems,
    previousOutcome: cell("outcome") || undefined,
    previousConfirmNum: cell("confirmNum") || undefined,
  };
}

/** True for a row whose cells are all blank (skipped, as spreadsheets leave them). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}
