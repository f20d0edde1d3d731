export {
  checkAccountNumber,
  checkBankCode,
  checkIdentityNum,
  validateAccount,
  validateAccountVerification,
} from "./account.js";
export {
  validateBrn,
  validateContact,
  validateCorpInfo,
  validateJoinMember,
  validateNewContact,
  validatePopbillId,
} from "./members.js";
export {
  isIsoDate,
  validateCode,
  validateDateRange,
  validatePaging,
  validatePaymentRequest,
  validateRefundRequest,
  validateService,
  validateUseHistory,
} from "./points.js";
export { LIMITS, TEXT_LIMITS } from "./rules.js";
