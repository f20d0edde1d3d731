import { CASHBILL_CODES as C, refuse } from "./codes.js";
import { type FieldReader } from "./fields.js";
import { type CashbillStore } from "./store.js";
import { type Amounts, type CashbillInput, type CashbillRecord } from "./types.js";
import {
  readAmounts,
  readCancelType,
  readMgtKey,
  readOriginalRef,
  readText,
  readTradeDT,
} from "./validate.js";

const AMOUNT_NAMES = ["supplyCost", "tax", "serviceFee", "totalAmount"] as const;

/**
 * The approval receipt a cancel refers to: `-14001020` when no receipt has that
 * confirmNum and trade date (or it is itself a cancel [INF]), `-14001022` when another
 * member issued it.
 */
export function findOriginal(
  store: CashbillStore,
  corpNum: string,
  orgConfirmNum: string,
  orgTradeDate: string,
): CashbillRecord {
  const original = store.byConfirmNum(orgConfirmNum);
  if (!original || original.tradeDate !== orgTradeDate || original.input.tradeType !== "승인거래") {
    throw refuse(
      C.originalNotFound,
      `원본 현금영수증이 존재하지 않습니다. (orgConfirmNum ${orgConfirmNum}, orgTradeDate ${orgTradeDate})`,
    );
  }
  if (original.corpNum !== corpNum) {
    throw refuse(C.sellerDiffers, "가맹점 사업자번호가 원본 현금영수증과 다릅니다.");
  }
  return original;
}

/** Refuses (`-14001023`) a cancel of more than what remains of the original, per amount. */
export function checkWithinRemaining(original: CashbillRecord, cancel: Amounts): void {
  if (original.remaining.totalAmount === 0)
    throw refuse(C.cancelExceeds, "이미 전액 취소된 현금영수증입니다.");
  for (const name of AMOUNT_NAMES) {
    if (cancel[name] > original.remaining[name]) {
      throw refuse(
        C.cancelExceeds,
        `취소 ${name}(${cancel[name]})가 원본의 취소 가능 금액(${original.remaining[name]})을 초과합니다.`,
      );
    }
  }
}

/** Subtracts a cancel from the original's remaining amounts. */
export function subtractCancel(original: CashbillRecord, cancel: Amounts): void {
  const r = original.remaining;
  original.remaining = {
    supplyCost: r.supplyCost - cancel.supplyCost,
    tax: r.tax - cancel.tax,
    serviceFee: r.serviceFee - cancel.serviceFee,
    totalAmount: r.totalAmount - cancel.totalAmount,
  };
}

/**
 * Reads a REVOKEISSUE body into the cancel receipt to issue: the original's buyer,
 * seller and kinds, and either all its remaining amounts (`isPartCancel` false) or the
 * given ones (true, each within the remaining amount).
 */
export function readRevoke(
  fields: FieldReader,
  store: CashbillStore,
  corpNum: string,
  nowMs: number,
): CashbillInput {
  const mgtKey = readMgtKey(fields);
  const { orgConfirmNum, orgTradeDate } = readOriginalRef(fields);
  const original = findOriginal(store, corpNum, orgConfirmNum, orgTradeDate);
  const isPartCancel = fields.bool("isPartCancel", false);
  const cancelType = readCancelType(fields);
  const amounts = isPartCancel ? readAmounts(fields) : original.remaining;
  checkWithinRemaining(original, amounts);
  const { memo, emailSubject } = readText(fields);
  const text = { ...original.input.text };
  delete text.memo;
  delete text.emailSubject;
  return {
    ...original.input,
    ...amounts,
    mgtKey,
    tradeDT: readTradeDT(fields, nowMs),
    tradeType: "취소거래",
    smssendYN: fields.bool("smssendYN", false),
    faxsendYN: false,
    text: { ...text, ...(memo ? { memo } : {}), ...(emailSubject ? { emailSubject } : {}) },
    orgConfirmNum,
    orgTradeDate,
    cancelType,
    isPartCancel,
  };
}
