import { FieldReader } from "../cashbill/fields.js";
import { parseJsonObject } from "../http/json.js";
import { POINTS_CODES, pointsError } from "./codes.js";

/** Largest KRW amount or point count accepted. [INF] 9 digits, like cash-receipt amounts. */
export const MAX_AMOUNT = 999_999_999;

/** A validated PaymentForm (무통장 입금신청). */
export interface PaymentForm {
  readonly settlerName: string;
  readonly settlerEmail: string;
  readonly notifyHP: string;
  readonly paymentName: string;
  readonly settleCost: number;
}

/** A validated RefundForm (환불신청). */
export interface RefundForm {
  readonly contactName: string;
  readonly tel: string;
  readonly requestPoint: number;
  readonly accountBank: string;
  readonly accountNum: string;
  readonly accountName: string;
  readonly reason: string | undefined;
}

/**
 * Points credited for a deposit of `settleCost` KRW: the amount without 10 % VAT, rounded
 * down (11,000 KRW -> 10,000 points). [INF] POPBiLL sells points plus VAT; the exact rounding
 * is undocumented.
 */
export function pointsForDeposit(settleCost: number): number {
  return Math.floor((settleCost * 10) / 11);
}

/**
 * Reads a PaymentForm (keys case-insensitive, amounts as digits or numbers): every field is
 * required ([INF] as POPBiLL's reference marks them) and `settleCost` is 1..999,999,999 KRW;
 * otherwise `-99003001`.
 */
export function readPaymentForm(rawBody: Buffer): PaymentForm {
  const fields = new FieldReader(parseJsonObject(rawBody, POINTS_CODES.paymentFormInvalid));
  const invalid = (message: string) => pointsError(POINTS_CODES.paymentFormInvalid, message);
  const text = requiredText(fields, invalid);
  const settleCost = fields.integer("settleCost");
  if (settleCost === "missing") throw invalid("결제금액이 입력되지 않았습니다. (settleCost)");
  if (settleCost === "invalid" || settleCost < 1 || settleCost > MAX_AMOUNT)
    throw invalid(`결제금액이 올바르지 않습니다. (settleCost must be 1..${MAX_AMOUNT} KRW)`);
  return {
    settlerName: text("settlerName", "담당자명"),
    settlerEmail: text("settlerEmail", "담당자 이메일"),
    notifyHP: text("notifyHP", "담당자 휴대폰"),
    paymentName: text("paymentName", "입금자명"),
    settleCost,
  };
}

/**
 * Reads a RefundForm: `requestPoint` 1..999,999,999 and the contact and bank account
 * required, `reason` optional ([INF] which fields POPBiLL requires); otherwise `-99003003`.
 */
export function readRefundForm(rawBody: Buffer): RefundForm {
  const fields = new FieldReader(parseJsonObject(rawBody, POINTS_CODES.refundFormInvalid));
  const invalid = (message: string) => pointsError(POINTS_CODES.refundFormInvalid, message);
  const text = requiredText(fields, invalid);
  const requestPoint = fields.integer("requestPoint");
  if (requestPoint === "missing")
    throw invalid("환불신청 포인트가 입력되지 않았습니다. (requestPoint)");
  if (requestPoint === "invalid" || requestPoint < 1 || requestPoint > MAX_AMOUNT)
    throw invalid(`환불신청 포인트가 올바르지 않습니다. (requestPoint must be 1..${MAX_AMOUNT})`);
  return {
    contactName: text("contactName", "담당자명"),
    tel: text("tel", "담당자 연락처"),
    requestPoint,
    accountBank: text("accountBank", "환불계좌 은행명"),
    accountNum: text("accountNum", "환불계좌 계좌번호"),
    accountName: text("accountName", "환불계좌 예금주"),
    reason: fields.text("reason")?.trim() || undefined,
  };
}

function requiredText(fields: FieldReader, invalid: (message: string) => Error) {
  return (name: string, label: string): string => {
    const value = fields.text(name)?.trim();
    if (!value) throw invalid(`${label}이(가) 입력되지 않았습니다. (${name})`);
    return value;
  };
}
