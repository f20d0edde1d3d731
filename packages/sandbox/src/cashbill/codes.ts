import { SandboxHttpError } from "../http/errors.js";

/**
 * Error codes of the POPBiLL cash-receipt host (popbill.md §2.6). Documented codes carry
 * their documented meaning; every code marked [INF] is a sandbox choice for a case
 * POPBiLL does not document (the gateway's client maps the family, not the number).
 */
export const CASHBILL_CODES = {
  /** -14000003 no cash receipt for the given MgtKey. */
  notFound: -14000003,
  /** -14001001 seller BRN (franchiseCorpNum) missing. */
  sellerMissing: -14001001,
  /** -14001002 invalid seller BRN; also used when it is not the member's own. */
  sellerInvalid: -14001002,
  /** [INF] -14001003 mgtKey missing or not `[A-Za-z0-9_-]{1,24}`. */
  mgtKeyInvalid: -14001003,
  /** -14001004 identity number missing. */
  identityMissing: -14001004,
  /** [INF] -14001005 identity number not 10-19 digits. */
  identityInvalid: -14001005,
  /** [INF] -14001006 identity number refused at issuance (sandbox trigger: ends in `4444`). */
  identityRefused: -14001006,
  /** [INF] -14001007 tradeDT malformed or not today/yesterday (KST). */
  tradeDTInvalid: -14001007,
  /** -14001008 serviceFee missing. */
  serviceFeeMissing: -14001008,
  /** -14001009 serviceFee negative. */
  serviceFeeNegative: -14001009,
  /** -14001010 supplyCost missing. */
  supplyCostMissing: -14001010,
  /** -14001011 supplyCost negative. */
  supplyCostNegative: -14001011,
  /** -14001012 tax missing. */
  taxMissing: -14001012,
  /** -14001013 tax negative. */
  taxNegative: -14001013,
  /** -14001014 totalAmount missing. */
  totalAmountMissing: -14001014,
  /** -14001015 totalAmount negative. */
  totalAmountNegative: -14001015,
  /** [INF] -14001016 tradeOpt, taxationType or cancelType not one of its values. */
  optionInvalid: -14001016,
  /** -14001017 tradeType missing ([INF] also: not 승인거래/취소거래). */
  tradeTypeMissing: -14001017,
  /** -14001018 tradeUsage missing ([INF] also: not 소득공제용/지출증빙용). */
  tradeUsageMissing: -14001018,
  /** -14001019 MgtKey already in use. */
  mgtKeyInUse: -14001019,
  /** -14001020 original receipt does not exist. */
  originalNotFound: -14001020,
  /** -14001022 seller BRN differs from the original's. */
  sellerDiffers: -14001022,
  /** -14001023 cancel amount exceeds the original's (remaining) amount. */
  cancelExceeds: -14001023,
  /** [INF] -14001024 totalAmount ≠ supplyCost + tax + serviceFee. */
  amountInconsistent: -14001024,
  /** [INF, korbill's shared inference] -14003001 SubmitID already used by this member. */
  submitIdInUse: -14003001,
  /** [INF, korbill's shared inference] -14003002 x-pb-message-digest does not match the body. */
  digestMismatch: -14003002,
  /** [INF, korbill's shared inference] -14003003 not 1..100 cash receipts. */
  tooManyReceipts: -14003003,
  /** [INF, korbill's shared inference] -14003004 x-pb-submit-id missing or not `[A-Za-z0-9_-]{1,36}`. */
  submitIdInvalid: -14003004,
  /** [INF, korbill's shared inference] -14003005 no submission with this SubmitID. */
  submissionNotFound: -14003005,
  /** [INF] -99003008 not enough points. */
  pointsShort: -99003008,
  /** [INF] -10000011 user information does not exist (`x-pb-userid` not a user of the member). */
  userNotFound: -10000011,
} as const;

/** Success message of registIssue / revokeRegistIssue. [INF] wording. */
export const ISSUE_MESSAGE = "발행 완료";

/**
 * A cash-receipt refusal: HTTP 400 ([INF] POPBiLL documents no statuses) with the code
 * and message.
 */
export function refuse(code: number, message: string, status = 400): SandboxHttpError {
  return new SandboxHttpError(status, code, message);
}

/** `-14000003` for an unknown MgtKey, HTTP 404 [INF]. */
export function notFound(mgtKey: string): SandboxHttpError {
  return refuse(
    CASHBILL_CODES.notFound,
    `해당 문서번호에 해당하는 현금영수증이 존재하지 않습니다. (mgtKey ${mgtKey})`,
    404,
  );
}
