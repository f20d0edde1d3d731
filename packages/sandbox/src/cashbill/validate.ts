import { DAY_MS, kstDate, kstStartOfDay, parseKstDate, parseKstDateTime } from "../kst.js";
import { CASHBILL_CODES as C, refuse } from "./codes.js";
import { type FieldReader } from "./fields.js";
import { amount, oneOf, readIdentityNum, readSeller } from "./rules.js";
import {
  type Amounts,
  type CashbillInput,
  OPTIONAL_TEXT_FIELDS,
  type OptionalTextField,
  TAXATION_TYPES,
  TRADE_OPTS,
  TRADE_TYPES,
  TRADE_USAGES,
} from "./types.js";

const MGT_KEY = /^[A-Za-z0-9_-]{1,24}$/;

/** The mgtKey: `[A-Za-z0-9_-]{1,24}`, else `-14001003` [INF]. */
export function readMgtKey(fields: FieldReader): string {
  const mgtKey = fields.text("mgtKey");
  if (mgtKey === undefined || !MGT_KEY.test(mgtKey))
    throw refuse(
      C.mgtKeyInvalid,
      `문서번호(mgtKey)는 영문, 숫자, '-', '_' 1~24자입니다. (${mgtKey ?? "없음"})`,
    );
  return mgtKey;
}

/**
 * Validates a Cashbill body (registIssue or one bulk receipt) for member `corpNum` at
 * sandbox time `nowMs`, in a fixed order; the first problem is thrown.
 */
export function validateCashbill(
  fields: FieldReader,
  corpNum: string,
  nowMs: number,
): CashbillInput {
  const mgtKey = readMgtKey(fields);
  const franchiseCorpNum = readSeller(fields, corpNum);
  const tradeType = oneOf(fields, "tradeType", TRADE_TYPES, undefined, C.tradeTypeMissing);
  const tradeUsage = oneOf(fields, "tradeUsage", TRADE_USAGES, undefined, C.tradeUsageMissing);
  const tradeOpt = oneOf(fields, "tradeOpt", TRADE_OPTS, "일반", C.optionInvalid);
  const taxationType = oneOf(fields, "taxationType", TAXATION_TYPES, undefined, C.optionInvalid);
  const identityNum = readIdentityNum(fields);
  const amounts = readAmounts(fields);
  const tradeDT = readTradeDT(fields, nowMs);
  const cancel = tradeType === "취소거래" ? readOriginalRef(fields) : undefined;
  return {
    mgtKey,
    tradeDT,
    tradeType,
    tradeUsage,
    tradeOpt,
    taxationType,
    franchiseCorpNum,
    identityNum,
    ...amounts,
    smssendYN: fields.bool("smssendYN", false),
    faxsendYN: fields.bool("faxsendYN", false),
    text: readText(fields),
    orgConfirmNum: cancel?.orgConfirmNum,
    orgTradeDate: cancel?.orgTradeDate,
    cancelType: cancel ? readCancelType(fields) : undefined,
    isPartCancel: cancel !== undefined,
  };
}

/** The four amounts: each present (else -1400100x "missing"), not negative, and consistent. */
export function readAmounts(fields: FieldReader): Amounts {
  const supplyCost = amount(fields, "supplyCost", C.supplyCostMissing, C.supplyCostNegative);
  const tax = amount(fields, "tax", C.taxMissing, C.taxNegative);
  const serviceFee = amount(fields, "serviceFee", C.serviceFeeMissing, C.serviceFeeNegative);
  const totalAmount = amount(fields, "totalAmount", C.totalAmountMissing, C.totalAmountNegative);
  if (totalAmount !== supplyCost + tax + serviceFee) {
    throw refuse(
      C.amountInconsistent,
      `합계금액(totalAmount ${totalAmount})이 공급가액+부가세+봉사료(${supplyCost + tax + serviceFee})와 다릅니다.`,
    );
  }
  return { supplyCost, tax, serviceFee, totalAmount };
}

/** `tradeDT`: absent (= issue time) or a KST `yyyyMMddHHmmss` of today or yesterday. */
export function readTradeDT(fields: FieldReader, nowMs: number): string | undefined {
  const tradeDT = fields.text("tradeDT");
  if (tradeDT === undefined) return undefined;
  const ms = parseKstDateTime(tradeDT);
  const today = kstStartOfDay(nowMs);
  // [INF] any time of today is accepted, also later than now (client clocks differ slightly).
  if (ms === undefined || ms < today - DAY_MS || ms >= today + DAY_MS) {
    throw refuse(
      C.tradeDTInvalid,
      `거래일시(tradeDT ${tradeDT})는 당일(${kstDate(nowMs)}) 또는 전일만 가능합니다 (yyyyMMddHHmmss).`,
    );
  }
  return tradeDT;
}

/** `orgConfirmNum` + `orgTradeDate` of a cancel receipt; missing -> -14001020 [INF]. */
export function readOriginalRef(fields: FieldReader): {
  orgConfirmNum: string;
  orgTradeDate: string;
} {
  const orgConfirmNum = fields.text("orgConfirmNum");
  const orgTradeDate = fields.text("orgTradeDate");
  if (
    orgConfirmNum === undefined ||
    orgTradeDate === undefined ||
    parseKstDate(orgTradeDate) === undefined
  ) {
    throw refuse(
      C.originalNotFound,
      "취소거래에는 원본 현금영수증의 승인번호(orgConfirmNum)와 거래일자(orgTradeDate, yyyyMMdd)가 필요합니다.",
    );
  }
  return { orgConfirmNum, orgTradeDate };
}

/** `cancelType` 1 거래취소 / 2 오류발급취소 / 3 기타; default 1 [INF]. */
export function readCancelType(fields: FieldReader): number {
  const cancelType = fields.integer("cancelType");
  if (cancelType === "missing") return 1;
  if (cancelType === "invalid" || cancelType < 1 || cancelType > 3)
    throw refuse(C.optionInvalid, "취소사유(cancelType)는 1, 2, 3 중 하나입니다.");
  return cancelType;
}

/** The optional free-text fields that were sent. */
export function readText(fields: FieldReader): Partial<Record<OptionalTextField, string>> {
  const text: Partial<Record<OptionalTextField, string>> = {};
  for (const name of OPTIONAL_TEXT_FIELDS) {
    const value = fields.text(name);
    if (value !== undefined) text[name] = value;
  }
  return text;
}
